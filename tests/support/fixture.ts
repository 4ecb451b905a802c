/**
 * Fixtures: a copy of the project (without node_modules, dist, .git, tests) with changes applied,
 * built with the real pipeline. The build's output is returned for assertions. A copy may be a
 * small site (`small`): a few articles and what they need, which builds in a fraction of the time.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { copyProject, PROJECT_SKIP } from '../../scripts/lib/project.ts';
import { astroBuild } from './build.ts';
import { ROOT, TMP } from './paths.ts';

/** Top-level entries of the project a fixture does not copy (those of scripts/lib/project.ts). */
export const FIXTURE_SKIP: ReadonlySet<string> = PROJECT_SKIP;

export interface FixtureProject {
  dir: string;
  /** Write (or overwrite) a file relative to the fixture root. */
  write: (path: string, content: string) => void;
  /** Read a file of the fixture. */
  read: (path: string) => string;
  /** Delete a file of the fixture. */
  remove: (path: string) => void;
}

export interface FixtureOptions {
  /**
   * Only these article slugs (in every locale) are copied, nothing else changes. Such a site is only for
   * builds that stop before pages are rendered (the recovery tree, FAQ and links name the other articles).
   */
  articles?: readonly string[];
  /**
   * A small site that builds like the real one: the articles the site itself links to (SMALL_SITE) and
   * these, in every locale, with the real categories, blocks, dictionaries and the rest. What names
   * another article is cut to fit: FAQ entries about one, `related` lists, notices' `articles` and
   * recovery outcomes leave it out, and links to it lead to the hub article instead (see smallSite()).
   */
  small?: readonly string[];
}

/** The articles the site's own pages link to (the password tool, the no-results topics, the hub): every small site has them. */
export const SMALL_SITE = ['cannot-sign-in', 'reset-password', 'verification-code-not-arriving', 'strong-password'] as const;
const HUB = 'cannot-sign-in';

export function fixtureProject(name: string, options: FixtureOptions = {}): FixtureProject {
  const articles = join(ROOT, 'content', 'articles');
  const slugs = options.small ? [...new Set([...SMALL_SITE, ...options.small])] : options.articles;
  const keep = slugs && new Set(slugs.map((slug) => `${slug}.mdx`));
  const dir = copyProject(ROOT, join(TMP, 'fixtures', name), keep ? { filter: (src) => dirname(dirname(src)) !== articles || keep.has(basename(src)) } : {});
  const f: FixtureProject = {
    dir,
    write: (path, content) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    },
    read: (path) => readFileSync(join(dir, path), 'utf8'),
    remove: (path) => rmSync(join(dir, path), { force: true }),
  };
  if (options.small) smallSite(f, new Set(slugs));
  return f;
}

/** Files under `dir` of the fixture (relative paths) whose names end with one of `exts`. */
function filesIn(f: FixtureProject, dir: string, exts: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(join(f.dir, rel), { withFileTypes: true })) {
      const path = `${rel}/${name.name}`;
      if (name.isDirectory()) walk(path);
      else if (exts.some((e) => name.name.endsWith(e))) out.push(path);
    }
  };
  if (existsSync(join(f.dir, dir))) walk(dir);
  return out;
}

/**
 * Cuts what names an article the small site does not have, so it builds (schema, content checks,
 * recovery tree and link check alike). Fails loudly if the content no longer looks as expected.
 */
function smallSite(f: FixtureProject, kept: ReadonlySet<string>) {
  const dropped = new Set(readdirSync(join(ROOT, 'content', 'articles', 'ru')).map((n) => n.replace(/\.mdx$/, '')).filter((s) => !kept.has(s)));
  const field = (text: string, name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(text.split(/^---$/m)[1] ?? '')?.[1]?.trim();
  // FAQ entries about a dropped article go; a full locale must then lack the same ones as the source.
  for (const path of filesIn(f, 'content/faq', ['.md'])) {
    const related = field(f.read(path), 'related');
    if (related && dropped.has(related)) f.remove(path);
  }
  // `related` lists in the articles, notices' `articles`, and links in every text, to dropped articles.
  const link = /\]\(\/([a-z0-9-]+)\/(#[^)\s]*)?\)/g;
  const keep = (list: string) => list.split(',').map((s) => s.trim()).filter((s) => s && !dropped.has(s)).join(', ');
  for (const path of filesIn(f, 'content', ['.md', '.mdx'])) {
    const before = f.read(path);
    const after = before
      .replace(/^(related|articles): \[(.*)\]$/gm, (_m, name: string, list: string) => `${name}: [${keep(list)}]`)
      .replace(link, (m, slug: string) => (dropped.has(slug) ? `](/${HUB}/)` : m));
    // A notice shown only on dropped articles goes.
    if (path.startsWith('content/notices/') && /^articles: \[\]$/m.test(after) && !/^categories: \[.*\S.*\]$/m.test(after)) f.remove(path);
    else if (after !== before) f.write(path, after);
  }
  // Recovery outcomes go deeper into the articles that are left, else into the hub.
  const tree = 'content/recovery/tree.yaml';
  const text = f.read(tree);
  let outcomes = 0;
  const pruned = text.replace(/^(\s+articles: )\[(.*)\]$/gm, (_m, lead: string, list: string) => {
    outcomes += 1;
    const left = list.split(',').map((s) => s.trim()).filter((s) => s && !dropped.has(s));
    return `${lead}[${(left.length ? left : [HUB]).join(', ')}]`;
  });
  if (outcomes === 0) throw new Error(`small site: ${tree} has no "articles: [...]" lines to fit to the articles left — update smallSite() in tests/support/fixture.ts`);
  f.write(tree, pruned);
}

export interface FixtureBuild {
  ok: boolean;
  /** stdout + stderr, ANSI colours removed. */
  output: string;
  dist: string;
}

export function buildFixture(fixture: FixtureProject, env: Record<string, string> = {}): FixtureBuild {
  const dist = join(fixture.dir, 'dist');
  const r = astroBuild([], env, fixture.dir);
  // eslint-disable-next-line no-control-regex
  const output = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { ok: r.status === 0 && existsSync(join(dist, 'index.html')), output, dist };
}
