/**
 * The Markdown copy of every article (`<locale>/<slug>.md`, src/lib/built/markdown-copy.ts), made from the
 * built page so it says what the page says; then each locale's `llms-full.txt`: the copies its
 * llms.txt lists (src/pages/[lang]/llms.txt.ts), in that order. A page gets a copy when its head links
 * one of its own (`rel="alternate" type="text/markdown"`); a fallback page links its source
 * language's copy and gets none. The copies are made in worker threads while the pass over the pages
 * and Pagefind go on; this step's `finish` waits for them.
 */
import { availableParallelism } from 'node:os';
import { useTranslations, type Locale } from '../../i18n/index.ts';
import { markdownFileFor } from '../../lib/seo/copies.ts';
import { listedCopies } from '../../lib/seo/llms-txt.ts';
import { contentHtml, type MarkdownCopyInput } from '../../lib/built/markdown-copy.ts';
import { localePath, withBase } from '../../lib/urls.ts';
import type { Step } from '../pipeline.ts';
import { workerPool } from '../worker-pool.ts';

export function markdownCopies({ workers = availableParallelism() }: { workers?: number } = {}): Step {
  const pool = workerPool<MarkdownCopyInput, string>(new URL('../markdown-copies/worker.ts', import.meta.url), workers, 'markdown-copies');
  const pending: Promise<void>[] = [];
  /** A job's promise, awaited in `finish`; marked handled now, so a failure stops the build there, not as an unhandled rejection. */
  const track = (p: Promise<void>) => {
    p.catch(() => {});
    pending.push(p);
  };
  /** Served path ("/help/ru/x.md") → the copy's text. */
  const copies = new Map<string, string>();
  let bytes = 0;
  const words = new Map<Locale, ReturnType<typeof useTranslations>>();
  return {
    name: 'markdown-copies',
    scope: 'locale',
    page: ({ file, url, html, facts }, { site }) => {
      const { about, seo } = facts;
      if (!about.markdown || !file.endsWith('/index.html')) return;
      const own = `${url.replace(/\/$/, '')}.md`;
      if (decodeURI(new URL(about.markdown).pathname) !== decodeURI(own)) return;
      const lang = file.split('/')[0] as Locale;
      const t = words.get(lang) ?? words.set(lang, useTranslations(lang)).get(lang)!;
      const need = (value: string | undefined, what: string) => {
        if (!value) throw new Error(`markdown-copies: ${file} links a Markdown copy but its head has no ${what}`);
        return value;
      };
      const part = contentHtml(html);
      if (part === undefined) throw new Error(`markdown-copies: ${file} links a Markdown copy but has no [data-article-content] element`);
      const job = pool.run({
        html: part,
        url: need(seo.canonical, 'canonical link'),
        title: need(about.title, 'og:title'),
        description: need(about.description, 'description'),
        updated: need(seo.modified, 'article:modified_time').slice(0, 10),
        words: { updated: t('article.updated'), independent: t('site.independent'), siteName: need(about.siteName, 'og:site_name') },
        passwordTool: { text: `${t('home.passwordTitle')}: ${t('home.passwordText')}`, link: t('home.passwordCta'), href: withBase(site.base, localePath(lang, 'tools/password-strength')) },
      });
      track(
        job.then((text) => {
          site.write(markdownFileFor(file), text);
          copies.set(own, text);
          bytes += Buffer.byteLength(text);
        }),
      );
    },
    finish: async ({ site }) => {
      await Promise.all(pending);
      await pool.close();
      const locales = [...site.files].filter((f) => /^[^/]+\/llms\.txt$/.test(f)).sort();
      for (const index of locales) {
        const listed = site.read(index);
        const header = listed.split(/^## /m)[0]!.trim();
        const texts = listedCopies(listed).map((href) => {
          const text = copies.get(decodeURI(new URL(href).pathname));
          if (text === undefined) throw new Error(`markdown-copies: ${index} lists ${href}, but no page of this build has that Markdown copy`);
          return text.trim();
        });
        site.write(index.replace(/llms\.txt$/, 'llms-full.txt'), `${[header, ...texts].join('\n\n---\n\n')}\n`);
      }
      return `${copies.size} Markdown copies (${(bytes / 1024).toFixed(0)} KB) and llms-full.txt for ${locales.length} languages`;
    },
    close: () => pool.close(),
  };
}
