/**
 * Wrong keyboard layout (issue 13, item 5): on Russian pages, "pf,sk gfhjkm" is "забыл пароль" typed
 * with the English layout on. The raw input is read key by key before punctuation is stripped
 * (`, ; [ ] ' .` and the backquote are Russian letters on ЙЦУКЕН), with the keyboard tables in src/lib/keyboard/layouts.ts (shared with the password checker).
 */
import { hasCyrillicLetters, hasLatinLetters, latinKeysToCyrillic } from '../keyboard/layouts.ts';

/** Locales whose readers type on ЙЦУКЕН and may forget to switch it on. */
export const JCUKEN_LOCALES: ReadonlySet<string> = new Set(['ru']);

/** The ЙЦУКЕН reading of a query typed in Latin letters on a Russian page, or undefined. */
export function layoutReading(raw: string, lang: string): string | undefined {
  if (!JCUKEN_LOCALES.has(lang) || !hasLatinLetters(raw) || hasCyrillicLetters(raw)) return undefined;
  return latinKeysToCyrillic(raw.toLowerCase());
}
