import { describe, expect, it } from 'vitest';
import {
  allRoutes,
  answersFromAnchor,
  decodePath,
  encodePath,
  outcomeRoutes,
  progressAt,
  questionsLeft,
  readPathParam,
  stepAnchor,
  stepHref,
  walk,
} from '../../src/lib/recovery/walk.ts';
import { goodTree } from './fixtures/recovery-trees.ts';

const tree = goodTree();

describe('walking the recovery tree', () => {
  it('follows answers from the start to the node they lead to, recording each question answered', () => {
    expect(walk(tree, [])).toEqual({ ok: true, nodeId: 'start', trail: [] });
    expect(walk(tree, ['account', 'no-phone', 'no-email'])).toEqual({
      ok: true,
      nodeId: 'support',
      trail: [
        { nodeId: 'start', answerId: 'account' },
        { nodeId: 'account', answerId: 'no-phone' },
        { nodeId: 'email', answerId: 'no-email' },
      ],
    });
  });

  it('stops at an answer the current question does not offer', () => {
    const w = walk(tree, ['account', 'no-email']);
    expect(w.ok).toBe(false);
    expect(w).toMatchObject({ reason: 'question "account" has no answer "no-email"', trail: [{ nodeId: 'start', answerId: 'account' }] });
  });

  it('refuses to go past an outcome', () => {
    expect(walk(tree, ['device', 'more'])).toMatchObject({ ok: false, reason: '"device-lock" is an outcome: nothing comes after it' });
  });

  it('counts the most questions left on any route, for the progress line', () => {
    expect(questionsLeft(tree, 'start')).toBe(3);
    expect(questionsLeft(tree, 'email')).toBe(1);
    expect(questionsLeft(tree, 'reset')).toBe(0);
    expect(progressAt(tree, [], 'start')).toEqual({ current: 1, total: 3 });
    expect(progressAt(tree, ['account', 'no-phone'], 'email')).toEqual({ current: 3, total: 3 });
    // A short route ends early: the total shrinks to what this route can still ask.
    expect(progressAt(tree, ['account', 'phone'], 'reset')).toEqual({ current: 2, total: 2 });
  });

  it('lists every route, so every outcome can be shown and tested', () => {
    expect(allRoutes(tree).map((r) => encodePath(r.answers))).toEqual([
      '',
      'account',
      'account.phone',
      'account.no-phone',
      'account.no-phone.email',
      'account.no-phone.no-email',
      'device',
    ]);
    expect(new Set(outcomeRoutes(tree).map((r) => r.nodeId))).toEqual(new Set(['reset', 'support', 'device-lock']));
  });
});

describe('the path in the URL', () => {
  it('is the answers joined with dots, and decodes back to the same step', () => {
    const answers = ['account', 'no-phone', 'no-email'];
    expect(encodePath(answers)).toBe('account.no-phone.no-email');
    expect(decodePath(tree, encodePath(answers))).toMatchObject({ status: 'ok', answers, nodeId: 'support' });
    expect(decodePath(tree, 'account.no-phone')).toMatchObject({ status: 'ok', nodeId: 'email' });
  });

  it('means the first question when missing or empty', () => {
    expect(decodePath(tree, null)).toEqual({ status: 'empty' });
    expect(decodePath(tree, '')).toEqual({ status: 'empty' });
  });

  it.each([
    ['an unknown answer', 'account.no-fax'],
    ['an unknown first answer', 'acount'],
    ['a step past an outcome', 'device.again'],
    ['an empty segment', 'account..phone'],
    ['a trailing dot', 'account.'],
    ['capital letters', 'Account'],
    ['spaces or punctuation', 'account/no-phone'],
    ['script injection', '<script>'],
  ])('rejects %s (%s)', (_, raw) => {
    expect(decodePath(tree, raw).status).toBe('invalid');
  });

  it('rejects an absurdly long path without walking it', () => {
    expect(decodePath(tree, Array(200).fill('account').join('.'))).toEqual({ status: 'invalid', reason: 'longer than 400 characters' });
  });

  it('reads the path parameter from a query string', () => {
    expect(readPathParam('?path=account.no-phone')).toBe('account.no-phone');
    expect(readPathParam('?utm=x&path=device')).toBe('device');
    expect(readPathParam('')).toBeNull();
  });

  it('builds step links on the page, the start without a query', () => {
    expect(stepHref('/help/en/recovery/', ['account', 'phone'])).toBe('/help/en/recovery/?path=account.phone');
    expect(stepHref('/en/recovery/', [])).toBe('/en/recovery/');
  });

  it('names the no-JS tree anchors after the path and reads them back', () => {
    expect(stepAnchor([])).toBe('recovery-start');
    expect(stepAnchor(['account', 'no-phone'])).toBe('r-account.no-phone');
    expect(answersFromAnchor('#r-account.no-phone')).toEqual(['account', 'no-phone']);
    expect(answersFromAnchor('#o-reset')).toBeNull();
    expect(answersFromAnchor('')).toBeNull();
  });
});
