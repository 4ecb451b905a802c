import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order test files start in. With several workers the part ends when its last file does, so the
 * longest files must start first. Vitest orders by the durations it cached from the last run, and a
 * fresh clone (CI) has none: it then starts the largest files first, and the axe audit — a short file
 * that runs for minutes — started last, 300 s into the browser tests (they took 518 s instead of
 * about 410). Here, without a cache, the files this table names start first, longest first (seconds
 * measured in a full `npm test` on a quiet 2-core machine, three browser files at a time); the rest
 * follow largest first, as before. Update the table when a file's time changes by much.
 */
const SECONDS: Record<string, number> = {
  // browser tests (three at a time)
  'tests/e2e/quality-a11y.test.ts': 190,
  'tests/e2e/quality-a11y-dark.test.ts': 150,
  'tests/e2e/quality-crawl.test.ts': 145,
  'tests/e2e/recovery.test.ts': 114,
  'tests/e2e/quality-nojs.test.ts': 92,
  'tests/e2e/phone.test.ts': 85,
  'tests/e2e/search-queries.test.ts': 77,
  'tests/e2e/search.test.ts': 63,
  'tests/e2e/quality-keyboard.test.ts': 57,
  'tests/e2e/password-checker.test.ts': 55,
  'tests/e2e/translation-dashboard.test.ts': 39,
  // build tests (each starts or waits for fixture builds)
  'tests/build/partial-locale.test.ts': 36,
  'tests/build/shards.test.ts': 35,
  'tests/build/incremental.test.ts': 28,
  'tests/build/editor-new-article.test.ts': 28,
  'tests/build/notices.test.ts': 20,
  'tests/build/feedback.test.ts': 19,
  'tests/build/seo-sitemap.test.ts': 19,
  'tests/build/seo.test.ts': 17,
  'tests/build/editor-errors.test.ts': 17,
  // unit
  'tests/unit/password-agreement.test.ts': 51,
};

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cached = files.every((spec) => this.ctx.cache.getTestSpecificationResult(spec));
    const sorted = await super.sort(files);
    if (cached) return sorted;
    const seconds = (spec: TestSpecification) => SECONDS[spec.moduleId.slice(spec.project.config.root.length + 1)] ?? 0;
    const rank = new Map(sorted.map((spec, i) => [spec, i]));
    const projectRank = new Map<string, number>();
    for (const [spec, i] of rank) if (!projectRank.has(spec.project.name)) projectRank.set(spec.project.name, i);
    // Projects stay in the base order; within one, the named files longest first, then the base order.
    return [...sorted].sort(
      (a, b) => projectRank.get(a.project.name)! - projectRank.get(b.project.name)! || seconds(b) - seconds(a) || rank.get(a)! - rank.get(b)!,
    );
  }
}

/**
 * Five suites: pure lib (fast), the content files (no build), assertions on the built dist/, real
 * Chromium against dist/, and dist/ behind nginx.
 */
export default defineConfig({
  test: {
    // Longest files first, also in a fresh clone with no cached durations (LongestFirst, above).
    sequence: { sequencer: LongestFirst },
    projects: [
      // …and the feedback service's own tests (services/feedback/tests: pure parts and the service on a loopback port).
      // Vitest's default is one worker fewer than the cores: one file at a time on a 2-core machine.
      // Two here, so the password agreement file (most of this part) runs beside the rest.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'services/*/tests/**/*.test.ts'], environment: 'node', maxWorkers: 2 } },
      // Editors' promises read from content/ (parity, word counts, glossary): seconds, no build.
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'], environment: 'node' } },
      {
        // A fixture build takes ~30 s on a quiet 2-core machine and several minutes on a busy one.
        // Two files at a time: an astro build keeps about 1.3 cores busy (456 s of CPU in 354 s with one).
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node', testTimeout: 600_000, hookTimeout: 600_000, maxWorkers: 2 },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // expect.poll waits for the page (search answers, islands hydrating), not a fixed 1 s: a busy
          // 2-core machine can take a few seconds; a broken feature still fails after 10 s.
          expect: { poll: { timeout: 10_000 } },
          // Each file drives its own Chromium. Three at a time on two cores: a browser test waits on
          // pages and sockets for much of its time (a full run used 451 s of CPU in 587 s with two).
          maxWorkers: 3,
        },
      },
      {
        // The built site behind Debian's nginx with docs/nginx.conf.
        test: { name: 'nginx', include: ['tests/nginx/**/*.test.ts'], environment: 'node', testTimeout: 180_000, hookTimeout: 300_000 },
      },
    ],
  },
});
