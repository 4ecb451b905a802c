import type { ru } from './dictionaries/ru.ts';

/** Plural forms keyed by Intl.PluralRules categories; `other` is always required. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;

type Source = typeof ru;
/** The shape every locale's dictionary must have: the Russian keys, plural where Russian is plural. */
export type Dictionary = {
  readonly [K in keyof Source]: Source[K] extends string ? string : PluralMessage;
};
export type MessageKey = keyof Dictionary;
export type PluralKey = { [K in MessageKey]: Dictionary[K] extends string ? never : K }[MessageKey];
export type Vars = Record<string, string | number>;
