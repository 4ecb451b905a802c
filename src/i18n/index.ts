import { DICTIONARIES } from './dictionaries/index.ts';
import { LOCALES, localeInfo, type Locale } from './locales.ts';
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

export function format(template: string, vars: Vars | undefined, numberFormat: Intl.NumberFormat): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat.format(value) : value;
  });
}

export function selectMessage(message: Message, count: number | undefined, rules: Intl.PluralRules): string {
  if (typeof message === 'string') return message;
  const category = rules.select(count ?? 0);
  return message[category] ?? message.other;
}

/** A translator for one locale: plain strings, `{var}` interpolation and plural forms via Intl.PluralRules. */
export function makeT(dict: Dictionary, tag: string): Translate {
  const rules = new Intl.PluralRules(tag);
  const numbers = new Intl.NumberFormat(tag);
  return (key, vars) => {
    const message = dict[key] as Message | undefined;
    if (message === undefined) throw new Error(`Missing UI string "${key}" for ${tag}`);
    const count = typeof vars?.count === 'number' ? vars.count : undefined;
    return format(selectMessage(message, count, rules), vars, numbers);
  };
}

assertDictionaries(DICTIONARIES as unknown as Record<string, Record<string, unknown>>);

const cache = new Map<Locale, Translate>();
export function useTranslations(locale: Locale): Translate {
  let t = cache.get(locale);
  if (!t) {
    t = makeT(DICTIONARIES[locale], localeInfo(locale).tag);
    cache.set(locale, t);
  }
  return t;
}

export function languageName(code: Locale, inLocale: Locale): string {
  const names = new Intl.DisplayNames([localeInfo(inLocale).tag], { type: 'language' });
  return names.of(localeInfo(code).tag) ?? localeInfo(code).nativeName;
}

export { LOCALES };
