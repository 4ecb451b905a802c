/**
 * A plain "I forgot my password" query in each locale's language, as a reader types it: what the
 * search bench's first query types on each locale's reset-password page (scripts/bench-search.mjs).
 * Keyed by every locale of LOCALES: a new locale does not type-check until it has its query.
 */
import type { Locale } from '../../src/i18n/locales.ts';

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
} as const satisfies Record<Locale, string>;
