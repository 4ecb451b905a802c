/**
 * getStaticPaths for pages that exist once per locale, and the locales this build renders: all of
 * them, or a shard's (`npm run build -- --locale <code>`, src/lib/build/scope.ts). Read when the
 * paths are asked for, not when the module is bundled, so the bundle is the same for every shard.
 */
import { LOCALE_CODES, type Locale } from '../i18n/index.ts';
import { buildScope, renderedLocales } from '../lib/build/scope.ts';

/** The locales whose pages this build renders. */
export function builtLocales(): readonly Locale[] {
  return renderedLocales(buildScope(process.env, LOCALE_CODES), LOCALE_CODES);
}

export function localeStaticPaths() {
  return builtLocales().map((lang) => ({ params: { lang }, props: { lang } }));
}
