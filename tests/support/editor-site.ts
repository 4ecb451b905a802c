/**
 * The small site the editor-tooling tests read, built once and shared (tests/support/shared-build.ts)
 * instead of one copy of the whole project each. It carries, in separate articles:
 * - markup-looking characters in the English reset-password's title and description (escaping.test.ts);
 * - a Russian draft article that must appear nowhere (editor-drafts.test.ts);
 * - the Russian reset-password updated a day after its translations were made, so they are outdated
 *   (editor-translation.test.ts).
 * Its build log and dist/ are also what pipeline.test.ts checks, and reproducible.test.ts builds the
 * same folder a second time (buildAgain).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild } from './build.ts';
import type { FixtureBuild, FixtureProject } from './fixture.ts';
import { sharedBuild, sharedDir, withSharedLock, type SharedBuildRecipe } from './shared-build.ts';

export const ESCAPING = {
  article: 'content/articles/en/reset-password.mdx',
  title: `Reset </script><script>alert("t")</script> & <b>'Q'</b>`,
  description: `Tags like <i>this</i> & "quotes" & 'apostrophes' and </script><script>alert(1)</script> stay text, never markup.`,
} as const;

export const DRAFT = {
  slug: 'editor-draft-probe',
  title: 'Черновик для проверки редактора',
  word: 'zqxdraftprobe',
} as const;

/** A Russian article marked draft: true, with a title and a word found nowhere else. */
export const draftArticle = () => `---
title: "${DRAFT.title}"
description: "Статья-черновик: её не должно быть ни на сайте, ни в карте сайта, ни в поиске, ни в ленте."
category: sign-in
updated: 2026-11-25
reviewed: 2026-11-25
draft: true
aliases: ["${DRAFT.word}"]
---

Текст черновика со словом ${DRAFT.word}, которого нет больше нигде.

## Раздел черновика

Ещё немного текста.
`;

/** The original whose translations are outdated in this site. */
export const OUTDATED = 'content/articles/ru/reset-password.mdx';

const dateOf = (text: string, field: string) => new RegExp(`^${field}: (.*)$`, 'm').exec(text)![1]!;

/** The day after `day` (YYYY-MM-DD). */
const nextDay = (day: string) => {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
};

function prepare(f: FixtureProject) {
  // JSON strings are valid YAML double-quoted scalars.
  const en = f.read(ESCAPING.article);
  f.write(ESCAPING.article, en.replace(/^title: .*$/m, `title: ${JSON.stringify(ESCAPING.title)}`).replace(/^description: .*$/m, `description: ${JSON.stringify(ESCAPING.description)}`));
  f.write(`content/articles/ru/${DRAFT.slug}.mdx`, draftArticle());
  const ru = f.read(OUTDATED);
  f.write(OUTDATED, ru.replace(/^updated: .*$/m, `updated: ${nextDay(dateOf(ru, 'updated'))}`));
}

const RECIPE: SharedBuildRecipe = { name: 'editor-site', options: { small: [] }, prepare, modules: [import.meta.url] };

/** The folder of the site's project (to run `npm run i18n:status` or `astro dev` in it). */
export const editorSiteDir = () => sharedDir(RECIPE.name);

export function editorSite(): FixtureBuild {
  const r = sharedBuild(RECIPE);
  if (!r.ok) throw new Error(`the editor-site fixture did not build:\n${r.output.slice(-3000)}`);
  return r;
}

/** The Russian original's `updated` date in this site: the day after its real one. */
export const outdatedUpdated = () => dateOf(readFileSync(join(editorSiteDir(), OUTDATED), 'utf8'), 'updated');

/** Builds the same project folder again, every page rendered, into `dist-again/` (the first build's dist/ stays as it is). */
export function buildAgain(): FixtureBuild {
  editorSite();
  const dir = editorSiteDir();
  const dist = join(dir, 'dist-again');
  return withSharedLock(RECIPE.name, () => {
    // --force: every page rendered again (not restored by the incremental build), so a clock or random value in any page shows.
    const r = astroBuild(['--outDir', dist, '--force'], {}, dir);
    // eslint-disable-next-line no-control-regex
    const output = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.replace(/\u001b\[[0-9;]*m/g, '');
    return { ok: r.status === 0, output, dist };
  });
}
