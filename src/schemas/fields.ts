/**
 * Field types shared by the content schemas, each with messages an editor understands:
 * what was expected, with an example, and what was found. The field name and the file are
 * added by the loader (src/schemas/loader.ts), so messages never repeat them.
 */
import { z } from 'astro/zod';
import { parseDay } from '../lib/content/dates.ts';
import { shown } from '../lib/content/schema-errors.ts';
import { SLUG, SLUG_RULE } from '../lib/content/slug.ts';

const missing = (expected: string) => `missing — expected ${expected}`;

/** Text between `min` and `max` characters (after trimming). */
export function text(expected: string, min: number, max?: number) {
  const range = max === undefined ? `at least ${min} characters` : `${min}–${max} characters`;
  let s = z
    .string({ error: (i) => (i.input === undefined ? missing(`${expected} (${range})`) : `expected ${expected} as text in quotes, got ${shown(i.input)}`) })
    .trim()
    .min(min, { error: (i) => `expected ${range}, got ${String(i.input).length}` });
  if (max !== undefined) s = s.max(max, { error: (i) => `expected ${range}, got ${String(i.input).length}` });
  return s;
}

/** An id such as a category or article slug: `reset-password`. */
export function slug(expected: string) {
  return z
    .string({ error: (i) => (i.input === undefined ? missing(expected) : `expected ${expected}, like reset-password, got ${shown(i.input)}`) })
    .regex(SLUG, { error: (i) => `${shown(i.input)} is not a slug — expected ${expected}: ${SLUG_RULE}` });
}

/** A whole number ≥ 0 used for sorting. */
export function order() {
  return z
    .number({ error: (i) => `expected a whole number like 10 (smaller comes first), got ${shown(i.input)}` })
    .int({ error: (i) => `expected a whole number like 10, got ${shown(i.input)}` })
    .nonnegative({ error: (i) => `expected 0 or more, got ${shown(i.input)}` })
    .default(100);
}

/** A calendar day written YYYY-MM-DD (unquoted or quoted). */
export function day() {
  return z.preprocess(
    // A quoted day is a string to YAML; an impossible one (2026-02-30) stays a string and is refused below.
    (v) => (typeof v === 'string' ? (parseDay(v) ?? v) : v),
    z.date({
      error: (i) => (i.input === undefined ? missing('a date written as YYYY-MM-DD') : `expected a real date written as YYYY-MM-DD, got ${shown(i.input)}`),
    }),
  );
}

export function flag() {
  return z.boolean({ error: (i) => `expected true or false, got ${shown(i.input)}` }).default(false);
}

/** A list in square brackets. */
export function list<T extends z.ZodType>(item: T, example: string) {
  return z.array(item, { error: (i) => `expected a list in square brackets, like ${example}, got ${shown(i.input)}` }).default([]);
}
