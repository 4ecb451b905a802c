/**
 * Malformed and hostile requests with the status each must get (the bad-input test and the feedback
 * bench both send them). Every one but those answered 201 must store nothing; what is stored must
 * come out of the report inert.
 */
import { BODY_LIMIT } from '../contract.ts';

export interface HostileCase {
  name: string;
  status: number;
  /** The raw body as sent. */
  body: string;
  contentType?: string;
  /** Replaces the default same-origin headers (Sec-Fetch-Site: same-origin). */
  headers?: Record<string, string>;
  method?: string;
  /** For 201s: text the stored row must not contain (after redaction and cleaning). */
  storedWithout?: string[];
}

const page = (extra: Record<string, unknown> = {}) => JSON.stringify({ kind: 'page', locale: 'en', path: '/en/reset-password/', helpful: false, reason: 'unclear', ...extra });
const search = (query: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ kind: 'search', locale: 'en', query, ...extra });
const FORM = 'application/x-www-form-urlencoded';

export const HOSTILE: HostileCase[] = [
  // Hostile text that is valid feedback: stored (cleaned, redacted), shown inert by the report.
  { name: 'script tag in a comment', status: 201, body: page({ comment: '<script>alert(1)</script> did not work' }) },
  { name: 'HTML with an event handler in a search query', status: 201, body: search('<img src=x onerror=alert(1)>') },
  { name: 'SQL-looking comment', status: 201, body: page({ comment: "'); DROP TABLE feedback; --" }) },
  { name: 'spreadsheet formula as a query', status: 201, body: search('=HYPERLINK("http://evil.example","click")') },
  { name: 'bidi override and zero-width characters', status: 201, body: page({ comment: 'abc\u202Egnp.exe\u200B ok' }), storedWithout: ['\u202E'] },
  { name: 'NUL and control characters', status: 201, body: page({ comment: 'a\u0000b\u0007c' }), storedWithout: ['\u0000', '\u0007'] },
  { name: 'lone surrogate', status: 201, body: '{"kind":"search","locale":"en","query":"x\\ud800y"}', storedWithout: ['\ud800'] },
  { name: 'a code, a phone number and an email in a comment', status: 201, body: page({ comment: 'code 482913, call +7 912 345-67-89, mail me@example.com' }), storedWithout: ['482913', '345-67-89', 'me@example.com'] },
  { name: '500 emoji (1,000 UTF-16 units, 500 code points)', status: 201, body: page({ comment: '😀'.repeat(500) }) },
  // Wrong fields and types.
  { name: 'SQL in the locale', status: 400, body: page({ locale: "en' OR '1'='1" }) },
  { name: 'look-alike locale (Cyrillic е)', status: 400, body: page({ locale: 'еn' }) },
  { name: 'path traversal', status: 400, body: page({ path: '/en/../../etc/passwd' }) },
  { name: "another locale's page", status: 400, body: page({ path: '/ru/reset-password/' }) },
  { name: 'absolute URL as path', status: 400, body: page({ path: 'https://evil.example/en/' }) },
  { name: 'unknown outcome', status: 400, body: page({ outcome: '../../x' }) },
  { name: 'helpful as a number', status: 400, body: page({ helpful: 1 }) },
  { name: 'helpful as a string', status: 400, body: page({ helpful: 'false' }) },
  { name: 'huge number', status: 400, body: page({ helpful: true, reason: undefined }).replace('true', '1e309') },
  { name: 'locale as an array', status: 400, body: page({ locale: ['en'] }) },
  { name: 'comment as an array', status: 400, body: page({ comment: ['a', 'b'] }) },
  { name: 'comment as an object', status: 400, body: page({ comment: { text: 'a' } }) },
  { name: 'comment of 501 code points (Hindi)', status: 400, body: page({ comment: 'ह'.repeat(501) }) },
  { name: 'query of 201 code points', status: 400, body: search('q'.repeat(201)) },
  { name: 'only spaces as a query', status: 400, body: search('   ') },
  { name: 'unknown reason', status: 400, body: page({ reason: 'because' }) },
  { name: 'reason with a yes', status: 400, body: page({ helpful: true }) },
  { name: 'no reason with a no', status: 400, body: page({ reason: undefined }) },
  { name: 'extra field', status: 400, body: page({ ip: '203.0.113.7' }) },
  { name: 'a query on page feedback', status: 400, body: page({ query: 'x' }) },
  { name: 'unknown kind', status: 400, body: JSON.stringify({ kind: 'rating', locale: 'en', stars: 5 }) },
  { name: 'no kind', status: 400, body: JSON.stringify({ locale: 'en', query: 'x' }) },
  { name: '__proto__ key', status: 400, body: '{"kind":"search","locale":"en","query":"x","__proto__":{"admin":true}}' },
  { name: 'constructor.prototype key', status: 400, body: '{"kind":"search","locale":"en","query":"x","constructor":{"prototype":{"admin":true}}}' },
  { name: 'broken JSON', status: 400, body: '{"kind":' },
  { name: 'empty JSON body', status: 400, body: '' },
  { name: 'JSON array', status: 400, body: '[]' },
  { name: 'form: helpful=yes', status: 400, contentType: FORM, body: 'kind=page&locale=en&path=%2Fen%2Freset-password%2F&helpful=yes' },
  { name: 'form: repeated field', status: 400, contentType: FORM, body: 'kind=page&locale=en&locale=ru&path=%2Fen%2Freset-password%2F&helpful=true' },
  { name: 'form: __proto__ field', status: 400, contentType: FORM, body: 'kind=search&locale=en&query=x&__proto__=y' },
  // Size, type and origin.
  { name: `body over ${BODY_LIMIT / 1024} KB`, status: 413, body: page({ comment: 'x'.repeat(BODY_LIMIT) }) },
  { name: 'text/plain', status: 415, contentType: 'text/plain', body: page() },
  { name: 'multipart/form-data', status: 415, contentType: 'multipart/form-data; boundary=x', body: '--x\r\nContent-Disposition: form-data; name="kind"\r\n\r\npage\r\n--x--\r\n' },
  { name: 'no Sec-Fetch-Site and no Origin', status: 403, headers: {}, body: page() },
  { name: 'Sec-Fetch-Site: cross-site', status: 403, headers: { 'sec-fetch-site': 'cross-site' }, body: page() },
  { name: 'Sec-Fetch-Site: same-site', status: 403, headers: { 'sec-fetch-site': 'same-site' }, body: page() },
  { name: 'Origin: null without Sec-Fetch-Site', status: 403, headers: { origin: 'null' }, body: page() },
  { name: 'foreign Origin', status: 403, headers: { origin: 'https://evil.example' }, body: page() },
  { name: 'Origin of the site on another port', status: 403, headers: { origin: 'https://help.example:8443' }, body: page() },
  { name: 'GET instead of POST', status: 404, method: 'GET', body: '' },
];
