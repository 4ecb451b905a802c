/**
 * The recovery-path decision tree. The structure (content/recovery/tree.yaml) is written once;
 * the words (content/recovery/strings/<locale>.yaml) once per locale, keyed by node id.
 */
import type { ClientStrings, Translator } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/types.ts';

/** One choice of a question: `id` is what the URL shows (`?path=account.no-phone`), `next` the node it leads to. */
export interface Answer {
  id: string;
  next: string;
}

export interface QuestionNode {
  kind: 'question';
  /** In the order the reader sees them. */
  answers: readonly Answer[];
}

export interface OutcomeNode {
  kind: 'outcome';
  /** Slugs of the articles that go deeper (locale-relative). */
  articles: readonly string[];
  /** Official Xiaomi pages where the reader acts. */
  official: readonly string[];
}

export type TreeNode = QuestionNode | OutcomeNode;

/** The minimum the walking functions need: the start node and which answer leads where. */
export interface Graph {
  root: string;
  nodes: Readonly<Record<string, { kind: 'question'; answers: readonly Answer[] } | { kind: 'outcome' }>>;
}

export interface RecoveryTree extends Graph {
  nodes: Readonly<Record<string, TreeNode>>;
}

/** The words of one node in one locale. A question uses question/hint/answers; an outcome the rest. */
export interface NodeStrings {
  question?: string | undefined;
  hint?: string | undefined;
  /** Answer id → label. */
  answers?: Readonly<Record<string, string>> | undefined;
  title?: string | undefined;
  /** Expected time, hedged where the facts are uncertain. */
  time?: string | undefined;
  steps?: readonly string[] | undefined;
  /** What to have at hand before starting. */
  prepare?: readonly string[] | undefined;
}

/** Node id → words, for one locale. */
export type LocaleStrings = Readonly<Record<string, NodeStrings>>;

/** What the island and the no-JS tree render: one locale, every string resolved, links built. */
export interface ViewQuestion {
  kind: 'question';
  id: string;
  question: string;
  hint?: string | undefined;
  answers: readonly (Answer & { label: string })[];
}

export interface ViewLink {
  label: string;
  href: string;
  /** For an official page run by someone other than Xiaomi: its marker, e.g. "official Google page". */
  marker?: string;
}

export interface ViewOutcome {
  kind: 'outcome';
  id: string;
  title: string;
  time: string;
  steps: readonly string[];
  prepare: readonly string[];
  articles: readonly ViewLink[];
  official: readonly ViewLink[];
}

export type ViewNode = ViewQuestion | ViewOutcome;

export interface RecoveryView extends Graph {
  nodes: Readonly<Record<string, ViewNode>>;
}

/** The interface strings the selector uses, handed over with `clientStrings(lang, RECOVERY_KEYS)` (src/i18n/index.ts). */
export const RECOVERY_KEYS = [
  'recovery.progress',
  'recovery.progressDone',
  'recovery.pathSoFar',
  'recovery.changeAnswer',
  'recovery.back',
  'recovery.startOver',
  'recovery.badPath',
  'recovery.announceOutcome',
  'recovery.time',
  'recovery.prepare',
  'recovery.steps',
  'recovery.readMore',
  'recovery.official',
  'officialLink.marker',
  'recovery.print',
  'recovery.copy',
  'recovery.copied',
  'recovery.copyFailed',
  'recovery.copyText',
  'recovery.openFull',
] as const satisfies readonly MessageKey[];
export type RecoveryKey = (typeof RECOVERY_KEYS)[number];
export type RecoveryStrings = ClientStrings<RecoveryKey>;
export type RecoveryT = Translator<RecoveryKey>;
