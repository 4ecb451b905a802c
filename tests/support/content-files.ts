/** Reading the content files as an editor wrote them (tests/content): no build, no Astro. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT } from './paths.ts';

/** The file names in a content folder with that extension, without it, sorted ([] if there is no folder). */
export const list = (dir: string, ext: string): string[] =>
  existsSync(join(ROOT, dir))
    ? readdirSync(join(ROOT, dir))
        .filter((f) => f.endsWith(ext))
        .map((f) => f.slice(0, -ext.length))
        .sort()
    : [];

/** The article slugs of a locale. */
export const articleSlugs = (locale: string) => list(`content/articles/${locale}`, '.mdx');

export const readArticle = (locale: string, slug: string) => readFileSync(join(ROOT, 'content/articles', locale, `${slug}.mdx`), 'utf8');

export const frontmatter = (source: string) => (parseYaml(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') ?? {}) as Record<string, unknown>;

/** A YAML file of the content, parsed; undefined if it does not exist. */
export function readYaml<T>(path: string): T | undefined {
  const file = join(ROOT, path);
  return existsSync(file) ? (parseYaml(readFileSync(file, 'utf8')) as T) : undefined;
}
