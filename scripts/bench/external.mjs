/**
 * The benchmarks other parts of the project own, called from `npm run bench`:
 * scripts/bench-password.mjs (password checker) and scripts/bench-search.mjs (search).
 * When one is missing, the bench says so in its results instead of inventing figures.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './project.mjs';

export async function passwordBench({ notes }) {
  const file = join(ROOT, 'scripts', 'bench-password.mjs');
  if (!existsSync(file)) {
    const missing = 'scripts/bench-password.mjs does not exist yet (island size, dictionary chunks and per-keystroke scoring time not measured)';
    notes.push(missing);
    return { missing };
  }
  return { missing: 'scripts/bench-password.mjs exists but is not wired in yet' };
}

export async function searchBench({ notes, n }) {
  const file = join(ROOT, 'scripts', 'bench-search.mjs');
  if (!existsSync(file)) {
    if (!notes.some((x) => x.startsWith('scripts/bench-search.mjs'))) {
      notes.push('scripts/bench-search.mjs does not exist yet: search figures come from this bench alone (Pagefind index per locale, first query through the Pagefind API)');
    }
    return null;
  }
  return { missing: `scripts/bench-search.mjs exists but is not wired in yet (N=${n})` };
}
