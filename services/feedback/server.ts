/**
 * The feedback service as a Fastify app: POST /api/feedback (JSON, or a plain form answered with 303 to
 * the locale's thank-you page) and GET /api/feedback/health. It keeps nothing about the reader: no
 * address, user agent or cookie is stored or logged (the address only counts requests, in memory).
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { BODY_LIMIT, DEFAULT_RATE, FEEDBACK_SCHEMA, formToBody, reasonProblem, schemaMessage, type Feedback } from './contract.ts';
import { cleanText, redact } from './redact.ts';
import type { SiteModel } from './site.ts';
import { toHour, type FeedbackRow, type FeedbackStore } from './store.ts';

export interface ServerOptions {
  store: FeedbackStore;
  /** The built site as last read (a function: SIGHUP swaps it). */
  site: () => SiteModel;
  /** The site's origin (SITE_URL): a request without Sec-Fetch-Site must come from it. */
  origin: string;
  /** Requests a minute from one address (FEEDBACK_RATE). */
  rate?: number;
  now?: () => Date;
  /** Where the service says what it does (start, errors); never anything about a request. */
  log?: (line: string) => void;
}

const FORM = 'application/x-www-form-urlencoded';

/** What is wrong with a well-formed body, measured against the built site; undefined when nothing is. */
export function checkAgainstSite(body: Feedback, site: SiteModel): string | undefined {
  if (!site.locales.has(body.locale)) return `unknown locale "${body.locale}"; expected one of ${[...site.locales].join(', ')}`;
  if (body.kind === 'search') return undefined;
  if (site.pages.get(body.path) !== body.locale) return `path "${body.path}" is not a page of the ${body.locale} site`;
  if (body.outcome !== undefined && !site.outcomes.has(body.outcome)) return `unknown outcome "${body.outcome}"`;
  return undefined;
}

/** The row to store: the fields, comments and queries redacted, the time to the hour. */
export function toRow(body: Feedback, now: Date): FeedbackRow {
  const hour = toHour(now);
  if (body.kind === 'search') {
    return { kind: 'search', locale: body.locale, path: null, outcome: null, helpful: null, reason: null, comment: null, query: redact(body.query), hour };
  }
  const comment = body.comment === undefined ? '' : redact(body.comment);
  return {
    kind: 'page',
    locale: body.locale,
    path: body.path,
    outcome: body.outcome ?? null,
    helpful: body.helpful,
    reason: body.reason ?? null,
    comment: comment || null,
    query: null,
    hour,
  };
}

const fail = (reply: FastifyReply, status: number, error: string) => reply.code(status).send({ ok: false, error });

export async function feedbackServer(options: ServerOptions): Promise<FastifyInstance> {
  const { store, site, origin, rate = DEFAULT_RATE, now = () => new Date(), log = () => {} } = options;
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT,
    // Behind nginx the reader's address is the X-Forwarded-For nginx sets; only nginx (loopback) is believed.
    trustProxy: 'loopback',
    // The schema decides: no type coercion, no silently dropped fields.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, useDefaults: false, allErrors: false } },
    schemaErrorFormatter: (errors) => new Error(schemaMessage(errors)),
    requestIdHeader: false,
    return503OnClosing: true,
  });

  // JSON (Fastify's own parser, which refuses __proto__ keys) and plain forms; anything else is 415.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser(FORM, { parseAs: 'string' }, (_req, body, done) => done(null, formToBody(String(body))));

  app.addHook('onSend', async (_req, reply) => {
    reply.header('cache-control', 'no-store');
    reply.header('x-content-type-options', 'nosniff');
  });

  app.setErrorHandler((error: Error & { statusCode?: number; validation?: unknown }, _req, reply) => {
    const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) {
      log(`error: ${error.message}`);
      return fail(reply, 500, 'the feedback could not be stored');
    }
    return fail(reply, status, error.message);
  });
  app.setNotFoundHandler((_req, reply) => fail(reply, 404, 'not found: the service answers POST /api/feedback and GET /api/feedback/health'));

  await app.register(rateLimit, { global: false });

  /** A browser says where a request comes from (Sec-Fetch-Site); other clients must name the site's origin. */
  const sameOrigin = async (req: FastifyRequest, reply: FastifyReply) => {
    const fetchSite = req.headers['sec-fetch-site'];
    const ok = fetchSite !== undefined ? fetchSite === 'same-origin' : req.headers.origin === origin;
    if (!ok) return fail(reply, 403, 'feedback is accepted only from the site itself');
    return undefined;
  };

  app.post(
    '/api/feedback',
    {
      schema: { body: FEEDBACK_SCHEMA },
      config: { rateLimit: { max: rate, timeWindow: 60_000 } },
      onRequest: sameOrigin,
    },
    async (req, reply) => {
      const body = req.body as Feedback;
      const model = site();
      const problem = reasonProblem(body) ?? checkAgainstSite(body, model);
      if (problem) return fail(reply, 400, problem);
      if (body.kind === 'search' && !cleanText(body.query)) return fail(reply, 400, 'query is empty');
      await store.add(toRow(body, now()));
      if (req.headers['content-type']?.split(';')[0]?.trim().toLowerCase() === FORM) return reply.code(303).header('location', model.thanksPath(body.locale)).send();
      return reply.code(201).send({ ok: true });
    },
  );

  app.get('/api/feedback/health', async () => ({ ok: true }));

  return app;
}
