/**
 * The checker's words, handed to the island as props: the `password.*` part of one locale's
 * dictionary and a translator for it. The island must not import the dictionaries (every locale
 * would ship to the browser), so this repeats the small formatting rules of src/i18n/index.ts.
 */
import type { Dictionary, Message, MessageKey, Vars } from '../../i18n/types.ts';

export type PasswordKey = Extract<MessageKey, `password.${string}`>;
export type PasswordStrings = { readonly [K in PasswordKey]: Dictionary[K] };

/** The `password.*` messages of a dictionary. */
export function passwordStrings(dict: Dictionary): PasswordStrings {
  return Object.fromEntries(Object.entries(dict).filter(([k]) => k.startsWith('password.'))) as unknown as PasswordStrings;
}

export type PasswordT = (key: PasswordKey, vars?: Vars) => string;

export function passwordT(strings: PasswordStrings, tag: string): PasswordT {
  const rules = new Intl.PluralRules(tag);
  const numbers = new Intl.NumberFormat(tag);
  return (key, vars) => {
    const message = strings[key] as Message | undefined;
    if (message === undefined) return key;
    const count = typeof vars?.['count'] === 'number' ? vars['count'] : undefined;
    const text = typeof message === 'string' ? message : (message[rules.select(count ?? 0)] ?? message.other);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = vars?.[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };
}
