/** Turns the tree plus one locale's strings into what the page renders: every text resolved, every link built. */
import type { LocaleStrings, NodeStrings, RecoveryTree, RecoveryView, ViewLink, ViewNode } from './types.ts';

/** Each string comes from the first locale in the chain that has it (a partial locale falls back per string). */
export function resolveNodeStrings(id: string, chain: readonly (LocaleStrings | undefined)[]): NodeStrings {
  const pick = <K extends keyof NodeStrings>(k: K): NodeStrings[K] => chain.find((c) => c?.[id]?.[k] !== undefined)?.[id]?.[k];
  const answers: Record<string, string> = {};
  for (const c of [...chain].reverse()) Object.assign(answers, c?.[id]?.answers ?? {});
  return {
    question: pick('question'),
    hint: pick('hint'),
    answers,
    title: pick('title'),
    time: pick('time'),
    steps: pick('steps'),
    prepare: pick('prepare'),
  };
}

/** "https://www.mi.com/global/support" → "mi.com/global/support": what the reader will see in the address bar. */
export function officialLabel(href: string): string {
  const u = new URL(href);
  const path = u.pathname.replace(/\/+$/, '');
  return `${u.hostname.replace(/^www\./, '')}${path}`;
}

export interface ViewLinks {
  /** Title and locale-relative href of an article, by slug. */
  article: (slug: string) => ViewLink;
  /** The marker of an official page that is not Xiaomi's (Google's help), if any. */
  officialMarker?: (href: string) => string | undefined;
}

export function buildView(tree: RecoveryTree, chain: readonly (LocaleStrings | undefined)[], links: ViewLinks): RecoveryView {
  const need = (id: string, field: string, value: string | undefined): string => {
    if (value === undefined) throw new Error(`recovery strings: node "${id}" has no ${field} in any locale of the chain`);
    return value;
  };
  const nodes: Record<string, ViewNode> = {};
  for (const [id, node] of Object.entries(tree.nodes)) {
    const s = resolveNodeStrings(id, chain);
    if (node.kind === 'question') {
      nodes[id] = {
        kind: 'question',
        id,
        question: need(id, 'question', s.question),
        ...(s.hint ? { hint: s.hint } : {}),
        answers: node.answers.map((a) => ({ ...a, label: need(id, `label for answer "${a.id}"`, s.answers?.[a.id]) })),
      };
    } else {
      nodes[id] = {
        kind: 'outcome',
        id,
        title: need(id, 'title', s.title),
        time: need(id, 'time', s.time),
        steps: s.steps ?? [],
        prepare: s.prepare ?? [],
        articles: node.articles.map(links.article),
        official: node.official.map((href) => {
          const marker = links.officialMarker?.(href);
          return { href, label: officialLabel(href), ...(marker ? { marker } : {}) };
        }),
      };
    }
  }
  return { root: tree.root, nodes };
}
