/** Reading a failed build's report the way an editor reads it, and breaking a fixture file on purpose. */
import { expect } from 'vitest';
import type { FixtureProject } from './fixture.ts';

/** The problem lines of a failed build (each starts with the content file). */
export const problemLines = (output: string) => output.split('\n').filter((l) => /^\s*(- )?content\//.test(l)).map((l) => l.replace(/^\s*(- )?/, ''));

/** One line of the output names the file, then the field or item, then the problem. */
export const line = (out: string, ...parts: RegExp[]) => {
  const pattern = new RegExp(parts.map((p) => p.source).join('.*'));
  expect(out.split('\n').some((l) => pattern.test(l)), `a line matching ${pattern}`).toBe(true);
};

/** Changes one fixture file, and fails if the change matched nothing (the fixture would test nothing). */
export const edit = (f: FixtureProject, path: string, from: RegExp, to: string) => {
  const before = f.read(path);
  const after = before.replace(from, to);
  expect(after, `fixture edit of ${path}`).not.toBe(before);
  f.write(path, after);
};
