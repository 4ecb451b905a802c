/**
 * Hindi typed in Latin letters (issue 28: "password bhool gaya", "otp nahi aa raha"): each word is
 * read as Devanagari by rules (long vowels, aspirates, nasals, the unwritten schwa), with a few
 * spellings per word of which the search takes the first the site's words hold; English words Hindi
 * writes in Devanagari come from a small table, and the brand words the site writes in Latin letters
 * stay. Every case failed before: Hindi had no reader, and a Latin query found no Devanagari page.
 */
import { describe, expect, it } from 'vitest';
import { fakeSite, ids, type Page } from '../support/fake-search.ts';
import { latinReading } from '../../src/lib/search/translit.ts';
import { hindiFromLatin, hindiSpellings } from '../../src/lib/search/translit-hi.ts';

/** The fake Pagefind of tests/support/fake-search.ts over Hindi pages. */
const site = (pages: Record<string, Page>, synonyms: Record<string, string[]> = {}) => fakeSite('hi', pages, { synonyms }).search;

const HI: Record<string, Page> = {
  reset: { title: 'भूला हुआ Xiaomi अकाउंट पासवर्ड रीसेट करें', body: 'पासवर्ड भूल गए? कोड से नया पासवर्ड बनाएँ।' },
  code: { title: 'वेरिफ़िकेशन कोड (OTP) नहीं आ रहा', body: 'ओटीपी नहीं आ रहा? नेटवर्क, नंबर और SMS जाँचें।' },
  blocked: { title: 'Mi अकाउंट बंद हो गया', body: 'अकाउंट बंद हो गया या रोक लगी: क्या करें।' },
  lost: { title: 'खोया फ़ोन ढूँढें', body: 'फ़ोन खो गया या चोरी हो गया? उसे ढूँढें या लॉक करें।' },
};

describe('Hindi typed in Latin letters', () => {
  it('reads long vowels, aspirates, nasals and the unwritten schwa', () => {
    for (const [latin, hindi] of [
      ['bhool', 'भूल'],
      ['gaya', 'गया'],
      ['raha', 'रहा'],
      ['chori', 'चोरी'],
      ['band', 'बंद'],
      ['kya', 'क्या'],
      ['kisne', 'किसने'],
      ['hua', 'हुआ'],
      ['hai', 'है'],
      ['kaise', 'कैसे'],
      ['diya', 'दिया'],
      ['phir', 'फिर'],
      ['bhi', 'भी'],
      ['ghar', 'घर'],
    ] as const) expect(hindiFromLatin(latin), latin).toBe(hindi);
  });

  it('offers the other spellings Hinglish leaves open: short or long vowel, dental or retroflex, nasal or न, one vowel or two', () => {
    for (const [latin, hindi] of [
      ['bhul', 'भूल'],
      ['khata', 'खाता'],
      ['purana', 'पुराना'],
      ['nahin', 'नहीं'],
      ['kahan', 'कहाँ'],
      ['gai', 'गई'],
      ['hatana', 'हटाना'],
      ['wapas', 'वापस'],
      ['mang', 'मांग'],
      ['shikayat', 'शिकायत'],
      ['tasveeren', 'तस्वीरें'],
    ] as const) {
      const spellings = hindiSpellings(latin);
      expect(spellings, latin).toContain(hindi);
      expect(spellings.length, latin).toBeLessThanOrEqual(16);
    }
  });

  it('writes the English words Hindi uses in Devanagari as the site does, and keeps the brand in Latin letters', async () => {
    expect(await latinReading(['password', 'bhool', 'gaya'], 'hi')).toBe('पासवर्ड भूल गया');
    expect(await latinReading(['otp', 'nahi', 'aa', 'raha'], 'hi')).toBe('ओटीपी नही आ रहा');
    expect(await latinReading(['mi', 'account', 'band', 'ho', 'gaya'], 'hi')).toBe('mi अकाउंट बंद हो गया');
    expect(await latinReading(['xiaomi', 'phone', 'number', 'email', 'reset', 'lock', 'mobile'], 'hi')).toBe('xiaomi फ़ोन नंबर ईमेल रीसेट लॉक मोबाइल');
    expect(await latinReading(['पासवर्ड'], 'hi')).toBeUndefined();
  });

  it('a Hinglish query finds the Hindi page and says it was read as Hindi', async () => {
    const search = site(HI);
    for (const [q, page] of [
      ['password bhool gaya', 'reset'],
      ['otp nahi aa raha', 'code'],
      ['mi account band ho gaya', 'blocked'],
      ['mobile chori ho gaya', 'lost'],
    ] as const) {
      const r = await search(q);
      expect(r.reason, q).toBe('translit');
      expect(ids(r)[0], q).toBe(page);
    }
  });

  it('of a word’s spellings, the search takes the one the site writes ("bhul" is भूल, not भुल)', async () => {
    const r = await site(HI)('paswrd bhul gya');
    expect(r.searched).toContain('भूल');
    expect(r.searched).toContain('गया');
    expect(ids(r)[0]).toBe('reset');
  });

  it('a Latin word known only as a reader’s word of the synonyms is read too, and the Hindi synonym applies', async () => {
    const pages = { ...HI, support: { title: 'Xiaomi सपोर्ट से संपर्क', body: 'सपोर्ट को लिखें: शिकायत कैसे दर्ज करें।' } };
    const r = await site(pages, { 'सपोर्ट': ['शिकायत', 'kahan shikayat kare'] })('shikayat kahan karen');
    expect(r.reason).toBe('translit');
    expect(ids(r)[0]).toBe('support');
  });
});
