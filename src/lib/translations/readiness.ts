/**
 * A locale's readiness, file by file: what it has of its own, what readers see in a fallback language
 * instead, and what it still needs before it can be `full: true`. The kinds come from the content
 * model (src/lib/content/model.ts); UI strings from the dictionary parts (src/i18n/dictionaries/).
 * Pure: callers read the files (the build at content load, `npm run i18n:status -- --locale <code>`).
 */
import { CONTENT_MODEL, kindPath, type ContentKindInfo } from '../content/model.ts';

export interface ReadinessLocale {
  code: string;
  full: boolean;
  /** Where to look, in order, when this locale lacks something. */
  fallback: readonly string[];
  /** Pagefind language (its stop words). */
  searchLang: string;
}

/** One part of the UI strings: the site's own, or a feature's (the password checker). */
export interface DictionaryPart {
  name: string;
  /** The file a locale's strings of this part live in. */
  file: (locale: string) => string;
  /** Every key of the part (the source language's). */
  keys: readonly string[];
}

export interface ReadinessInput {
  locale: ReadinessLocale;
  sourceLocale: string;
  /** Every content file, from the repository root (`content/articles/ru/reset-password.mdx`). */
  files: readonly string[];
  /** Content files that are drafts (readers do not see them: they count as missing). */
  drafts?: readonly string[];
  dictionary: {
    parts: readonly DictionaryPart[];
    /** The keys a locale's dictionary has (empty for a locale without one). */
    keysOf: (locale: string) => readonly string[];
  };
  /** The Pagefind languages that have a stop-word list. */
  stopWordLangs?: readonly string[];
}

export interface ReadinessItem {
  /** The content kind's name (`articles`, `proof`…), `dictionary` or `stopWords`. */
  kind: string;
  /** The locale's file (existing or to create). */
  file: string;
  /** The entry's slug, for kinds written as one file per entry. */
  slug?: string;
  /** Readers see this language's version instead (fallsBack); none when nothing stands in. */
  from?: string;
  /** The file to translate from (needs). */
  source?: string;
  /** More words: the missing keys, why a file counts as missing. */
  detail?: string;
  /** Dictionary items: the keys concerned. */
  keys?: string[];
}

export interface Readiness {
  locale: string;
  full: boolean;
  /** What the locale has of its own. */
  has: ReadinessItem[];
  /** What readers see in another language (or not at all), and from where. */
  fallsBack: ReadinessItem[];
  /** What a full locale must have and this one lacks: empty when it can be (or is rightly) `full: true`. */
  needs: ReadinessItem[];
  /** Not required, but the locale is poorer without it (stop words for its search). */
  suggests: ReadinessItem[];
}

const KEYS_SHOWN = 8;
const keyList = (keys: readonly string[]) =>
  keys.length <= KEYS_SHOWN ? keys.join(', ') : `${keys.slice(0, KEYS_SHOWN).join(', ')} and ${keys.length - KEYS_SHOWN} more`;

/** The chain a locale falls back through, the source language last if the chain leaves it out. */
export function readinessChain(locale: ReadinessLocale, sourceLocale: string): string[] {
  const chain = [...locale.fallback];
  if (locale.code !== sourceLocale && !chain.includes(sourceLocale)) chain.push(sourceLocale);
  return chain;
}

function entriesOf(kind: ContentKindInfo, files: ReadonlySet<string>, locale: string): Set<string> {
  const prefix = `${kind.dir}/${locale}/`;
  const out = new Set<string>();
  for (const f of files) {
    if (f.startsWith(prefix) && f.endsWith(kind.ext) && !f.slice(prefix.length).includes('/')) out.add(f.slice(prefix.length, -kind.ext.length));
  }
  return out;
}

export function readiness(input: ReadinessInput): Readiness {
  const { locale, sourceLocale } = input;
  const code = locale.code;
  const chain = readinessChain(locale, sourceLocale);
  const drafts = new Set(input.drafts ?? []);
  // A draft is there for its writer only: readers (and readiness) see the locale without it.
  const files = new Set(input.files.filter((f) => !drafts.has(f)));
  const out: Readiness = { locale: code, full: locale.full, has: [], fallsBack: [], needs: [], suggests: [] };
  const order = (a: ReadinessItem, b: ReadinessItem) => a.file.localeCompare(b.file);

  for (const kind of CONTENT_MODEL) {
    if (!kind.perLocale) continue;
    if (kind.shape === 'entries') {
      const own = entriesOf(kind, files, code);
      const inChain = chain.map((l) => ({ lang: l, slugs: entriesOf(kind, files, l) }));
      const reference = code === sourceLocale ? new Set<string>() : entriesOf(kind, files, sourceLocale);
      const slugs = new Set([...own, ...inChain.flatMap((c) => [...c.slugs]), ...reference]);
      for (const slug of [...slugs].sort()) {
        const file = kindPath(kind, code, slug);
        if (own.has(slug)) {
          out.has.push({ kind: kind.name, file, slug });
          continue;
        }
        const from = inChain.find((c) => c.slugs.has(slug))?.lang;
        const draft = drafts.has(file) ? 'a draft: not published yet' : undefined;
        if (from) out.fallsBack.push({ kind: kind.name, file, slug, from, ...(draft ? { detail: draft } : {}) });
        if (kind.fullNeeds === 'entries' && reference.has(slug)) {
          out.needs.push({ kind: kind.name, file, slug, source: kindPath(kind, sourceLocale, slug), ...(draft ? { detail: draft } : {}) });
        }
      }
    } else if (kind.shape === 'file') {
      const file = kindPath(kind, code);
      if (files.has(file)) {
        out.has.push({ kind: kind.name, file });
        continue;
      }
      const readersSee = !/^none\b/.test(kind.fallback);
      const from = readersSee ? chain.find((l) => files.has(kindPath(kind, l))) : undefined;
      out.fallsBack.push({ kind: kind.name, file, ...(from ? { from } : {}), ...(readersSee ? {} : { detail: kind.fallback }) });
      if (kind.fullNeeds === 'file') {
        const source = kindPath(kind, sourceLocale);
        out.needs.push({ kind: kind.name, file, ...(files.has(source) ? { source } : {}) });
      }
    }
  }

  const own = new Set(input.dictionary.keysOf(code));
  for (const part of input.dictionary.parts) {
    const file = part.file(code);
    const missing = part.keys.filter((k) => !own.has(k));
    if (!missing.length) {
      out.has.push({ kind: 'dictionary', file, detail: `${part.name}: all ${part.keys.length} keys` });
      continue;
    }
    // Key by key: each missing key comes from the first language of the chain that has it.
    const byLang = new Map<string, string[]>();
    for (const k of missing) {
      const from = chain.find((l) => input.dictionary.keysOf(l).includes(k)) ?? '';
      byLang.set(from, [...(byLang.get(from) ?? []), k]);
    }
    const ownCount = part.keys.length - missing.length;
    if (ownCount) out.has.push({ kind: 'dictionary', file, detail: `${part.name}: ${ownCount} of ${part.keys.length} keys` });
    for (const [from, keys] of byLang) {
      out.fallsBack.push({ kind: 'dictionary', file, ...(from ? { from } : {}), detail: `${part.name}: ${keys.length} key(s): ${keyList(keys)}` });
    }
    out.needs.push({ kind: 'dictionary', file, source: part.file(sourceLocale), detail: `${part.name}: ${missing.length} of ${part.keys.length} key(s) missing: ${keyList(missing)}`, keys: missing });
  }

  if (input.stopWordLangs && !input.stopWordLangs.includes(locale.searchLang)) {
    out.suggests.push({
      kind: 'stopWords',
      file: 'src/lib/search/stop-words.ts',
      detail: `no stop words for "${locale.searchLang}": every word of a query is required, even "the" or "my"`,
    });
  }
  for (const list of [out.has, out.fallsBack, out.needs, out.suggests]) list.sort(order);
  return out;
}

/** The build's refusal: one line per file a full locale still needs (empty for a partial locale). */
export function fullLocaleProblems(r: Readiness): string[] {
  if (!r.full) return [];
  const why = `${r.locale} is a full locale (full: true in src/i18n/locales.ts)`;
  const partial = 'or make the locale partial (full: false) until it is done';
  return r.needs.map((n) =>
    n.keys
      ? `${n.file}: missing key(s) ${n.keys.map((k) => `"${k}"`).join(', ')} — ${why}; add them (${n.source}), ${partial}`
      : `${n.file}: missing — ${why}${n.detail ? ` (${n.detail})` : ''}; ${n.source ? `translate ${n.source}` : 'add it'}, ${partial}`,
  );
}

/** The readiness report as text, for `npm run i18n:status -- --locale <code>`. */
export function formatReadiness(r: Readiness): string {
  const lines = [`${r.locale} (${r.full ? 'full locale' : 'partial locale'}): ${r.has.length} file(s) of its own, ${r.fallsBack.length} falling back, ${r.needs.length} needed for a full locale`];
  const section = (title: string, items: ReadinessItem[], detail: (i: ReadinessItem) => string) => {
    if (!items.length) return;
    lines.push(`  ${title}:`);
    for (const i of items) lines.push(`    ${i.file}${detail(i)}`);
  };
  section('needs (a full locale must have)', r.needs, (i) => `${i.detail ? ` — ${i.detail}` : ''}${i.source ? ` — translate ${i.source}` : ''}`);
  section('falls back (readers see another language)', r.fallsBack, (i) => `${i.from ? ` — shown in ${i.from}` : ' — nothing shown instead'}${i.detail ? ` (${i.detail})` : ''}`);
  section('suggested', r.suggests, (i) => (i.detail ? ` — ${i.detail}` : ''));
  section('has', r.has, (i) => (i.detail ? ` — ${i.detail}` : ''));
  if (!r.needs.length) lines.push(r.full ? '  ready: nothing missing' : '  ready to become full: true');
  return lines.join('\n');
}
