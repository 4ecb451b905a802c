import { DICTIONARIES, DICTIONARY_PARTS } from './dictionaries/index.ts';
import { LOCALES, SOURCE_LOCALE, fallbackChain, localeInfo, type Locale } from './locales.ts';
import { translator, type ClientStrings } from './format.ts';
import type { Message, MessageKey, PartialDictionary, Vars } from './types.ts';

export * from './locales.ts';
export type { Dictionary, MessageKey, PartialDictionary } from './types.ts';

export type Translate = (key: MessageKey, vars?: Vars) => string;

/** Every key a dictionary can have (the source's, both parts). */
export const MESSAGE_KEYS: readonly MessageKey[] = DICTIONARY_PARTS.flatMap((p) => p.keys) as MessageKey[];

/** Fails loudly if a dictionary has a key the source lacks (a typo, or a JS-only edit the type checker misses). */
export function assertDictionaries(dicts: Record<string, Record<string, unknown>>, source = SOURCE_LOCALE as string): void {
  const reference = new Set(Object.keys(dicts[source] ?? {}));
  for (const [code, dict] of Object.entries(dicts)) {
    const extra = Object.keys(dict).filter((k) => !reference.has(k));
    if (extra.length) {
      throw new Error(
        `src/i18n/dictionaries/${code}.ts: unknown key(s) ${extra.map((k) => `"${k}"`).join(', ')} — expected only keys of src/i18n/dictionaries/${source}.ts, password/${source}.ts or feedback/${source}.ts`,
      );
    }
  }
}

/** The languages a locale's UI strings come from, in order: its fallback chain, then the source language. */
export function stringsChain(code: Locale): Locale[] {
  const chain = fallbackChain(code);
  return chain.includes(SOURCE_LOCALE) ? chain : [...chain, SOURCE_LOCALE];
}

/**
 * One locale's strings, key by key: its own where it has them, else the first language of its chain
 * that does (like Starlight's fallback to the default locale). `langs` says where each key came from.
 */
export function resolveStrings(code: Locale, dicts: Readonly<Record<string, PartialDictionary>> = DICTIONARIES): { messages: Record<MessageKey, Message>; langs: Record<MessageKey, Locale> } {
  const messages = {} as Record<MessageKey, Message>;
  const langs = {} as Record<MessageKey, Locale>;
  const chain = stringsChain(code);
  for (const key of MESSAGE_KEYS) {
    for (const lang of chain) {
      const m = dicts[lang]?.[key];
      if (m === undefined) continue;
      messages[key] = m;
      langs[key] = lang;
      break;
    }
  }
  return { messages, langs };
}

/**
 * A translator for one dictionary: plain strings, `{var}` interpolation and plural forms
 * (src/i18n/format.ts); `fallbackTags` formats borrowed keys by their own language's rules.
 */
export function makeT(dict: PartialDictionary, tag: string, fallbackTags?: Partial<Record<MessageKey, string>>): Translate {
  return translator({ tag, messages: dict as Record<MessageKey, Message>, ...(fallbackTags ? { fallbackTags } : {}) });
}

assertDictionaries(DICTIONARIES as unknown as Record<string, Record<string, unknown>>);

/** The tags of the keys a locale borrows from another language (empty for a locale with every key). */
function borrowedTags(code: Locale, langs: Record<MessageKey, Locale>, keys: readonly MessageKey[]): Partial<Record<MessageKey, string>> | undefined {
  const tags: Partial<Record<MessageKey, string>> = {};
  for (const k of keys) if (langs[k] !== undefined && langs[k] !== code) tags[k] = localeInfo(langs[k]).tag;
  return Object.keys(tags).length ? tags : undefined;
}

const resolved = new Map<Locale, ReturnType<typeof resolveStrings>>();
const resolve = (code: Locale) => {
  let r = resolved.get(code);
  if (!r) resolved.set(code, (r = resolveStrings(code)));
  return r;
};

const cache = new Map<Locale, Translate>();
const names = new Map<Locale, Intl.DisplayNames>();
/**
 * `t()` for a locale. A key the locale lacks comes from its chain and is formatted with the plural
 * rules and digits of the language it is written in (an English fallback string says "2 articles"
 * by English rules, not German or Arabic ones).
 */
export function useTranslations(locale: Locale): Translate {
  let t = cache.get(locale);
  if (!t) {
    const { messages, langs } = resolve(locale);
    t = makeT(messages as PartialDictionary, localeInfo(locale).tag, borrowedTags(locale, langs, MESSAGE_KEYS));
    cache.set(locale, t);
  }
  return t;
}

/** The language each of a locale's UI strings is written in (its own code where it has the key). */
export function stringLanguage(locale: Locale, key: MessageKey): Locale {
  return resolve(locale).langs[key];
}

/** The site's own keys, the password checker's and the reader-feedback widget's. */
export const SITE_KEYS = DICTIONARY_PARTS[0].keys as readonly MessageKey[];
export const PASSWORD_KEYS = DICTIONARY_PARTS[1].keys as readonly MessageKey[];
export const FEEDBACK_KEYS = DICTIONARY_PARTS[2].keys as readonly MessageKey[];

/** Whether the locale has all of `keys` in its own dictionary (none borrowed from its chain). */
export function ownsStrings(locale: Locale, keys: readonly MessageKey[] = MESSAGE_KEYS): boolean {
  const { langs } = resolve(locale);
  return keys.every((k) => langs[k] === locale);
}

export function languageName(code: Locale, inLocale: Locale): string {
  let inNames = names.get(inLocale);
  if (!inNames) names.set(inLocale, (inNames = new Intl.DisplayNames([localeInfo(inLocale).tag], { type: 'language' })));
  return inNames.of(localeInfo(code).tag) ?? localeInfo(code).nativeName;
}

export { LOCALES };

/** A key, or a namespace written with its dot ("password."). */
export type StringSelector = MessageKey | `${string}.`;
/** The keys a list of selectors picks. */
export type SelectedKey<S extends StringSelector> = S extends MessageKey ? S : S extends `${infer P}.` ? Extract<MessageKey, `${P}.${string}`> : never;

/**
 * The one way a page hands a locale's strings to the browser (an island's prop, a script's data
 * attribute): the messages the selectors pick, with the language's tag, formatted there by
 * `translator` from src/i18n/format.ts exactly as on the server. Nothing else of the dictionary ships.
 */
export function clientStrings<S extends StringSelector>(lang: Locale, selectors: readonly S[]): ClientStrings<SelectedKey<S>> {
  const { messages: all, langs } = resolve(lang);
  const dict = all as Record<string, Message>;
  const messages: Record<string, Message> = {};
  for (const s of selectors) {
    const keys = s.endsWith('.') ? Object.keys(dict).filter((k) => k.startsWith(s)) : [s];
    if (!keys.length || keys.some((k) => !(k in dict))) throw new Error(`clientStrings: "${s}" selects no UI string of ${lang}`);
    for (const k of keys) messages[k] = dict[k]!;
  }
  const fallbackTags = borrowedTags(lang, langs, Object.keys(messages) as MessageKey[]);
  return { tag: localeInfo(lang).tag, messages, ...(fallbackTags ? { fallbackTags } : {}) } as ClientStrings<SelectedKey<S>>;
}

/**
 * The notice on a page whose text is another language's: "not yet translated into {pageLanguage};
 * here is the {language} version". Where the locale lacks the notice's words they come from its chain,
 * with the language names written in that language too; `lang` says which language the notice is in.
 */
export function fallbackNotice(page: Locale, key: 'article.fallbackNotice' | 'page.fallbackNotice', shown: Locale): { text: string; lang: Locale } {
  const lang = stringLanguage(page, key);
  return { text: useTranslations(page)(key, { pageLanguage: languageName(page, lang), language: languageName(shown, lang) }), lang };
}
