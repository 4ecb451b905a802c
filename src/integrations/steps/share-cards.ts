/**
 * A share card per article (`<locale>/<slug>/card.png`, 1200×630: the title in its own script, the
 * category and the site's name; design in src/lib/share-card/layout.ts), for the link previews of
 * messengers and social sites. A page gets a card when its og:image is its own card (a fallback page
 * shows its source language's); the card says what the page's head says (og:title, article:section,
 * og:site_name, `<html lang dir>`).
 *
 * Cards are drawn in worker threads while the other steps go on (the pass over the pages, Pagefind),
 * and kept in `<cacheDir>/share-cards/` named by a hash of everything the drawing depends on: a card
 * whose article, category and site name are unchanged is linked from there (a hard link), not drawn again. After a
 * build, a language's cached cards that no page used are deleted.
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { cardFileFor } from '../../lib/seo/copies.ts';
import { cardKey, type CardSpec } from '../../lib/share-card/layout.ts';
import { rendererVersions } from '../share-cards/fonts.ts';
import { workerPool } from '../worker-pool.ts';
import type { Step } from '../pipeline.ts';

export interface ShareCardOptions {
  /** Where drawn cards are kept between builds (Astro's cacheDir + "share-cards"). */
  cacheDir: string;
  /** Worker threads that draw; by default one per core. */
  workers?: number;
}

export function shareCards({ cacheDir, workers = availableParallelism() }: ShareCardOptions): Step {
  const pool = workerPool<CardSpec, Uint8Array>(new URL('../share-cards/worker.ts', import.meta.url), workers, 'share-cards');
  const versions = rendererVersions();
  const pending: Promise<void>[] = [];
  /** A job's promise, awaited in `finish`; marked handled now, so a failure stops the build there, not as an unhandled rejection. */
  const track = (p: Promise<void>) => {
    p.catch(() => {});
    pending.push(p);
  };
  /** Cache file names this build used, by locale (the other cached cards of those locales are stale). */
  const used = new Map<string, Set<string>>();
  let drawn = 0;
  let reused = 0;
  let bytes = 0;
  let largest = { file: '', size: 0 };
  return {
    name: 'share-cards',
    scope: 'locale',
    start: () => {
      mkdirSync(cacheDir, { recursive: true });
    },
    page: ({ file, url, facts }, { site }) => {
      const { about } = facts;
      if (!about.image || !file.endsWith('/index.html') || decodeURI(new URL(about.image).pathname) !== decodeURI(`${url}card.png`)) return;
      if (!about.title || !about.siteName || !about.lang) throw new Error(`share-cards: ${file} names its own card as og:image but its head lacks og:title, og:site_name or <html lang>`);
      const spec: CardSpec = { title: about.title, category: about.section ?? '', siteName: about.siteName, lang: about.lang, dir: about.dir === 'rtl' ? 'rtl' : 'ltr' };
      const locale = file.split('/')[0]!;
      const name = `${locale}-${cardKey(spec, versions)}.png`;
      if (!used.has(locale)) used.set(locale, new Set());
      used.get(locale)!.add(name);
      const cached = join(cacheDir, name);
      const out = cardFileFor(file);
      // A card left from an earlier build may be a link to a cached card: never write through it.
      rmSync(join(site.dir, out), { force: true });
      const count = (size: number) => {
        bytes += size;
        if (size > largest.size) largest = { file: out, size };
      };
      try {
        // Reused: a hard link to the cached file (one call, no bytes copied; the page's folder exists),
        // or a copy where dist/ and the cache are on different file systems.
        try {
          linkSync(cached, join(site.dir, out));
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
          copyFileSync(cached, join(site.dir, out));
        }
        site.files.add(out);
        reused++;
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
      track(
        pool.run(spec).then((png) => {
          site.write(out, png);
          // Written under another name first: a build running beside this one never reads half a file.
          const tmp = `${cached}.${process.pid}.tmp`;
          writeFileSync(tmp, png);
          renameSync(tmp, cached);
          drawn++;
          count(png.length);
        }),
      );
    },
    finish: async () => {
      await Promise.all(pending);
      await pool.close();
      let stale = 0;
      for (const name of readdirSync(cacheDir)) {
        if (!name.endsWith('.png')) continue;
        const locale = name.slice(0, name.lastIndexOf('-'));
        if (used.has(locale) && !used.get(locale)!.has(name)) {
          rmSync(join(cacheDir, name), { force: true });
          stale++;
        }
      }
      const cards = drawn + reused;
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
      const sizes = drawn ? `; drawn: ${kb(bytes / drawn)} on average, largest ${kb(largest.size)} (${largest.file})` : '';
      return `${cards} cards: ${drawn} drawn, ${reused} reused from the cache${stale ? `, ${stale} stale ones removed` : ''}${sizes}`;
    },
    close: () => pool.close(),
  };
}
