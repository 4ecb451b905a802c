import type { Locale } from '../locales.ts';
import type { Dictionary } from '../types.ts';
import { ru } from './ru.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { ar } from './ar.ts';

/** One dictionary per locale; a missing entry here is a type error. */
export const DICTIONARIES: Record<Locale, Dictionary> = { ru, en, es, ar };
