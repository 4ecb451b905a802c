import type { ru as siteSource } from './dictionaries/ru.ts';
import type { ru as passwordSource } from './dictionaries/password/ru.ts';
import type { ru as feedbackSource } from './dictionaries/feedback/ru.ts';

/** Plural forms keyed by Intl.PluralRules categories; `other` is always required. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;

/** The source's keys, each a string or plural forms where the source has them. */
type ShapeOf<Source> = { readonly [K in keyof Source]: Source[K] extends string ? string : PluralMessage };

/** The site's own strings (src/i18n/dictionaries/<locale>.ts): the Russian keys. */
export type SiteDictionary = ShapeOf<typeof siteSource>;
/** The password checker's strings (src/i18n/dictionaries/password/<locale>.ts): the Russian keys. */
export type PasswordDictionary = ShapeOf<typeof passwordSource>;
/** The reader-feedback widget's strings (src/i18n/dictionaries/feedback/<locale>.ts): the Russian keys. */
export type FeedbackDictionary = ShapeOf<typeof feedbackSource>;
/** Every UI string, all parts merged under one type. */
export type Dictionary = SiteDictionary & PasswordDictionary & FeedbackDictionary;

/**
 * A locale's own strings: any of the keys, each in the source's form. What it leaves out falls back key
 * by key through the locale's chain (src/i18n/index.ts); a full locale must have every key (the build says which are missing).
 */
export type PartialSiteDictionary = Partial<SiteDictionary>;
export type PartialPasswordDictionary = Partial<PasswordDictionary>;
export type PartialFeedbackDictionary = Partial<FeedbackDictionary>;
export type PartialDictionary = Partial<Dictionary>;

export type MessageKey = keyof Dictionary;
export type PluralKey = { [K in MessageKey]: Dictionary[K] extends string ? never : K }[MessageKey];
export type Vars = Record<string, string | number>;
