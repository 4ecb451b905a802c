import { DICTIONARIES } from './dictionaries/index.ts';
import { LOCALES, localeInfo, type Locale } from './locales.ts';
import { translator, type ClientStrings } from './format.ts';
import type { Dictionary, Message, MessageKey, Vars } from './types.ts';

export * from './locales.ts';
export type { Dictionary, MessageKey } from './types.ts';

export type Translate = (key: MessageKey, vars?: Vars) => string;

/** Fails loudly if a dictionary lacks a key the source has (guards JS-only edits the type checker misses). */
export function assertDictionaries(dicts: Record<string, Record<string, unknown>>, source = 'ru'): void {
  const reference = Object.keys(dicts[source] ?? {});
  for (const [code, dict] of Object.entries(dicts)) {
    const missing = reference.filter((k) => !(k in dict));
    const extra = Object.keys(dict).filter((k) => !reference.includes(k));
    if (missing.length || extra.length) {
      throw new Error(
        `src/i18n/dictionaries/${code}.ts: ` +
          (missing.length ? `missing key(s) ${missing.map((k) => `"${k}"`).join(', ')}` : '') +
          (missing.length && extra.length ? '; ' : '') +
          (extra.length ? `unknown key(s) ${extra.map((k) => `"${k}"`).join(', ')}` : '') +
          ` — expected exactly the keys of src/i18n/dictionaries/${source}.ts`,
      );
    }
  }
}

/** A translator for one locale: plain strings, `{var}` interpolation and plural forms (src/i18n/format.ts). */
export function makeT(dict: Dictionary, tag: string): Translate {
  return translator({ tag, messages: dict });
}

assertDictionaries(DICTIONARIES as unknown as Record<string, Record<string, unknown>>);

const cache = new Map<Locale, Translate>();
const names = new Map<Locale, Intl.DisplayNames>();
export function useTranslations(locale: Locale): Translate {
  let t = cache.get(locale);
  if (!t) {
    t = makeT(DICTIONARIES[locale], localeInfo(locale).tag);
    cache.set(locale, t);
  }
  return t;
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
  const dict = DICTIONARIES[lang] as Record<string, Message>;
  const messages: Record<string, Message> = {};
  for (const s of selectors) {
    const keys = s.endsWith('.') ? Object.keys(dict).filter((k) => k.startsWith(s)) : [s];
    if (!keys.length || keys.some((k) => !(k in dict))) throw new Error(`clientStrings: "${s}" selects no UI string of ${lang}`);
    for (const k of keys) messages[k] = dict[k]!;
  }
  return { tag: localeInfo(lang).tag, messages } as ClientStrings<SelectedKey<S>>;
}
