import { describe, expect, it } from 'vitest';
import { buildView, officialLabel, resolveNodeStrings } from '../../src/lib/recovery/view.ts';
import { outcomeChecklist } from '../../src/lib/recovery/checklist.ts';
import { fill, translator } from '../../src/i18n/format.ts';
import type { ViewOutcome } from '../../src/lib/recovery/types.ts';
import { arabicStrings, englishStrings, goodTree, russianStrings } from './fixtures/recovery-trees.ts';

const links = { article: (slug: string) => ({ label: `Article ${slug}`, href: `/ar/${slug}/` }) };

describe('the selector’s view of one locale', () => {
  it('takes each string from the first locale of the fallback chain that has it', () => {
    const chain = [arabicStrings(), englishStrings(), russianStrings()];
    expect(resolveNodeStrings('start', chain)).toMatchObject({
      question: 'ما المقفل؟',
      hint: 'Pick one.',
      answers: { account: 'الحساب', device: 'My phone' },
    });
    expect(resolveNodeStrings('reset', chain)).toMatchObject({ title: 'إعادة التعيين', time: 'Reset: a few minutes', steps: ['Reset step 1', 'Reset step 2', 'Reset step 3'] });
  });

  it('builds questions with labelled answers and outcomes with article and official links', () => {
    const view = buildView(goodTree(), [arabicStrings(), englishStrings()], links);
    expect(view.root).toBe('start');
    expect(view.nodes.start).toEqual({
      kind: 'question',
      id: 'start',
      question: 'ما المقفل؟',
      hint: 'Pick one.',
      answers: [
        { id: 'account', next: 'account', label: 'الحساب' },
        { id: 'device', next: 'device-lock', label: 'My phone' },
      ],
    });
    expect(view.nodes.support).toMatchObject({
      kind: 'outcome',
      title: 'Support',
      articles: [{ label: 'Article contact-support', href: '/ar/contact-support/' }],
      official: [{ label: 'mi.com/global/support', href: 'https://www.mi.com/global/support' }],
    });
  });

  it('fails loudly when no locale in the chain has a required string', () => {
    expect(() => buildView(goodTree(), [arabicStrings()], links)).toThrow(/node "start" has no label for answer "device"/);
  });

  it('shows official addresses the way the address bar does', () => {
    expect(officialLabel('https://account.xiaomi.com/')).toBe('account.xiaomi.com');
    expect(officialLabel('https://i.mi.com/')).toBe('i.mi.com');
    expect(officialLabel('https://www.mi.com/global/support')).toBe('mi.com/global/support');
  });
});

describe('the plain-text checklist of an outcome', () => {
  const outcome: ViewOutcome = {
    kind: 'outcome',
    id: 'reset',
    title: 'Reset the password with a code',
    time: 'Usually a few minutes.',
    steps: ['Open Settings.', 'Tap Forgot password?', 'Enter the code.'],
    prepare: ['The phone with the linked SIM', 'A new password'],
    articles: [{ label: 'Reset a forgotten password', href: '/en/reset-password/' }],
    official: [{ label: 'account.xiaomi.com', href: 'https://account.xiaomi.com/' }],
  };
  const t = translator({
    tag: 'en',
    messages: { 'recovery.time': 'Expected time', 'recovery.prepare': 'What to prepare', 'recovery.steps': 'What to do', 'recovery.official': 'Where to act', 'recovery.readMore': 'Read more' },
  }) as Parameters<typeof outcomeChecklist>[1];

  it('has the title, time, a box per item to prepare, numbered steps and full links', () => {
    const text = outcomeChecklist(outcome, t, (h) => new URL(h, 'https://help.example/').href);
    expect(text).toBe(
      [
        'Reset the password with a code',
        '',
        'Expected time: Usually a few minutes.',
        '',
        'What to prepare:',
        '[ ] The phone with the linked SIM',
        '[ ] A new password',
        '',
        'What to do:',
        '1. Open Settings.',
        '2. Tap Forgot password?',
        '3. Enter the code.',
        '',
        'Where to act:',
        '- https://account.xiaomi.com/',
        '',
        'Read more:',
        '- Reset a forgotten password: https://help.example/en/reset-password/',
        '',
      ].join('\n'),
    );
  });

  it('fills {placeholders} in interface templates and leaves unknown ones visible', () => {
    expect(fill('Question {current} of up to {total}', { current: 2, total: 5 }, 'en')).toBe('Question 2 of up to 5');
    expect(fill('{missing} stays', {}, 'en')).toBe('{missing} stays');
  });
});
