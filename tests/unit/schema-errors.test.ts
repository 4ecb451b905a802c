import { describe, expect, it } from 'vitest';
import { closest, fieldName, formatIssues, impossibleDates } from '../../src/lib/content/schema-errors.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { faqSchema } from '../../src/schemas/faq.ts';

const FILE = 'content/articles/en/reset-password.mdx';
const valid = {
  title: 'Reset a forgotten password',
  description: 'Set a new Xiaomi account password in a few minutes with a code sent to your phone.',
  category: 'sign-in',
  updated: new Date('2026-11-24'),
  reviewed: new Date('2026-11-24'),
};
const problems = (data: Record<string, unknown>, schema: typeof articleSchema | typeof faqSchema = articleSchema) => {
  const r = schema.safeParse(data);
  return r.success ? [] : formatIssues(FILE, r.error.issues, Object.keys(schema.shape));
};

describe('schema problems, one line each with the file, the field and what was expected', () => {
  it('a valid article has none; quoted dates are read as dates', () => {
    expect(problems(valid)).toEqual([]);
    expect(articleSchema.parse({ ...valid, updated: '2026-11-20' }).updated.toISOString()).toBe('2026-11-20T00:00:00.000Z');
  });

  it('a missing field says what belongs there', () => {
    const { title: _, ...rest } = valid;
    expect(problems(rest)).toEqual([`${FILE}: title: missing — expected the page title (3–90 characters)`]);
  });

  it('a wrong type says what was found', () => {
    expect(problems({ ...valid, order: 'two' })).toEqual([`${FILE}: order: expected a whole number like 10 (smaller comes first), got "two"`]);
    expect(problems({ ...valid, draft: 'yes' })).toEqual([`${FILE}: draft: expected true or false, got "yes"`]);
    expect(problems({ ...valid, aliases: 'mi account' })).toEqual([
      `${FILE}: aliases: expected a list in square brackets, like ["forgot password", "mi account"], got "mi account"`,
    ]);
  });

  it('a length problem gives the range and the actual length', () => {
    expect(problems({ ...valid, description: 'Too short.' })).toEqual([`${FILE}: description: expected 50–160 characters, got 10`]);
  });

  it('dates must be real and written YYYY-MM-DD', () => {
    expect(problems({ ...valid, reviewed: '24.11.2026' })).toEqual([`${FILE}: reviewed: expected a real date written as YYYY-MM-DD, got "24.11.2026"`]);
    expect(problems({ ...valid, reviewed: '2026-02-30' })).toEqual([`${FILE}: reviewed: expected a real date written as YYYY-MM-DD, got "2026-02-30"`]);
  });

  it('a bad item in a list is numbered from 1', () => {
    expect(problems({ ...valid, related: ['account-hacked', 'Reset Password'] })).toEqual([
      `${FILE}: related (item 2): "Reset Password" is not a slug — expected the slug of an article (its file name without .mdx): lowercase latin letters, digits and single hyphens, like reset-password`,
    ]);
  });

  it('an unknown field suggests the likely intended one and lists the accepted fields', () => {
    expect(problems({ ...valid, tittle: 'x' })).toEqual([
      `${FILE}: tittle: unknown field — did you mean "title"? expected only title, description, category, order, updated, reviewed, draft, aliases, related, translatedFrom, structureNote`,
    ]);
    expect(problems({ ...valid, colour: 'red' })[0]).toMatch(/colour: unknown field — expected only/);
  });

  it('FAQ entries get the same kind of messages', () => {
    expect(problems({ question: 'Why?', category: 'sign-in', related: 'reset-password' }, faqSchema)).toEqual([
      `${FILE}: question: expected at least 8 characters, got 4`,
    ]);
  });
});

describe('helpers', () => {
  it('names nested fields readably', () => {
    expect(fieldName(['related', 0])).toBe('related (item 1)');
    expect(fieldName(['a', 'b'])).toBe('a.b');
  });
  it('suggests only close matches', () => {
    expect(closest('updatd', ['updated', 'reviewed'])).toBe('updated');
    expect(closest('translated', ['translatedFrom', 'title'])).toBeUndefined();
  });
  it('finds impossible dates that YAML would silently turn into other days', () => {
    expect(impossibleDates(FILE, '---\ntitle: x\nupdated: 2026-02-30\nreviewed: "2026-11-24"\n---\nbody 2026-13-01')).toEqual([
      `${FILE}: updated: 2026-02-30 is not a real calendar date — expected a date written as YYYY-MM-DD`,
    ]);
  });
});
