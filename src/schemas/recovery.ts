import { z } from 'astro/zod';
import { SLUG } from '../lib/content/slug.ts';

/** Node and answer ids: they appear in URLs (`?path=account.no-phone`) and in page anchors. */
const id = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, { error: 'expected an id: lowercase latin letters, digits and single hyphens, starting with a letter' });
const slug = z.string().regex(SLUG, { error: 'expected an article slug: the file name without .mdx' });
const text = z.string().trim().min(1, { error: 'expected text, found an empty string' });

// Nodes are loose objects: an unknown field is reported by the validator (lib/recovery/validate.ts),
// which can name the node; a strict schema would only name the file.
const question = z.looseObject({
  kind: z.literal('question'),
  /** Answer id → id of the node it leads to, in the order readers see them. */
  answers: z
    .record(id, id, { error: 'answers: expected a map of answer id → next node id' })
    .default({})
    .transform((m) => Object.entries(m).map(([answer, next]) => ({ id: answer, next }))),
});

const outcome = z.looseObject({
  kind: z.literal('outcome'),
  /** Slugs of the articles that go deeper; links resolve in the reader's locale. */
  articles: z.array(slug).default([]),
  /** Official Xiaomi pages (https) where the reader acts. */
  official: z.array(z.string()).default([]),
});

/** `content/recovery/tree.yaml`: the structure of the selector, written once for every locale. */
export const recoveryTreeSchema = z.strictObject({
  /** Id of the first question. */
  root: id,
  /** Node id → a question (`kind: question`, `answers`) or an outcome (`kind: outcome`, `articles`, `official`). */
  nodes: z.record(
    id,
    z.discriminatedUnion('kind', [question, outcome], { error: 'expected kind: question or kind: outcome' }),
  ),
});

const nodeStrings = z.looseObject({
  /** Questions: the question, an optional hint under it, and a label per answer id. */
  question: text.optional(),
  hint: text.optional(),
  answers: z.record(id, text).optional(),
  /** Outcomes: title, expected time, 3–6 steps and what to prepare. */
  title: text.optional(),
  time: text.optional(),
  steps: z.array(text).optional(),
  prepare: z.array(text).optional(),
});

/** `content/recovery/strings/<locale>.yaml`: node id → the words of that node in one language. */
export const recoveryStringsSchema = z.record(id, nodeStrings);

export type RecoveryTreeData = z.infer<typeof recoveryTreeSchema>;
export type RecoveryStringsData = z.infer<typeof recoveryStringsSchema>;
