/**
 * axe-core for browser tests. The script is served over HTTP with a cache header rather than
 * injected as text: Chromium then keeps its compiled code, which saves parsing 500 kB on every page.
 * It is a script the site's CSP must refuse, so pages under audit need a context with bypassCSP.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';

const SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeServer {
  url: string;
  close: () => Promise<void>;
}

export async function serveAxe(): Promise<AxeServer> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' });
    res.end(SOURCE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/axe.min.js`, close: () => new Promise((r) => server.close(() => r())) };
}

/** Runs axe on the page as it is now, with the given tags or rules; one line per violating node. */
export async function axeViolations(page: Page, axeUrl: string, only: { tags: string[] } | { rules: string[] } = { tags: WCAG22_AA }): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: axeUrl });
  const runOnly = 'tags' in only ? { type: 'tag', values: only.tags } : { type: 'rule', values: only.rules };
  const results = (await page.evaluate(
    (o) => (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<unknown> } }).axe.run(document, { runOnly: o, resultTypes: ['violations'] }),
    runOnly,
  )) as AxeResults;
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim() || v.help}`),
  );
}
