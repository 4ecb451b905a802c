/**
 * What the service does to a comment or a search query before storing it: clean text (no control or
 * bidi-override characters, well-formed Unicode, NFC), then anything that looks like a secret or a way
 * to reach the reader replaced by a label. Readers are asked not to type these; this catches those who do.
 */

/** Labels left in place of what was removed (language-neutral, so the report reads the same in any locale). */
export const REDACTED = { email: '[email]', phone: '[phone]', code: '[code]', token: '[token]' } as const;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** Seven or more digits in a run that may hold spaces, dots, dashes and brackets: a phone number (or a long code). */
const PHONE = /(?<![\p{L}\p{Nd}])\+?\(?\p{Nd}(?:[ \t().-]{0,2}\p{Nd}){6,}/gu;
/** Four to eight digits standing alone, maybe split once or twice ("123 456"): a verification code or a PIN. */
const CODE = /(?<![\p{Nd}\p{L}])\p{Nd}(?:[ -]?\p{Nd}){3,7}(?![\p{Nd}\p{L}])/gu;
/** A long run of letters, digits and token punctuation with at least two digits and two letters: a key, a session token, a password. */
const TOKEN = /[A-Za-z0-9_\-+/=]{16,}/g;
const looksRandom = (s: string) => (s.match(/\d/g)?.length ?? 0) >= 2 && (s.match(/[A-Za-z]/g)?.length ?? 0) >= 2;

/** C0/C1 controls except tab and newline; bidi embeddings, overrides and isolates (they would reorder the report's text). */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** Well-formed, NFC, newlines as \n, no control or bidi-override characters, trimmed. */
export function cleanText(text: string): string {
  return text.toWellFormed().normalize('NFC').replace(/\r\n?/g, '\n').replace(UNSAFE, '').trim();
}

/** The text with emails, phone numbers, codes and long random tokens replaced by labels. */
export function redact(text: string): string {
  return cleanText(text)
    .replace(EMAIL, REDACTED.email)
    .replace(TOKEN, (m) => (looksRandom(m) ? REDACTED.token : m))
    .replace(PHONE, REDACTED.phone)
    .replace(CODE, REDACTED.code);
}
