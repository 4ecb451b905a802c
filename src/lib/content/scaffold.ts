/** Text of new articles and translation copies for `npm run new`. Pure: the script does the file work. */
import { isoDay } from './dates.ts';
import { setFrontmatterField } from './frontmatter.ts';

/** A new, valid draft: placeholder title and description the editor replaces. */
export function newArticleText(options: { category: string; today: string }): string {
  return `---
title: "TODO: the article's title"
description: "TODO: one sentence of 50 to 160 characters saying what the reader will be able to do."
category: ${options.category}
order: 100
updated: ${options.today}
reviewed: ${options.today}
draft: true
aliases: []
related: []
---

TODO: one short paragraph: who this article is for and what they will be able to do after reading it.

## TODO: first section

<Steps>

1. TODO: first step.
2. TODO: second step.

</Steps>
`;
}

/**
 * A translation starts as a draft copy of the original with `translatedFrom` set to the
 * original's `updated` date; the editor translates the text and removes `draft: true`.
 */
export function translationText(sourceText: string, options: { translatedFrom: string; today: string }): string {
  let text = setFrontmatterField(sourceText, 'updated', options.today);
  text = setFrontmatterField(text, 'translatedFrom', options.translatedFrom);
  return setFrontmatterField(text, 'draft', 'true');
}

/** Today as YYYY-MM-DD (UTC, like the frontmatter dates). */
export function today(now = new Date()): string {
  return isoDay(now);
}
