import { defineConfig } from 'vitest/config';

/**
 * Five suites: pure lib (fast), the content files (no build), assertions on the built dist/, real
 * Chromium against dist/, and dist/ behind nginx.
 */
export default defineConfig({
  test: {
    projects: [
      // …and the feedback service's own tests (services/feedback/tests: pure parts and the service on a loopback port).
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'services/*/tests/**/*.test.ts'], environment: 'node' } },
      // Editors' promises read from content/ (parity, word counts, glossary): seconds, no build.
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'], environment: 'node' } },
      {
        // A fixture build takes ~30 s on a quiet 2-core machine and several minutes on a busy one.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node', testTimeout: 600_000, hookTimeout: 600_000 },
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
