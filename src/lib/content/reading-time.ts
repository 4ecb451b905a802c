import { splitFrontmatter } from './frontmatter.ts';

/** Words per minute for on-screen reading of instructions; a conservative figure across our languages. */
export const WORDS_PER_MINUTE = 180;

/** Counts words of prose in MDX/Markdown source, ignoring frontmatter, tags, link targets and markup. */
export function countWords(source: string): number {
  const text = splitFrontmatter(source)
    .body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#>*_`|[\]-]/g, ' ');
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whole minutes, never less than one. */
export function readingMinutes(source: string, wpm = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(countWords(source) / wpm));
}
