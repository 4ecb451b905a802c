import { describe, expect, it } from 'vitest';
import { pageKind } from '../support/site.ts';
import { axeSite, representative, sample } from '../support/axe-site.ts';

/**
 * axe-core, WCAG 2.2 AA, dark theme (the light theme and interactive states: quality-a11y.test.ts). The
 * dark theme changes colour tokens only: the same pages as the light audit get the colour rules, and
 * one page of each kind in each locale gets the whole rule set (in case a template shows something
 * else in dark).
 */
const { auditAll } = axeSite();
const paths = sample.visit;

describe('axe-core, WCAG 2.2 AA: zero violations', () => {
  it(`dark theme: colour rules on ${sample.says}; every rule on each kind of page in each locale`, { timeout: 600_000 }, async () => {
    const problems = await auditAll('dark', paths, (p) => representative.has(p));
    console.log(`axe dark: ${paths.length} of ${sample.all.length} pages (colour rules), ${representative.size} of them with every rule; kinds: ${[...new Set(paths.map(pageKind))].join(', ')}`);
    expect(problems).toEqual([]);
  });
});
