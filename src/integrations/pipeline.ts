/**
 * Runs the named steps after the build over one reader of dist/: every step's `start` in order,
 * then one pass over the pages (each read once and shown to every step), then every step's
 * `finish` in order. A step's `finish` returns its one log line, with its figure; the time the step
 * spent is added to it, so the bench can tell where a build's minutes go. A shard or a merge hands it
 * only the steps of its scope (src/integrations/help-center.ts).
 */
import type { AstroIntegrationLogger } from 'astro';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { BuiltPage, BuiltSite } from './built-site.ts';

export interface StepContext {
  site: BuiltSite;
  /** The pages Astro says it built (`astro:build:done`'s `pages`). */
  pages: { pathname: string }[];
  /** The step's own logger, labelled with its name (for warnings; the one info line is the runner's). */
  logger: AstroIntegrationLogger;
}

export interface Step {
  name: string;
  /**
   * `locale`: the step's work on a locale's pages makes files of that locale only (and its languages'
   * search files), so a shard (`npm run build -- --locale <code>`) runs it for its own locales.
   * `site`: the step reads or writes across locales (a check over every link, one sitemap, one
   * `_headers`), so `npm run build:merge` runs it over the joined site. A single build runs both, in order.
   */
  scope: 'locale' | 'site';
  /** Before any page is read: may move or remove files. */
  start?(ctx: StepContext): void | Promise<void>;
  /** Every HTML page, once, in path order. */
  page?(page: BuiltPage, ctx: StepContext): void | Promise<void>;
  /** After the last page: check, write, and say in one line what was done, with its figure. */
  finish(ctx: StepContext): string | Promise<string>;
  /** Releases what the step holds (a Pagefind process), also when the build fails. */
  close?(): void | Promise<void>;
}

/**
 * Rendering leaves the build process holding gigabytes it no longer needs (every page's strings and
 * trees); collecting them before the pass and before Pagefind starts keeps the peak down on large sites.
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

export async function runPipeline(steps: readonly Step[], site: BuiltSite, pages: { pathname: string }[], logger: AstroIntegrationLogger): Promise<void> {
  collectGarbage();
  const contexts = steps.map((s) => ({ site, pages, logger: logger.fork(s.name) }));
  const spent = steps.map(() => 0);
  const timed = async (i: number, run: () => unknown) => {
    const t = performance.now();
    await run();
    spent[i]! += performance.now() - t;
  };
  try {
    for (const [i, s] of steps.entries()) if (s.start) await timed(i, () => s.start!(contexts[i]!));
    const started = performance.now();
    const before = spent.reduce((a, b) => a + b, 0);
    let count = 0;
    for (const page of site.pages()) {
      count++;
      for (const [i, s] of steps.entries()) if (s.page) await timed(i, () => s.page!(page, contexts[i]!));
    }
    const reading = performance.now() - started - (spent.reduce((a, b) => a + b, 0) - before);
    logger.info(`read ${count} pages of ${site.files.size} files once in ${seconds(reading)}; steps in order: ${steps.map((s) => s.name).join(', ')}`);
    for (const [i, s] of steps.entries()) {
      let line = '';
      await timed(i, async () => (line = await s.finish(contexts[i]!)));
      contexts[i]!.logger.info(`${line} (${seconds(spent[i]!)})`);
    }
  } finally {
    for (const s of steps) await s.close?.();
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
