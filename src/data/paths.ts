/** getStaticPaths for pages that exist once per locale. */
import { LOCALE_CODES, type Locale } from '../i18n/index.ts';

export function localeStaticPaths() {
  return LOCALE_CODES.map((lang) => ({ params: { lang }, props: { lang: lang as Locale } }));
}
