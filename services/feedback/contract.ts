/**
 * The contract of POST /api/feedback: what a reader may send, as the JSON schema Fastify validates
 * with, and the limits the site's widget and the report share. Documented in the README ("Reader
 * feedback"). Pure data: no Fastify, no storage.
 */

/** Why a page did not solve the reader's problem (the widget's choices, in this order). */
export const REASONS = ['not-my-case', 'steps-failed', 'unclear', 'wrong-or-outdated', 'other'] as const;
export type Reason = (typeof REASONS)[number];

/** Unicode code points (not UTF-16 units): a Hindi or emoji comment gets the same 500 as an English one. */
export const COMMENT_MAX = 500;
export const QUERY_MAX = 200;
/** The largest body the service reads (a 500-character Hindi comment sent as a form is about 4.5 KB). */
export const BODY_LIMIT = 16 * 1024;
/** Requests a minute from one address, unless FEEDBACK_RATE says otherwise. */
export const DEFAULT_RATE = 30;

export interface PageFeedback {
  kind: 'page';
  locale: string;
  /** A page of that locale, base path included: "/en/reset-password/". */
  path: string;
  helpful: boolean;
  /** Required when helpful is false, absent otherwise. */
  reason?: Reason;
  comment?: string;
  /** The recovery selector's outcome the answer is about. */
  outcome?: string;
}

export interface SearchFeedback {
  kind: 'search';
  locale: string;
  query: string;
}

export type Feedback = PageFeedback | SearchFeedback;

const locale = { type: 'string', minLength: 1, maxLength: 35 } as const;

/** The body's shape; which locale, path and outcome exist is checked against the built site afterwards. */
export const FEEDBACK_SCHEMA = {
  type: 'object',
  required: ['kind'],
  properties: { kind: { type: 'string', enum: ['page', 'search'] } },
  allOf: [
    {
      if: { properties: { kind: { const: 'page' } } },
      then: {
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'locale', 'path', 'helpful'],
        properties: {
          kind: { const: 'page' },
          locale,
          path: { type: 'string', minLength: 1, maxLength: 2048 },
          helpful: { type: 'boolean' },
          reason: { type: 'string', enum: [...REASONS] },
          comment: { type: 'string', maxLength: COMMENT_MAX },
          outcome: { type: 'string', minLength: 1, maxLength: 200 },
        },
        // A reason says why the page failed: required with "no" (refused with "yes": checked by reasonProblem, which can say so).
        if: { properties: { helpful: { const: false } } },
        then: { required: ['reason'] },
      },
    },
    {
      if: { properties: { kind: { const: 'search' } } },
      then: {
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'locale', 'query'],
        properties: {
          kind: { const: 'search' },
          locale,
          query: { type: 'string', minLength: 1, maxLength: QUERY_MAX },
        },
      },
    },
  ],
} as const;

/** The one rule the schema cannot phrase clearly: a reason goes only with "helpful": false. */
export function reasonProblem(body: Feedback): string | undefined {
  return body.kind === 'page' && body.helpful && body.reason !== undefined ? 'invalid feedback: reason is sent only with helpful false' : undefined;
}

interface SchemaError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** One line for the first schema error, naming the field: "invalid feedback: unknown field "x"". */
export function schemaMessage(errors: readonly SchemaError[]): string {
  const e = errors[0];
  if (!e) return 'invalid feedback';
  const field = e.instancePath.replace(/^\//, '').replace(/\//g, '.') || 'the body';
  const p = e.params;
  const text =
    e.keyword === 'additionalProperties' ? `unknown field "${String(p.additionalProperty)}"`
    : e.keyword === 'required' ? `missing field "${String(p.missingProperty)}"`
    : e.keyword === 'enum' ? `${field} must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
    : e.keyword === 'const' ? `${field} must be ${JSON.stringify(p.allowedValue)}`
    : e.keyword === 'type' ? `${field} must be ${p.type === 'object' ? 'a JSON object' : `a ${String(p.type)}`}`
    : e.keyword === 'maxLength' ? `${field} is longer than ${String(p.limit)} characters`
    : e.keyword === 'minLength' ? `${field} is empty`
    : `${field} ${e.message ?? 'is not valid'}`;
  return `invalid feedback: ${text}`;
}

/** What a plain HTML form sends, as the JSON body it stands for: "true"/"false" become booleans, a repeated field a list, an empty optional field nothing. */
export function formToBody(text: string): Record<string, unknown> {
  // No prototype: a field named "__proto__" is just an unknown field (refused by the schema).
  const body = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of new URLSearchParams(text)) {
    const v: unknown = key === 'helpful' && (value === 'true' || value === 'false') ? value === 'true' : value;
    if (Object.hasOwn(body, key)) {
      const prev = body[key];
      body[key] = Array.isArray(prev) ? [...prev, v] : [prev, v];
    } else body[key] = v;
  }
  // The widget's optional fields arrive empty when left blank.
  for (const k of ['comment', 'outcome']) if (body[k] === '') delete body[k];
  return body;
}
