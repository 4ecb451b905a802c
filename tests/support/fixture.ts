/**
 * Bad-input fixtures: a copy of the project (without node_modules, dist, .git, tests) with one
 * change applied, built with the real pipeline. The build's output is returned for assertions.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
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
   * A small site: only these article slugs (in every locale) are copied. Such a site is only for
   * builds that stop before pages are rendered (the recovery tree, FAQ and links name the other articles).
   */
  articles?: readonly string[];
}

export function fixtureProject(name: string, options: FixtureOptions = {}): FixtureProject {
  const articles = join(ROOT, 'content', 'articles');
  const keep = options.articles && new Set(options.articles.map((slug) => `${slug}.mdx`));
  const dir = copyProject(ROOT, join(TMP, 'fixtures', name), keep ? { filter: (src) => dirname(dirname(src)) !== articles || keep.has(basename(src)) } : {});
  return {
    dir,
    write: (path, content) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    },
    read: (path) => readFileSync(join(dir, path), 'utf8'),
    remove: (path) => rmSync(join(dir, path), { force: true }),
  };
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
