/**
 * The shards bench's jobs (`npm run bench -- --shards --groups "ru;en;es;ar,id,pt-br,tr,vi,hi"`): one
 * job per locale by default; with --groups, the jobs as given, and a clear error unless every locale is
 * in exactly one job (a locale left out would make the merged site differ from the single build).
 */
import { describe, expect, it } from 'vitest';
import { shardJobs } from '../../scripts/bench/shards.mjs';
import { benchOptions } from '../../scripts/bench/options.mjs';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { ROOT } from '../support/paths.ts';

const CODES = ['ru', 'en', 'es', 'ar', 'hi'];

describe('the shards bench’s jobs', () => {
  it('are one per locale unless grouped', () => {
    expect(shardJobs(CODES, undefined)).toEqual([['ru'], ['en'], ['es'], ['ar'], ['hi']]);
    const groups = benchOptions(['--shards', '--groups', 'ru;en;es;ar,hi']).groups;
    expect(shardJobs(CODES, groups)).toEqual([['ru'], ['en'], ['es'], ['ar', 'hi']]);
  });

  it('are those of npm run build:jobs with --groups auto, for the project they build', () => {
    expect(benchOptions(['--shards', '--groups', 'auto']).groups).toBe('auto');
    const jobs = shardJobs(LOCALE_CODES, 'auto', ROOT);
    expect(jobs.flat().sort()).toEqual([...LOCALE_CODES].sort());
    expect(jobs).toContainEqual(['en', 'hi']);
  });

  it('name an unknown, a doubled or a missing locale', () => {
    expect(() => shardJobs(CODES, [['ru'], ['zz']])).toThrow(/unknown locale\(s\) zz/);
    expect(() => shardJobs(CODES, [['ru', 'en'], ['ru', 'es', 'ar', 'hi']])).toThrow(/twice: ru/);
    expect(() => shardJobs(CODES, [['ru'], ['en']])).toThrow(/missing: es, ar, hi/);
  });

  it('--groups needs --shards and no empty job', () => {
    expect(() => benchOptions(['--groups', 'ru'])).toThrow(/--groups goes with --shards/);
    expect(() => benchOptions(['--shards', '--groups', 'ru;;en'])).toThrow(/empty job/);
  });
});
