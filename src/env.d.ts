/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Locale of the URL being rendered: links in content resolve into it. */
    pageLang?: import('./i18n/locales.ts').Locale;
    /** Locale of the content shown (differs from pageLang on fallback pages): labels follow it. */
    contentLang?: import('./i18n/locales.ts').Locale;
    /** Content file being rendered (`content/articles/ru/x.mdx`): component errors name it. */
    contentFile?: string;
  }
}
