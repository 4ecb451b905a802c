/**
 * Build-time checks of the recovery tree and its strings. Each problem names the file and the node,
 * and says what was expected, so an editor can fix it without reading code.
 */
import { officialLinkProblem } from '../official.ts';
import type { LocaleStrings, NodeStrings, RecoveryTree } from './types.ts';

export const STEPS_MIN = 3;
export const STEPS_MAX = 6;
export const PREPARE_MIN = 1;
export const PREPARE_MAX = 6;

const QUESTION_FIELDS = ['kind', 'answers'];
const OUTCOME_FIELDS = ['kind', 'articles', 'official'];
const STRING_FIELDS = ['question', 'hint', 'answers', 'title', 'time', 'steps', 'prepare'];

/** Fields of `value` that are not in `allowed` (typos such as "titel" or "artciles"). */
function unknownFields(value: object, allowed: readonly string[]): string[] {
  return Object.keys(value).filter((k) => !allowed.includes(k));
}

export interface StringsFile {
  locale: string;
  /** Path shown in messages: content/recovery/strings/<locale>.yaml. */
  file: string;
  /** A full locale must give every node its words; others fall back per string. */
  full: boolean;
  /** undefined when the file does not exist. */
  strings: LocaleStrings | undefined;
}

export interface RecoveryInput {
  treeFile: string;
  tree: RecoveryTree;
  strings: readonly StringsFile[];
  /** Slugs of every article of the site (in any locale). */
  articleSlugs: ReadonlySet<string>;
}

const list = (xs: Iterable<string>) => [...xs].map((x) => `"${x}"`).join(', ');

export function validateTree(treeFile: string, tree: RecoveryTree, articleSlugs: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const at = (id: string, text: string) => problems.push(`${treeFile}: node "${id}": ${text}`);
  const ids = Object.keys(tree.nodes);

  const root = tree.nodes[tree.root];
  if (!root) {
    problems.push(`${treeFile}: root: "${tree.root}" is not a node of this file (expected one of ${list(ids)})`);
    return problems;
  }
  if (root.kind !== 'question') at(tree.root, 'the root must be a question, not an outcome');

  for (const [id, node] of Object.entries(tree.nodes)) {
    const allowed = node.kind === 'question' ? QUESTION_FIELDS : OUTCOME_FIELDS;
    for (const f of unknownFields(node, allowed)) at(id, `${f}: unknown field — ${node.kind === 'question' ? 'a question' : 'an outcome'} has only ${allowed.join(', ')}`);
    if (node.kind === 'question') {
      if (node.answers.length < 2) {
        at(id, `a question needs at least two answers, found ${node.answers.length}`);
      }
      for (const a of node.answers) {
        if (!tree.nodes[a.next]) at(id, `answer "${a.id}" leads to "${a.next}", which is not a node of this file (expected one of ${list(ids)})`);
        else if (a.next === id) at(id, `answer "${a.id}" leads back to the same question`);
      }
    } else {
      if (node.articles.length === 0) at(id, 'articles: expected at least one article slug that goes deeper');
      for (const slug of node.articles) {
        if (!articleSlugs.has(slug)) at(id, `articles: no article with slug "${slug}" (expected one of ${list([...articleSlugs].sort())})`);
      }
      if (node.official.length === 0) at(id, 'official: expected at least one official page where the reader acts');
      for (const href of node.official) {
        const problem = officialLinkProblem(href, id);
        if (problem) at(id, `official: ${problem}`);
      }
    }
  }

  // Cycles: depth-first, reporting the chain once, at the node whose answer closes the loop.
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string) => {
    state.set(id, 'open');
    stack.push(id);
    const node = tree.nodes[id];
    if (node?.kind === 'question') {
      for (const a of node.answers) {
        if (!tree.nodes[a.next] || a.next === id) continue;
        const s = state.get(a.next);
        if (s === 'open') {
          const chain = [...stack.slice(stack.indexOf(a.next)), a.next].join(' → ');
          at(id, `answer "${a.id}" leads back to "${a.next}": a cycle (${chain}); every answer must lead further down the tree`);
        } else if (!s) visit(a.next);
      }
    }
    stack.pop();
    state.set(id, 'done');
  };
  visit(tree.root);

  for (const id of ids) {
    if (!state.has(id)) at(id, `unreachable: no chain of answers from "${tree.root}" leads to it (link it from a question or delete it)`);
  }
  return problems;
}

function checkNodeStrings(
  file: StringsFile,
  id: string,
  node: RecoveryTree['nodes'][string],
  s: NodeStrings | undefined,
): string[] {
  const problems: string[] = [];
  const at = (text: string) => problems.push(`${file.file}: node "${id}": ${text}`);
  const required = file.full;
  if (!s) {
    if (required) {
      at(node.kind === 'question' ? 'missing — expected question and a label for each answer' : 'missing — expected title, time, steps and prepare');
    }
    return problems;
  }
  for (const f of unknownFields(s, STRING_FIELDS)) at(`${f}: unknown field — expected ${STRING_FIELDS.join(', ')}`);
  const misplaced = (fields: (keyof NodeStrings)[], kind: string) =>
    fields.filter((f) => s[f] !== undefined).forEach((f) => at(`${f}: "${id}" is ${kind}, so it has no ${f}`));

  if (node.kind === 'question') {
    misplaced(['title', 'time', 'steps', 'prepare'], 'a question');
    if (s.question === undefined && required) at('question: missing — expected the question text');
    const labels = s.answers ?? {};
    for (const a of node.answers) {
      if (labels[a.id] === undefined && required) at(`answers: missing the label of answer "${a.id}"`);
    }
    for (const key of Object.keys(labels)) {
      if (!node.answers.some((a) => a.id === key)) {
        at(`answers: "${key}" is not an answer of this question in the tree (expected ${list(node.answers.map((a) => a.id))})`);
      }
    }
  } else {
    misplaced(['question', 'hint', 'answers'], 'an outcome');
    for (const f of ['title', 'time', 'steps', 'prepare'] as const) {
      if (s[f] === undefined && required) at(`${f}: missing`);
    }
    if (s.steps && (s.steps.length < STEPS_MIN || s.steps.length > STEPS_MAX)) {
      at(`steps: expected ${STEPS_MIN}–${STEPS_MAX} short steps, found ${s.steps.length}`);
    }
    if (s.prepare && (s.prepare.length < PREPARE_MIN || s.prepare.length > PREPARE_MAX)) {
      at(`prepare: expected ${PREPARE_MIN}–${PREPARE_MAX} items, found ${s.prepare.length}`);
    }
  }
  return problems;
}

export function validateStrings(treeFile: string, tree: RecoveryTree, file: StringsFile): string[] {
  if (!file.strings) {
    return file.full ? [`${file.file}: missing — ${file.locale} is a fully translated locale, so every node of ${treeFile} needs its words there`] : [];
  }
  const problems: string[] = [];
  for (const [id, node] of Object.entries(tree.nodes)) problems.push(...checkNodeStrings(file, id, node, file.strings[id]));
  for (const id of Object.keys(file.strings)) {
    if (!tree.nodes[id]) problems.push(`${file.file}: node "${id}": no such node in ${treeFile} (rename or delete these strings)`);
  }
  return problems;
}

/** Every problem of the tree and of every locale's strings; empty when the selector can be built. */
export function validateRecovery(input: RecoveryInput): string[] {
  return [
    ...validateTree(input.treeFile, input.tree, input.articleSlugs),
    ...input.strings.flatMap((f) => validateStrings(input.treeFile, input.tree, f)),
  ];
}
