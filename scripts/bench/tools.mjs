/**
 * Tools the bench installs with npm at bench time, never as dependencies of the project:
 * Lighthouse (into bench/tmp/deps/, git-ignored), and Astro + Starlight for the side-by-side build
 * (into $TMPDIR/mi-help-bench-deps/starlight/, where the Starlight site is then built).
 * An install is reused while its versions match.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './project.mjs';

export const DEPS = join(ROOT, 'bench', 'tmp', 'deps');

function npm(args, cwd) {
  const r = spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  return { ok: r.status === 0, stdout: r.stdout ?? '', out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/** `npm view <spec> <fields> --json`, or null when the registry cannot be reached. */
export function npmView(spec, ...fields) {
  const r = npm(['view', spec, ...fields, '--json']);
  if (!r.ok) return null;
  try {
    return JSON.parse(r.stdout);
  } catch {
    return null;
  }
}

export function installedVersion(dir, name) {
  const p = join(dir, 'node_modules', ...name.split('/'), 'package.json');
  return existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')).version : null;
}

/** Installs `packages` ({ name: version }) into bench/tmp/deps/<key>/ unless already there. Returns that folder. */
export function ensurePackages(key, packages, { allowScripts = {}, base = DEPS } = {}) {
  const dir = join(base, key);
  const ready = Object.entries(packages).every(([name, v]) => installedVersion(dir, name) === v);
  if (ready) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `bench-${key}`, private: true, type: 'module', allowScripts }, null, 2));
  const specs = Object.entries(packages).map(([n, v]) => `${n}@${v}`);
  console.log(`  npm install ${specs.join(' ')} (into ${dir})`);
  const r = npm(['install', '--no-audit', '--no-fund', '--loglevel=error', ...specs], dir);
  if (!r.ok) throw new Error(`npm install ${specs.join(' ')} failed:\n${r.out}`);
  return dir;
}

/** Does a peer range such as "^7.2.10" or ">=6 <8" accept `version`? (Enough semver for caret, tilde, >= and ||.) */
export function satisfies(version, range) {
  const v = version.split('.').map(Number);
  const cmp = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
  const parse = (s) => {
    const p = s.replace(/^v/, '').split('.').map((x) => (x === 'x' || x === '*' ? 0 : Number(x)));
    while (p.length < 3) p.push(0);
    return p;
  };
  return range.split('||').some((alt) =>
    alt.trim().split(/\s+/).filter(Boolean).every((c) => {
      if (c === '*' || c === 'x') return true;
      const m = /^(\^|~|>=|<=|>|<|=)?(.+)$/.exec(c);
      const op = m[1] ?? '=';
      const t = parse(m[2]);
      if (op === '^') return cmp(v, t) >= 0 && (t[0] > 0 ? v[0] === t[0] : t[1] > 0 ? v[0] === 0 && v[1] === t[1] : v[1] === 0 && v[2] === t[2]);
      if (op === '~') return cmp(v, t) >= 0 && v[0] === t[0] && v[1] === t[1];
      if (op === '>=') return cmp(v, t) >= 0;
      if (op === '<=') return cmp(v, t) <= 0;
      if (op === '>') return cmp(v, t) > 0;
      if (op === '<') return cmp(v, t) < 0;
      return m[2].split('.').length < 3 ? v.slice(0, m[2].split('.').length).join('.') === m[2] : cmp(v, t) === 0;
    }),
  );
}

/**
 * The Starlight to compare with: the newest release whose peer range accepts our Astro; if it does
 * not, Starlight with the Astro it asks for (and the results say so). `wanted` pins a version.
 */
export function pickStarlight(ourAstro, wanted) {
  const info = npmView(`@astrojs/starlight@${wanted ?? 'latest'}`, 'version', 'peerDependencies');
  if (!info) {
    // Offline: reuse whatever was installed before.
    const dir = join(STARLIGHT_BASE, 'starlight');
    const v = installedVersion(dir, '@astrojs/starlight');
    if (!v) throw new Error(`cannot reach the npm registry to install Starlight, and no earlier install is in ${dir}`);
    return { starlight: v, astro: installedVersion(dir, 'astro'), peerAstro: '(offline: reused the earlier install)', sameAstro: installedVersion(dir, 'astro') === ourAstro };
  }
  const peerAstro = info.peerDependencies?.astro ?? '*';
  if (satisfies(ourAstro, peerAstro)) return { starlight: info.version, astro: ourAstro, peerAstro, sameAstro: true };
  const astro = npmView(`astro@${peerAstro}`, 'version');
  const newest = Array.isArray(astro) ? astro[astro.length - 1] : astro;
  return { starlight: info.version, astro: newest, peerAstro, sameAstro: false };
}

/**
 * Starlight is installed where its site is built (a symlinked node_modules outside the site's root
 * breaks Astro's compile of package components), and outside the repository like our own copies.
 */
export const STARLIGHT_BASE = join(tmpdir(), 'mi-help-bench-deps');
export function ensureStarlight(pick) {
  return ensurePackages('starlight', { astro: pick.astro, '@astrojs/starlight': pick.starlight }, { allowScripts: { esbuild: true, sharp: true }, base: STARLIGHT_BASE });
}

export const LIGHTHOUSE_VERSION = '12.2.3';
export function ensureLighthouse() {
  const dir = ensurePackages('lighthouse', { lighthouse: LIGHTHOUSE_VERSION });
  return join(dir, 'node_modules', 'lighthouse', 'cli', 'index.js');
}
