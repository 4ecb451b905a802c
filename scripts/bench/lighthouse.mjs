/**
 * Lighthouse (installed at bench time, see tools.mjs) in its default mobile mode — Moto G Power
 * emulation, simulated slow 4G and 4× CPU slowdown — driving Debian's Chromium with the flags of
 * scripts/lib/chromium.ts. Returns the four category scores (0–100), the main metrics, and the
 * audits that cost points in a category under 100, so such a score comes with its reason.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { CHROME_FLAGS, CHROMIUM_PATH } from '../lib/chromium.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export function runLighthouse(cli, url, outFile) {
  rmSync(outFile, { force: true });
  const args = [
    cli,
    url,
    '--output=json',
    `--output-path=${outFile}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=--headless=new ${CHROME_FLAGS.join(' ')}`,
    '--quiet',
  ];
  return new Promise((resolve) => {
    // Asynchronous on purpose: the site is served from this very process.
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      if (code !== 0 || !existsSync(outFile)) return resolve({ error: `lighthouse exited with ${code}: ${err.slice(-800)}` });
      const lhr = JSON.parse(readFileSync(outFile, 'utf8'));
      if (lhr.runtimeError) return resolve({ error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` });
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]));
      const metric = (id) => lhr.audits[id]?.numericValue ?? null;
      const lost = [];
      for (const c of CATEGORIES.filter((c) => scores[c] !== 100)) {
        for (const ref of lhr.categories[c]?.auditRefs ?? []) {
          const a = lhr.audits[ref.id];
          if (ref.weight > 0 && a && a.score !== null && a.score < 1) lost.push(`${c}: ${ref.id} (${a.displayValue ?? a.score})`);
        }
      }
      resolve({
        scores,
        metrics: {
          fcpMs: Math.round(metric('first-contentful-paint')),
          lcpMs: Math.round(metric('largest-contentful-paint')),
          tbtMs: Math.round(metric('total-blocking-time')),
          cls: Number((metric('cumulative-layout-shift') ?? 0).toFixed(3)),
        },
        lost,
        lighthouseVersion: lhr.lighthouseVersion,
        userAgent: lhr.environment?.hostUserAgent,
      });
    });
  });
}
