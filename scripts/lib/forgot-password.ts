/**
 * A plain "I forgot my password" query in each locale's language, as a reader types it: what the
 * search bench's first query types on each locale's reset-password page (scripts/bench/search.mjs).
 * A locale not listed yet (a new partial one: adding a locale stays one LOCALES entry) types its
 * fallback chain's first query (forgotPasswordQuery).
 */
import { fallbackChain, type Locale } from '../../src/i18n/locales.ts';

export const FORGOT_PASSWORD_QUERY = {
  ru: 'забыл пароль',
  en: 'forgot password',
  es: 'olvidé mi contraseña',
  ar: 'نسيت كلمة المرور',
  id: 'lupa kata sandi',
  'pt-br': 'esqueci minha senha',
  tr: 'şifremi unuttum',
  vi: 'quên mật khẩu',
  hi: 'पासवर्ड भूल गया',
} as const satisfies Partial<Record<Locale, string>>;

/** The locale's query, else its fallback chain's first, else English's. */
export function forgotPasswordQuery(lang: Locale): string {
  const own: Partial<Record<Locale, string>> = FORGOT_PASSWORD_QUERY;
  for (const l of fallbackChain(lang)) if (own[l]) return own[l];
  return FORGOT_PASSWORD_QUERY.en;
}
