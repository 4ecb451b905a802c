/**
 * A new language, added the way a maintainer would: one entry in LOCALES — German, partial, falling
 * back to English then Russian — and a tiny German dictionary of two site strings (one file, one
 * registration line). No German content, categories, synonyms, proof list, glossary, recovery strings,
 * stop words or password strings. A small site (the four articles the site links to), built once and
 * shared by the build and browser tests (tests/support/shared-build.ts).
 */
import type { FixtureBuild, FixtureProject } from './fixture.ts';
import { sharedBuild, sharedDir } from './shared-build.ts';

const NAME = 'partial-locale-site';

/** The entry the test adds, exactly as the issue gives it. */
export const GERMAN_ENTRY = "{ code: 'de', tag: 'de', nativeName: 'Deutsch', dir: 'ltr', fallback: ['en', 'ru'], full: false, searchLang: 'de' }";
/** The German dictionary: everything else falls back to English key by key. */
export const GERMAN_STRINGS = { 'home.title': 'Sie kommen nicht in Ihr Xiaomi-Konto?', 'nav.home': 'Startseite' } as const;

function recipe(f: FixtureProject) {
  const locales = 'src/i18n/locales.ts';
  const text = f.read(locales);
  const added = text.replace(/\n\] as const satisfies readonly LocaleInfo\[\];/, (end) => `\n  ${GERMAN_ENTRY},${end}`);
  if (added === text) throw new Error(`${NAME}: ${locales} has no "] as const satisfies readonly LocaleInfo[];" to add German before`);
  f.write(locales, added);

  const entries = Object.entries(GERMAN_STRINGS).map(([k, v]) => `  '${k}': ${JSON.stringify(v)},`);
  f.write('src/i18n/dictionaries/de.ts', ["import type { PartialSiteDictionary } from '../types.ts';", '', 'export const de = {', ...entries, '} as const satisfies PartialSiteDictionary;', ''].join('\n'));
  const index = 'src/i18n/dictionaries/index.ts';
  const registry = f.read(index);
  // One import line and one entry in the site strings' registry.
  const registered = registry
    .replace("import { ru } from './ru.ts';\n", "import { ru } from './ru.ts';\nimport { de } from './de.ts';\n")
    .replace(/(export const SITE_STRINGS\b[^=]*= \{ )/, '$1de, ');
  if ((registered.match(/\bde\b/g) ?? []).length - (registry.match(/\bde\b/g) ?? []).length < 3) throw new Error(`${NAME}: could not register the German dictionary in ${index}`);
  f.write(index, registered);
}

/** The fixture's build (built now, or by an earlier caller with the same sources). */
export function partialLocaleSite(): FixtureBuild {
  return sharedBuild({ name: NAME, options: { small: [] }, prepare: recipe, modules: [import.meta.url] });
}

/** The fixture's project folder (to type-check it, or read its content files). */
export const partialLocaleDir = () => sharedDir(NAME);
