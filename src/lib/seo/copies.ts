/**
 * Where an article's copies outside its HTML page live, for the head and the steps after the build:
 * its Markdown copy (`/<locale>/<slug>.md`, for assistants; src/lib/built/markdown-copy.ts) and its share
 * card (`/<locale>/<slug>/card.png`, for link previews; src/integrations/steps/share-cards.ts). Both
 * belong to the language the text is written in: a fallback page points at its source language's.
 */
import type { ShareImage } from './head.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Site path (without base) of an article's Markdown copy. */
export function markdownPath(locale: string, slug: string): string {
  return `/${locale}/${slug}.md`;
}

/** Site path (without base) of an article's share card. */
export function cardPath(locale: string, slug: string): string {
  return `/${locale}/${slug}/card.png`;
}

/** A built page's own Markdown copy: `ru/x/index.html` → `ru/x.md` (paths inside dist/). */
export function markdownFileFor(pageFile: string): string {
  return pageFile.replace(/\/index\.html$/, '.md');
}

/** A built page's own card: `ru/x/index.html` → `ru/x/card.png`. */
export function cardFileFor(pageFile: string): string {
  return pageFile.replace(/index\.html$/, 'card.png');
}

/**
 * What an article's head says about its copies: the Markdown alternate, the card as its share image
 * (alt: the title the card shows) and its category as `article:section` (the card shows it too).
 * `locale` is the language of the text (the entry's), not the page's.
 */
export function articleCopies(locale: string, slug: string, title: string, category: string | undefined): { markdownPath: string; image: ShareImage; section?: string } {
  return {
    markdownPath: markdownPath(locale, slug),
    image: { path: cardPath(locale, slug), width: CARD_WIDTH, height: CARD_HEIGHT, type: 'image/png', alt: title },
    ...(category ? { section: category } : {}),
  };
}
