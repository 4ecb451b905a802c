/**
 * The UI strings of each locale, in parts: the site's own (`<locale>.ts`), the password checker's
 * (`password/<locale>.ts`) and the reader-feedback widget's (`feedback/<locale>.ts`, shown only on a
 * site built with FEEDBACK_ENDPOINT), so a translator can do the site first. Registering a locale's
 * file is one import line and one entry here; a locale with no file at all still works: every string
 * falls back key by key through its chain (src/i18n/index.ts).
 */
import { LOCALE_CODES, type Locale } from '../locales.ts';
import type { PartialDictionary, PartialFeedbackDictionary, PartialPasswordDictionary, PartialSiteDictionary } from '../types.ts';
import { ru } from './ru.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { ar } from './ar.ts';
import { id } from './id.ts';
import { ptBr } from './pt-br.ts';
import { tr } from './tr.ts';
import { vi } from './vi.ts';
import { hi } from './hi.ts';
import { ru as ruPassword } from './password/ru.ts';
import { en as enPassword } from './password/en.ts';
import { es as esPassword } from './password/es.ts';
import { ar as arPassword } from './password/ar.ts';
import { id as idPassword } from './password/id.ts';
import { ptBr as ptBrPassword } from './password/pt-br.ts';
import { tr as trPassword } from './password/tr.ts';
import { vi as viPassword } from './password/vi.ts';
import { hi as hiPassword } from './password/hi.ts';
import { ru as ruFeedback } from './feedback/ru.ts';
import { en as enFeedback } from './feedback/en.ts';
import { es as esFeedback } from './feedback/es.ts';
import { ar as arFeedback } from './feedback/ar.ts';
import { id as idFeedback } from './feedback/id.ts';
import { ptBr as ptBrFeedback } from './feedback/pt-br.ts';
import { tr as trFeedback } from './feedback/tr.ts';
import { vi as viFeedback } from './feedback/vi.ts';
import { hi as hiFeedback } from './feedback/hi.ts';

/** The site's strings per locale. */
export const SITE_STRINGS: { readonly [L in Locale]?: PartialSiteDictionary } = { ru, en, es, ar, id, 'pt-br': ptBr, tr, vi, hi };
/** The password checker's strings per locale. */
export const PASSWORD_STRINGS: { readonly [L in Locale]?: PartialPasswordDictionary } = { ru: ruPassword, en: enPassword, es: esPassword, ar: arPassword, id: idPassword, 'pt-br': ptBrPassword, tr: trPassword, vi: viPassword, hi: hiPassword };
/** The reader-feedback widget's strings per locale. */
export const FEEDBACK_STRINGS: { readonly [L in Locale]?: PartialFeedbackDictionary } = { ru: ruFeedback, en: enFeedback, es: esFeedback, ar: arFeedback, id: idFeedback, 'pt-br': ptBrFeedback, tr: trFeedback, vi: viFeedback, hi: hiFeedback };

/** Each part: where a locale's file is and every key it can have (the source's). */
export const DICTIONARY_PARTS = [
  { name: 'site', file: (locale: string) => `src/i18n/dictionaries/${locale}.ts`, keys: Object.keys(ru) },
  { name: 'password checker', file: (locale: string) => `src/i18n/dictionaries/password/${locale}.ts`, keys: Object.keys(ruPassword) },
  { name: 'reader feedback', file: (locale: string) => `src/i18n/dictionaries/feedback/${locale}.ts`, keys: Object.keys(ruFeedback) },
] as const;

/** Each locale's own strings, every part merged (`{}` for a locale without a dictionary). */
export const DICTIONARIES: Readonly<Record<Locale, PartialDictionary>> = Object.fromEntries(
  LOCALE_CODES.map((code) => [code, { ...SITE_STRINGS[code], ...PASSWORD_STRINGS[code], ...FEEDBACK_STRINGS[code] }]),
) as Record<Locale, PartialDictionary>;
