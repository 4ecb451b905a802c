/**
 * The one fixture site with a fallback page. Every locale of the real site is full, so the real
 * dist/ has no fallback page; this copy of the project has one: Arabic is marked partial (as a new
 * locale would be) and content/articles/ar/strong-password.mdx is removed, so /ar/strong-password/
 * shows the English article with the fallback notice.
 *
 * It also carries the component probes of tests/build/editor-components.test.ts (a Figure, Callouts
 * without a title, Kbd, and links to a section from the English strong-password), so that file
 * needs no build of its own.
 *
 * Built once on first use and kept in tests/.tmp/fixtures/fallback-site/dist, keyed by a hash of
 * everything the build reads (the project files a fixture copies, and this recipe): the build
 * tests and the browser tests of one run share a single build, and a run with unchanged sources
 * reuses it. Test files run in parallel processes; a lock file makes the others wait for the build.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { png, withFigure } from './editor.ts';
import { buildFixture, FIXTURE_SKIP, fixtureProject, type FixtureBuild } from './fixture.ts';
import { ROOT, TMP } from './paths.ts';

const NAME = 'fallback-site';
/** The page that is a fallback in this fixture, and the article it shows. */
export const FALLBACK = { url: '/ar/strong-password/', locale: 'ar', slug: 'strong-password', shows: 'en' } as const;

const FIXTURES = join(TMP, 'fixtures');
const STAMP = join(FIXTURES, `${NAME}.json`);
const LOCK = join(FIXTURES, `${NAME}.lock`);
const DIR = join(FIXTURES, NAME);

function recipe() {
  const f = fixtureProject(NAME);
  f.remove(`content/articles/${FALLBACK.locale}/${FALLBACK.slug}.mdx`);
  const locales = 'src/i18n/locales.ts';
  const text = f.read(locales);
  const partial = text.replace(/(\{ code: 'ar',[^}]*\bfull: )true\b/, '$1false');
  if (partial === text) throw new Error(`${NAME}: ${locales} has no "full: true" for ar to turn into a partial locale`);
  f.write(locales, partial);

  // Component probes (tests/build/editor-components.test.ts).
  f.write('content/images/editor-figure.png', png(1600, 900) as unknown as string);
  const ru = 'content/articles/ru/reset-password.mdx';
  f.write(
    ru,
    withFigure(
      f.read(ru),
      '<Figure src={shot} alt="Экран «Забыли пароль?» в настройках" caption="Так выглядит экран сброса пароля." />\n\n<Callout type="warning">\n\nПроверка метки.\n\n</Callout>\n\nНажмите <Kbd>Ctrl</Kbd>.',
    ),
  );
  const add = (path: string, mdx: string) => f.write(path, f.read(path).replace('\n## ', `\n${mdx}\n\n## `));
  add('content/articles/es/reset-password.mdx', '<Callout type="danger">\n\nPrueba.\n\n</Callout>');
  add('content/articles/ar/reset-password.mdx', '<Callout>\n\nاختبار.\n\n</Callout>');
  add(
    'content/articles/en/strong-password.mdx',
    '<Callout type="tip">\n\nLabel check.\n\n</Callout>\n\nSee [the browser steps](/reset-password/#reset-in-a-browser) or [the whole article](/reset-password/).',
  );
  return f;
}

/** Every file a fixture copies from the project, plus the helpers that shape this one. */
function inputsKey(): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    hash.update(relative(ROOT, path).split(sep).join('/'));
    hash.update('\0');
    hash.update(readFileSync(path));
    hash.update('\0');
  };
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else add(p);
    }
  };
  for (const name of readdirSync(ROOT).sort()) {
    if (FIXTURE_SKIP.has(name)) continue;
    const p = join(ROOT, name);
    if (statSync(p).isDirectory()) walk(p);
    else add(p);
  }
  for (const helper of ['fallback-site.ts', 'fixture.ts', 'editor.ts', 'build.ts']) add(fileURLToPath(new URL(helper, import.meta.url)));
  return hash.digest('hex');
}

function cached(key: string): FixtureBuild | undefined {
  if (!existsSync(STAMP)) return undefined;
  const stamp = JSON.parse(readFileSync(STAMP, 'utf8')) as { key: string; output: string };
  const dist = join(DIR, 'dist');
  if (stamp.key !== key || !existsSync(join(dist, 'index.html'))) return undefined;
  return { ok: true, output: stamp.output, dist };
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Runs `fn` holding the fixture's lock; a lock left by a process that is gone is taken over. */
function locked<T>(fn: () => T): T {
  mkdirSync(FIXTURES, { recursive: true });
  const deadline = Date.now() + 20 * 60_000;
  for (;;) {
    try {
      writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number(existsSync(LOCK) ? readFileSync(LOCK, 'utf8') : '');
      if (owner && !alive(owner)) rmSync(LOCK, { force: true });
      else if (Date.now() > deadline) throw new Error(`${NAME}: still locked by process ${owner} (${LOCK}) after 20 minutes`);
      else sleep(500);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(LOCK, { force: true });
  }
}

/** The fixture's build (built now, or by an earlier caller with the same sources). */
export function fallbackSite(): FixtureBuild {
  const key = inputsKey();
  return (
    cached(key) ??
    locked(() => {
      const again = cached(key);
      if (again) return again;
      rmSync(STAMP, { force: true });
      const started = Date.now();
      const r = buildFixture(recipe());
      const output = `${r.output}\n[${NAME}] built in ${((Date.now() - started) / 1000).toFixed(1)} s`;
      if (r.ok) writeFileSync(STAMP, JSON.stringify({ key, output }));
      return { ...r, output };
    })
  );
}
