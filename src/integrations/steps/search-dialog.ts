/**
 * The search dialog's markup for the other pages of a locale: `<lang>/search/dialog.json`, the
 * `<template data-search-template>` of the locale's search page (src/components/SearchButton.astro)
 * and the stylesheets that page links, so a reader's first search fetches about 1.5 KB gzip instead of
 * the whole search page (about 4.7 KB; src/browser/search-dialog.ts). Made from the built page, so it
 * says what the page says; written per locale, so a language's shard writes its own.
 */
import type { Step } from '../pipeline.ts';

/** What src/browser/search-dialog.ts reads. */
export interface DialogFile {
  /** The stylesheets the search page links (the dialog adds those its page lacks). */
  styles: string[];
  /** The template's content: the <dialog> element. */
  html: string;
}

/** The dialog file of a built search page, or undefined when the page has no dialog template. */
export function dialogFile(html: string): DialogFile | undefined {
  const template = /<template data-search-template>([\s\S]*?)<\/template>/.exec(html)?.[1];
  if (template === undefined) return undefined;
  const styles = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].flatMap((m) => /\bhref="([^"]+)"/.exec(m[0])?.[1] ?? []);
  return { styles, html: template };
}

export function searchDialog(): Step {
  let written = 0;
  let bytes = 0;
  return {
    name: 'search-dialog',
    scope: 'locale',
    page: ({ file, html }, { site }) => {
      if (!/^[^/]+\/search\/index\.html$/.test(file)) return;
      const dialog = dialogFile(html);
      if (!dialog) throw new Error(`search-dialog: ${file} has no <template data-search-template> (src/components/SearchButton.astro renders it on the search page)`);
      const text = JSON.stringify(dialog);
      site.write(file.replace(/index\.html$/, 'dialog.json'), text);
      written++;
      bytes += Buffer.byteLength(text);
    },
    finish: () => `wrote ${written} search dialog file(s) (<lang>/search/dialog.json, ${(bytes / 1024).toFixed(1)} KB)`,
  };
}
