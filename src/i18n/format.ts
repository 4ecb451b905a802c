/**
 * Plurals, numbers and `{placeholders}`: the one formatter of the site, used by pages at build time
 * and by islands and scripts in the browser. Pure, and it imports no dictionary: the browser gets
 * only the strings a page hands it (`ClientStrings`), never every locale's.
 */
import type { Message, Vars } from './types.ts';

const plurals = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();
const cached = <T>(map: Map<string, T>, tag: string, make: () => T): T => {
  let v = map.get(tag);
  if (v === undefined) map.set(tag, (v = make()));
  return v;
};

/** The form of `message` for `count` under the language's plural rules ("one", "few", "many", "other"…). */
export function selectMessage(message: Message, count: number | undefined, tag: string): string {
  if (typeof message === 'string') return message;
  const rules = cached(plurals, tag, () => new Intl.PluralRules(tag));
  return message[rules.select(count ?? 0)] ?? message.other;
}

/** `{name}` replaced by `vars.name`; numbers written with the language's digits and separators; unknown names stay visible. */
export function fill(template: string, vars: Vars | undefined, tag: string): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? cached(numbers, tag, () => new Intl.NumberFormat(tag)).format(value) : value;
  });
}

/** A message with its plural form chosen by `vars.count` and its placeholders filled. */
export function formatMessage(message: Message, vars: Vars | undefined, tag: string): string {
  const count = typeof vars?.['count'] === 'number' ? vars['count'] : undefined;
  return fill(selectMessage(message, count, tag), vars, tag);
}

/**
 * A locale's strings as a page hands them to the browser (an island's prop, a script's data
 * attribute): plain JSON with the language's BCP-47 tag and the messages it needs.
 */
export interface ClientStrings<K extends string = string> {
  tag: string;
  messages: { readonly [Key in K]: Message };
  /**
   * Keys whose text comes from a fallback language (a partial locale's dictionary lacks them): that
   * language's tag, so the message is formatted with the plural rules and digits of the language it
   * is written in. Absent when every message is the locale's own.
   */
  fallbackTags?: { readonly [Key in K]?: string };
}

export type Translator<K extends string> = (key: K, vars?: Vars) => string;

/** `t()` over a set of messages, formatting as the server does; a missing key is a bug and says which. */
export function translator<K extends string>({ tag, messages, fallbackTags }: ClientStrings<K>): Translator<K> {
  return (key, vars) => {
    const message = messages[key] as Message | undefined;
    if (message === undefined) throw new Error(`Missing UI string "${key}" for ${tag}`);
    return formatMessage(message, vars, fallbackTags?.[key] ?? tag);
  };
}
