#!/usr/bin/env node
/**
 * `npm test`: type check, unit tests, a production build, assertions on dist/, browser tests, and the
 * built site behind Debian's nginx.
 * Every step runs even if an earlier test step fails (a failed check or build stops the run,
 * since later steps need it). Ends with one line "N passed, N failed" and a non-zero exit on failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const only = process.argv.slice(2);
const tmp = 'tests/.tmp';
mkdirSync(tmp, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];

function run(label, cmd, args, env = {}) {
  console.log(`\n━━ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function vitest(project) {
  const out = `${tmp}/vitest-${project}.json`;
  rmSync(out, { force: true });
  const ok = run(`${project} tests`, 'vitest', ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  if (existsSync(out)) {
    const r = JSON.parse(readFileSync(out, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    if (r.numTotalTests === 0) {
      failed += 1;
      failures.push(`${project}: no test ran`);
    }
  } else if (!ok) {
    failed += 1;
  }
  if (!ok) failures.push(`${project} tests`);
}

const want = (step) => only.length === 0 || only.includes(step);

if (want('check')) {
  if (!run('type check', 'astro', ['check'])) {
    console.error('\nType check failed: fix the errors above.');
    console.log(`\n0 passed, 1 failed`);
    process.exit(1);
  }
}
if (want('unit')) vitest('unit');
if (want('build') || want('e2e') || want('nginx')) {
  if (!run('production build', 'astro', ['build'])) {
    console.error('\nThe build failed: the message above names the file and the problem.');
    console.log(`\n${passed} passed, ${failed + 1} failed`);
    process.exit(1);
  }
}
if (want('build')) vitest('build');
if (want('e2e')) vitest('e2e');
if (want('nginx')) vitest('nginx');

console.log(`\n━━ Summary${failures.length ? ` (failed: ${failures.join(', ')})` : ''}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failures.length > 0 ? 1 : 0);
