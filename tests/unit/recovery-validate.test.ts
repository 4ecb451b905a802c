import { describe, expect, it } from 'vitest';
import { RecoveryTreeError } from '../../src/lib/content/errors.ts';
import { validateRecovery } from '../../src/lib/recovery/validate.ts';
import type { TreeNode } from '../../src/lib/recovery/types.ts';
import { goodFixture, input, question, type Fixture } from './fixtures/recovery-trees.ts';

const TREE = 'content/recovery/tree.yaml';
const EN = 'content/recovery/strings/en.yaml';

/** Applies one change to a copy of the good fixture and returns the problems found. */
function problemsAfter(change: (f: Fixture) => void): string[] {
  const f = goodFixture();
  change(f);
  return validateRecovery(input(f));
}
const nodes = (f: Fixture) => f.tree.nodes as Record<string, TreeNode>;

describe('the recovery tree validator', () => {
  it('accepts a good tree with full and partial locales', () => {
    expect(validateRecovery(input(goodFixture()))).toEqual([]);
  });

  it('names the file and node of an answer that leads to an unknown node', () => {
    const problems = problemsAfter((f) => {
      question(f.tree, 'email').answers[1]!.next = 'suport';
    });
    expect(problems).toHaveLength(2); // the typo, and "support" is now unreachable
    expect(problems[0]).toMatch(new RegExp(`^${TREE}: node "email": answer "no-email" leads to "suport", which is not a node of this file`));
    expect(problems[1]).toMatch(/node "support": unreachable/);
  });

  it('names a node that no chain of answers reaches', () => {
    const problems = problemsAfter((f) => {
      nodes(f).orphan = { kind: 'outcome', articles: ['reset-password'], official: ['https://account.xiaomi.com/'] };
      f.strings.en.orphan = f.strings.en.reset!;
      f.strings.ru.orphan = f.strings.ru.reset!;
    });
    expect(problems).toEqual([`${TREE}: node "orphan": unreachable: no chain of answers from "start" leads to it (link it from a question or delete it)`]);
  });

  it('names the node whose answer closes a cycle, with the loop spelled out', () => {
    const problems = problemsAfter((f) => {
      question(f.tree, 'email').answers[1]!.next = 'account';
    });
    expect(problems.filter((p) => /cycle/.test(p))).toEqual([
      `${TREE}: node "email": answer "no-email" leads back to "account": a cycle (account → email → account); every answer must lead further down the tree`,
    ]);
  });

  it('refuses an answer that leads to its own question', () => {
    const problems = problemsAfter((f) => {
      question(f.tree, 'email').answers[0]!.next = 'email';
    });
    expect(problems).toContain(`${TREE}: node "email": answer "email" leads back to the same question`);
  });

  it('refuses a question with fewer than two answers', () => {
    const problems = problemsAfter((f) => {
      question(f.tree, 'email').answers.splice(1, 1);
      question(f.tree, 'account').answers.push({ id: 'other', next: 'support' });
      f.strings.en.email!.answers = { email: 'Yes' };
      f.strings.ru.email!.answers = { email: 'Да' };
      f.strings.en.account!.answers = { ...f.strings.en.account!.answers, other: 'Other' };
      f.strings.ru.account!.answers = { ...f.strings.ru.account!.answers, other: 'Другое' };
    });
    expect(problems).toEqual([`${TREE}: node "email": a question needs at least two answers, found 1`]);
  });

  it('refuses an outcome that links to an article that does not exist', () => {
    const problems = problemsAfter((f) => {
      nodes(f).reset = { kind: 'outcome', articles: ['reset-pasword'], official: ['https://account.xiaomi.com/'] };
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${TREE}: node "reset": articles: no article with slug "reset-pasword" \\(expected one of .*"reset-password"`));
  });

  it('refuses an official link outside Xiaomi’s domains', () => {
    const problems = problemsAfter((f) => {
      nodes(f).reset = { kind: 'outcome', articles: ['reset-password'], official: ['https://xiaomi-unlock.example/'] };
    });
    expect(problems).toEqual([
      `${TREE}: node "reset": official: "https://xiaomi-unlock.example/" is not an https:// address on an official Xiaomi domain (xiaomi.com, mi.com)`,
    ]);
  });

  it('refuses a missing string in a fully translated locale, naming file, node and field', () => {
    const problems = problemsAfter((f) => {
      delete f.strings.en.reset!.steps;
      f.strings.en.account = { question: 'Do you have the phone?', answers: { phone: 'Yes' } };
    });
    expect(problems).toEqual([`${EN}: node "account": answers: missing the label of answer "no-phone"`, `${EN}: node "reset": steps: missing`]);
  });

  it('refuses a node with no strings at all in a full locale', () => {
    const problems = problemsAfter((f) => {
      delete f.strings.ru.email;
    });
    expect(problems).toEqual(['content/recovery/strings/ru.yaml: node "email": missing — expected question and a label for each answer']);
  });

  it('refuses a full locale without a strings file', () => {
    const f = goodFixture();
    const i = input(f);
    const problems = validateRecovery({ ...i, strings: i.strings.map((s) => (s.locale === 'en' ? { ...s, strings: undefined } : s)) });
    expect(problems).toEqual([`${EN}: missing — en is a fully translated locale, so every node of ${TREE} needs its words there`]);
  });

  it('lets a partial locale leave strings out (they fall back), but not invent nodes or answers', () => {
    expect(problemsAfter((f) => void (f.strings.ar = {}))).toEqual([]);
    const problems = problemsAfter((f) => {
      f.strings.ar.gone = { title: 'قديم' };
      f.strings.ar.start = { answers: { acount: 'الحساب' } };
    });
    expect(problems).toEqual([
      'content/recovery/strings/ar.yaml: node "start": answers: "acount" is not an answer of this question in the tree (expected "account", "device")',
      `content/recovery/strings/ar.yaml: node "gone": no such node in ${TREE} (rename or delete these strings)`,
    ]);
  });

  it('wants 3–6 steps and puts question words only on questions', () => {
    const problems = problemsAfter((f) => {
      f.strings.en.reset!.steps = ['Only one step'];
      f.strings.en.account!.steps = ['A step on a question'];
    });
    expect(problems).toEqual([
      `${EN}: node "account": steps: "account" is a question, so it has no steps`,
      `${EN}: node "reset": steps: expected 3–6 short steps, found 1`,
    ]);
  });

  it('names the node of a misspelt field, in the tree and in the strings', () => {
    const problems = problemsAfter((f) => {
      nodes(f).reset = { kind: 'outcome', articles: ['reset-password'], official: ['https://account.xiaomi.com/'], artciles: [] } as TreeNode;
      f.strings.en.email = { ...f.strings.en.email, titel: 'Oops' } as (typeof f.strings.en)[string];
    });
    expect(problems).toEqual([
      `${TREE}: node "reset": artciles: unknown field — an outcome has only kind, articles, official`,
      `${EN}: node "email": titel: unknown field — expected question, hint, answers, title, time, steps, prepare`,
    ]);
  });

  it('refuses a root that is not a node', () => {
    const problems = problemsAfter((f) => {
      f.tree.root = 'begin';
    });
    expect(problems[0]).toMatch(new RegExp(`^${TREE}: root: "begin" is not a node of this file`));
  });

  it('reports every problem at once in a build error', () => {
    const error = new RecoveryTreeError(['a: one', 'b: two']);
    expect(error.message).toBe('The recovery tree has 2 problem(s):\n  - a: one\n  - b: two');
  });
});
