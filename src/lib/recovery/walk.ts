/**
 * Walking the tree and the path in the URL. A path is the list of answer ids from the start,
 * written with dots: `?path=account.no-phone.no-email`. Anything that does not follow the tree
 * answer by answer is rejected, never guessed.
 */
import { SLUG_PART } from '../content/slug.ts';
import type { Graph } from './types.ts';

export const PATH_PARAM = 'path';
const SEPARATOR = '.';
/** Answer ids are slugs; a path is at most this long (a real one is a handful of answers). */
const MAX_PATH_LENGTH = 400;
const PATH_PATTERN = new RegExp(`^${SLUG_PART}(?:\\.${SLUG_PART})*$`);

export interface Step {
  /** The question answered. */
  nodeId: string;
  answerId: string;
}

export type Walk =
  | { ok: true; nodeId: string; trail: Step[] }
  | { ok: false; reason: string; trail: Step[] };

export function encodePath(answers: readonly string[]): string {
  return answers.join(SEPARATOR);
}

/** Follows the answers from the root; stops at the first one that the current question does not offer. */
export function walk(graph: Graph, answers: readonly string[]): Walk {
  let nodeId = graph.root;
  const trail: Step[] = [];
  for (const answerId of answers) {
    const node = graph.nodes[nodeId];
    if (!node) return { ok: false, reason: `node "${nodeId}" does not exist`, trail };
    if (node.kind !== 'question') return { ok: false, reason: `"${nodeId}" is an outcome: nothing comes after it`, trail };
    const answer = node.answers.find((a) => a.id === answerId);
    if (!answer) return { ok: false, reason: `question "${nodeId}" has no answer "${answerId}"`, trail };
    trail.push({ nodeId, answerId });
    nodeId = answer.next;
  }
  if (!graph.nodes[nodeId]) return { ok: false, reason: `node "${nodeId}" does not exist`, trail };
  return { ok: true, nodeId, trail };
}

export type Decoded =
  | { status: 'empty' }
  | { status: 'ok'; answers: string[]; nodeId: string; trail: Step[] }
  | { status: 'invalid'; reason: string };

/** Reads a `?path=` value. Missing or empty → the start; unknown or malformed → invalid. */
export function decodePath(graph: Graph, raw: string | null | undefined): Decoded {
  if (raw === null || raw === undefined || raw === '') return { status: 'empty' };
  if (raw.length > MAX_PATH_LENGTH) return { status: 'invalid', reason: `longer than ${MAX_PATH_LENGTH} characters` };
  if (!PATH_PATTERN.test(raw)) return { status: 'invalid', reason: 'expected answer ids (a-z, 0-9, -) separated by dots' };
  const answers = raw.split(SEPARATOR);
  const w = walk(graph, answers);
  if (!w.ok) return { status: 'invalid', reason: w.reason };
  return { status: 'ok', answers, nodeId: w.nodeId, trail: w.trail };
}

/** The `path` parameter of a query string ("?path=a.b&x=1" → "a.b"). */
export function readPathParam(search: string): string | null {
  return new URLSearchParams(search).get(PATH_PARAM);
}

/** The URL of a step on the page at `pathname`; the start has no query. */
export function stepHref(pathname: string, answers: readonly string[]): string {
  return answers.length ? `${pathname}?${PATH_PARAM}=${encodePath(answers)}` : pathname;
}

/** Id of a question's block in the no-JavaScript tree on the page. */
export function stepAnchor(answers: readonly string[]): string {
  return answers.length ? `r-${encodePath(answers)}` : 'recovery-start';
}

/** Id of an outcome's section in the no-JavaScript tree. */
export function outcomeAnchor(nodeId: string): string {
  return `o-${nodeId}`;
}

/** The answers in `#r-a.b` (a link into the no-JS tree), if the fragment is one. */
export function answersFromAnchor(hash: string): string[] | null {
  const m = /^#?r-(.+)$/.exec(hash);
  if (!m?.[1]) return null;
  try {
    return decodeURIComponent(m[1]).split(SEPARATOR);
  } catch {
    return null;
  }
}

/**
 * The most questions a reader may still answer from `nodeId`, this one included (0 at an outcome).
 * Assumes an acyclic tree (the validator guarantees it); unknown nodes count as 0.
 */
export function questionsLeft(graph: Graph, nodeId: string, memo = new Map<string, number>()): number {
  const known = memo.get(nodeId);
  if (known !== undefined) return known;
  const node = graph.nodes[nodeId];
  let n = 0;
  if (node?.kind === 'question') {
    memo.set(nodeId, 0); // guards against a cycle in unvalidated input
    n = 1 + Math.max(0, ...node.answers.map((a) => questionsLeft(graph, a.next, memo)));
  }
  memo.set(nodeId, n);
  return n;
}

/** Progress at a step: which question this is and the most there can be on this route. */
export function progressAt(graph: Graph, answers: readonly string[], nodeId: string): { current: number; total: number } {
  const left = questionsLeft(graph, nodeId);
  const current = left > 0 ? answers.length + 1 : answers.length;
  return { current, total: answers.length + left };
}

export interface Route {
  answers: string[];
  nodeId: string;
}

/** Every route from the root, one per (path, node): what the no-JS tree expands and tests walk. */
export function allRoutes(graph: Graph, limit = 10_000): Route[] {
  const out: Route[] = [];
  const visit = (nodeId: string, answers: string[], seen: Set<string>) => {
    if (out.length >= limit) return;
    out.push({ answers, nodeId });
    const node = graph.nodes[nodeId];
    if (node?.kind !== 'question' || seen.has(nodeId)) return;
    const next = new Set(seen).add(nodeId);
    for (const a of node.answers) visit(a.next, [...answers, a.id], next);
  };
  visit(graph.root, [], new Set());
  return out;
}

/** Routes that end at an outcome. */
export function outcomeRoutes(graph: Graph): Route[] {
  return allRoutes(graph).filter((r) => graph.nodes[r.nodeId]?.kind === 'outcome');
}
