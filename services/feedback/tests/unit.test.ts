/** The service's pure parts: redaction, form bodies, schema messages, the report's escaping and CSV. */
import { describe, expect, it } from 'vitest';
import { formToBody, schemaMessage } from '../contract.ts';
import { cleanText, redact } from '../redact.ts';
import { csvCell, escapeHtml, reportCsv, reportHtml, summarizePages, summarizeSearches } from '../report.ts';
import type { StoredRow } from '../store.ts';

describe('redact', () => {
  it.each([
    ['my code is 482913', 'my code is [code]'],
    ['code 482 913 did not work', 'code [code] did not work'],
    ['PIN 1234', 'PIN [code]'],
    ['رمز ٤٨٢٩١٣ لم يصل', 'رمز [code] لم يصل'],
    ['call +7 (912) 345-67-89 please', 'call [phone] please'],
    ['номер 89123456789', 'номер [phone]'],
    ['write to ivan.petrov+mi@mail.ru now', 'write to [email] now'],
    ['token eyJhbGciOiJIUzI1NiJ9abc123XYZ', 'token [token]'],
    ['password Qwerty12345678Zz!', 'password [token]!'],
  ])('%s → %s', (input, output) => expect(redact(input)).toBe(output));

  it('leaves ordinary words, model names, versions and slugs alone', () => {
    for (const text of ['Redmi Note 13 Pro', 'HyperOS 2.0.5', 'MIUI 14', 'verification-code-not-arriving', 'I waited 72 hours', 'Не приходит код на почту']) {
      expect(redact(text)).toBe(text);
    }
  });

  it('cleans text: no controls or bidi overrides, well-formed, NFC, trimmed; tabs, newlines and RLM stay', () => {
    expect(cleanText(' a\u0000b\u202Ec\u2066d\r\ne\tf\u200F ')).toBe('abcd\ne\tf\u200F');
    expect(cleanText('x\ud800y')).toBe('x\uFFFDy');
    expect(cleanText('e\u0301')).toBe('é');
  });
});

describe('formToBody', () => {
  it('turns helpful into a boolean, repeats into lists, and drops blank optional fields', () => {
    expect({ ...formToBody('kind=page&helpful=false&comment=&outcome=') }).toEqual({ kind: 'page', helpful: false });
    expect({ ...formToBody('helpful=true&locale=en&locale=ru') }).toEqual({ helpful: true, locale: ['en', 'ru'] });
    expect({ ...formToBody('helpful=yes') }).toEqual({ helpful: 'yes' });
  });

  it('keeps __proto__ an ordinary field', () => {
    const body = formToBody('__proto__=x&kind=search');
    expect(Object.getPrototypeOf(body)).toBeNull();
    expect(Object.keys(body)).toEqual(['__proto__', 'kind']);
  });
});

describe('schemaMessage', () => {
  it('names the field', () => {
    expect(schemaMessage([{ keyword: 'additionalProperties', instancePath: '', params: { additionalProperty: 'ip' } }])).toBe('invalid feedback: unknown field "ip"');
    expect(schemaMessage([{ keyword: 'required', instancePath: '', params: { missingProperty: 'reason' } }])).toBe('invalid feedback: missing field "reason"');
    expect(schemaMessage([{ keyword: 'maxLength', instancePath: '/comment', params: { limit: 500 } }])).toBe('invalid feedback: comment is longer than 500 characters');
    expect(schemaMessage([{ keyword: 'type', instancePath: '/helpful', params: { type: 'boolean' } }])).toBe('invalid feedback: helpful must be a boolean');
  });
});

const row = (r: Partial<StoredRow>): StoredRow => ({ id: 1, kind: 'page', locale: 'en', path: '/en/a/', outcome: null, helpful: true, reason: null, comment: null, query: null, hour: '2026-12-07T10:00Z', ...r });

describe('report', () => {
  const rows: StoredRow[] = [
    row({ id: 1, path: '/en/a/', helpful: true }),
    row({ id: 2, path: '/en/a/', helpful: false, reason: 'unclear', comment: '<script>alert(1)</script>' }),
    row({ id: 3, path: '/en/b/', helpful: false, reason: 'steps-failed' }),
    row({ id: 4, path: '/en/b/', helpful: false, reason: 'steps-failed', outcome: 'google-lock' }),
    row({ id: 5, kind: 'search', path: null, helpful: null, query: 'Mi  Cloud' }),
    row({ id: 6, kind: 'search', path: null, helpful: null, query: 'mi cloud' }),
    row({ id: 7, kind: 'search', path: null, helpful: null, query: '<img src=x onerror=alert(1)>' }),
    row({ id: 8, locale: 'ar', path: '/ar/a/', helpful: false, reason: 'other', comment: 'لم ينجح' }),
  ];

  it('puts the pages that fail readers first, with counts, rate, reasons and outcomes', () => {
    const pages = summarizePages(rows);
    expect(pages.map((p) => `${p.path} ${p.no}/${p.yes}`)).toEqual(['/en/b/ 2/0', '/ar/a/ 1/0', '/en/a/ 1/1']);
    expect(pages[0]!.reasons.get('steps-failed')).toBe(2);
    expect(pages[0]!.outcomes.get('google-lock')).toEqual({ yes: 0, no: 1 });
    expect(pages[2]!.rate).toBe(0.5);
  });

  it('counts reported searches together whatever their case and spacing, most reported first', () => {
    expect(summarizeSearches(rows).map((s) => `${s.query} ${s.count}`)).toEqual(['Mi  Cloud 2', '<img src=x onerror=alert(1)> 1']);
  });

  it('shows hostile text inert in the HTML', () => {
    const html = reportHtml(rows, new Date('2026-12-07T12:00:00Z'));
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).toContain(escapeHtml('<script>alert(1)</script>'));
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html).toContain('<bdi dir="auto">لم ينجح</bdi>');
    // No script can run in it even if something slipped through.
    expect(html).toContain("default-src 'none'");
  });

  it('writes a CSV no spreadsheet runs as a formula', () => {
    for (const v of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) expect(csvCell(v).startsWith(`"'`)).toBe(true);
    expect(csvCell('say "hi", ok')).toBe('"say ""hi"", ok"');
    const csv = reportCsv([row({ kind: 'search', path: null, helpful: null, query: '=HYPERLINK("http://evil.example")' })]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csv.startsWith('\uFEFFid,hour,kind,locale,path,outcome,helpful,reason,comment,query\r\n')).toBe(true);
  });
});
