import { describe, expect, it } from 'vitest';
import { adjacencyGraphs } from '@zxcvbn-ts/language-common';
import { cyrillicKeysToLatin, jcukenGraph, latinKeysToCyrillic } from '../../src/lib/keyboard/layouts.ts';
import { translitVariants, transliterate } from '../../src/lib/password/translit.ts';
import { normalizeList, russianDictionary, translitList } from '../../src/lib/password/ru-dictionary.ts';
import { caseShape, caseVariations } from '../../src/lib/password/case.ts';
import { duration } from '../../src/lib/password/crack-time.ts';
import { checkRule } from '../../src/lib/password/rule.ts';
import { translator } from '../../src/i18n/format.ts';
import { clientStrings } from '../../src/i18n/index.ts';
import { PATTERN_KEYS, SUGGESTION_KEYS, WARNING_KEYS } from '../../src/lib/password/feedback.ts';
import { WordIndex } from '../../src/lib/password/word-index.ts';
import { canMatter } from '../../src/lib/password/dictionary-matchers.ts';
import { passwordRulesSchema } from '../../src/schemas/password-rules.ts';
import { DICTIONARIES } from '../../src/i18n/dictionaries/index.ts';
import { LOCALES } from '../../src/i18n/locales.ts';

describe('keyboard layouts', () => {
  it('reads Russian typed with the English layout on, and the reverse', () => {
    expect(latinKeysToCyrillic('gfhjkm')).toBe('пароль');
    expect(latinKeysToCyrillic('ljcneg')).toBe('доступ');
    expect(latinKeysToCyrillic('Ghbdtn')).toBe('Привет');
    expect(latinKeysToCyrillic('ytpyf.')).toBe('незнаю');
    expect(cyrillicKeysToLatin('йцукен')).toBe('qwerty');
    expect(cyrillicKeysToLatin('фывапролдж')).toBe('asdfghjkl;');
  });

  it('keeps digits and length, so positions in the password stay the same', () => {
    expect(latinKeysToCyrillic('gfhjkm123')).toBe('пароль123');
    expect(cyrillicKeysToLatin('пароль-2024').length).toBe('пароль-2024'.length);
  });

  it('derives the ЙЦУКЕН graph from QWERTY: same keys, Russian letters', () => {
    const qwerty = adjacencyGraphs.qwerty as Record<string, (string | null)[]>;
    const graph = jcukenGraph(qwerty);
    expect(graph['ф']).toEqual(qwerty['a']!.map((p) => (p ? latinKeysToCyrillic(p) : null)));
    expect(graph['й']).toContain('цЦ');
    expect(graph['ж']).toContain('эЭ');
    expect(graph['ё']).toBeDefined();
  });
});

describe('transliteration', () => {
  it('writes the usual spelling first', () => {
    expect(transliterate('пароль')).toBe('parol');
    expect(transliterate('солнышко')).toBe('solnyshko');
    expect(transliterate('щука')).toBe('schuka');
  });

  it('offers the other spellings people use, most likely first', () => {
    const v = translitVariants('любовь');
    expect(v[0]).toBe('lyubov');
    expect(v).toEqual(expect.arrayContaining(['lubov', 'ljubov', 'liubov']));
    expect(translitVariants('андрей')).toEqual(expect.arrayContaining(['andrey', 'andrei', 'andrej']));
    expect(translitVariants('жизнь', 2)).toEqual(['zhizn', 'jizn']);
  });

  it('ranks every usual spelling before any unusual one', () => {
    const list = translitList(['любовь', 'жизнь']);
    expect(list.indexOf('zhizn')).toBeLessThan(list.indexOf('lubov'));
  });
});

describe('the Russian word lists', () => {
  const dict = russianDictionary();

  it('have Cyrillic lists and their Latin spellings, under zxcvbn-ts naming rules', () => {
    expect(Object.keys(dict)).toEqual(
      expect.arrayContaining(['passwords-ru', 'passwords-ru-translit', 'commonWords-ru', 'firstnames-ru', 'lastnames-ru', 'months-ru', 'cardinalNumbers-ru']),
    );
    expect(dict['passwords-ru']![0]).toBe('пароль');
    expect(dict['passwords-ru-translit']![0]).toBe('parol');
    expect(dict['lastnames-ru']).toEqual(expect.arrayContaining(['иванов', 'иванова']));
  });

  it('are lowercase, with е for ё, without duplicates', () => {
    expect(normalizeList(['Ёлка', 'ёлка', 'елка', 'Дом'])).toEqual(['елка', 'дом']);
    for (const [name, list] of Object.entries(dict)) {
      expect(new Set(list).size, name).toBe(list.length);
      for (const w of list) expect(String(w), name).toBe(String(w).toLowerCase().replaceAll('ё', 'е'));
    }
  });
});

describe('the word index', () => {
  const index = new WordIndex({ a: ['пароль', 'парк', 'park'], b: ['парк'] }, (n) => n === 'b');

  it('finds every word that starts at a position, reading no further than needed', () => {
    const found: string[] = [];
    index.wordsFrom('xпаркпароль', 1, (w, end) => found.push(`${w}@${end}`));
    expect(found).toEqual(['парк@5']);
    expect(index.lookup('парк')).toEqual([
      { dictionaryName: 'a', rank: 2 },
      { dictionaryName: 'b', rank: 1 },
    ]);
    expect(index.isSequenceDictionary('b')).toBe(true);
    expect(index.maxLength).toBe(6);
  });
});

describe('word matches that cannot change a score', () => {
  it('are those that cost more guesses than typing their characters blindly (10 per character)', () => {
    expect(canMatter({ token: 'to', rank: 100, reversed: false })).toBe(true);
    expect(canMatter({ token: 'to', rank: 101, reversed: false })).toBe(false);
    expect(canMatter({ token: 'ot', rank: 60, reversed: true })).toBe(false);
    expect(canMatter({ token: 'dragon', rank: 90_000, reversed: true })).toBe(true);
  });
});

describe('capital letters in any alphabet', () => {
  it('tells a capital first letter from all capitals', () => {
    expect(caseShape('Наташа')).toBe('first');
    expect(caseShape('НАТАША')).toBe('all');
    expect(caseShape('наташа')).toBe('none');
    expect(caseShape('наТаша')).toBe('mixed');
    expect(caseVariations('Пароль')).toBe(2);
    expect(caseVariations('пароль')).toBe(1);
    expect(caseVariations('пАрОль')).toBeGreaterThan(2);
  });
});

describe('crack times in units', () => {
  it('picks the unit and rounds like zxcvbn-ts', () => {
    expect(duration(0.2)).toEqual({ unit: 'ltSecond' });
    expect(duration(1)).toEqual({ unit: 'seconds', count: 1 });
    expect(duration(125)).toEqual({ unit: 'minutes', count: 2 });
    expect(duration(3 * 3600)).toEqual({ unit: 'hours', count: 3 });
    expect(duration(40 * 86400)).toEqual({ unit: 'months', count: 1 });
    expect(duration(5 * 372 * 86400)).toEqual({ unit: 'years', count: 5 });
    expect(duration(1e12)).toEqual({ unit: 'centuries' });
  });
});

describe("Xiaomi's reported rule", () => {
  const rule = { minLength: 8, maxLength: 16, requireLetter: true, requireDigit: true, requireSpecial: true };

  it('says what a password lacks', () => {
    expect(checkRule('abc1!', rule)).toEqual({ meets: false, problems: ['tooShort'] });
    expect(checkRule('abcdefghijklmnopq1!', rule).problems).toEqual(['tooLong']);
    expect(checkRule('abcdefg!', rule).problems).toEqual(['noDigit']);
    expect(checkRule('1234567!', rule).problems).toEqual(['noLetter']);
    expect(checkRule('пароль12', rule).problems).toEqual(['noSpecial']);
    expect(checkRule('пароль 12', rule).problems, 'a space is not a special character').toEqual(['noSpecial']);
    expect(checkRule('пароль-12', rule)).toEqual({ meets: true, problems: [] });
  });

  it('refuses a file whose minimum is above its maximum, naming the field', () => {
    const r = passwordRulesSchema.safeParse({ xiaomi: { minLength: 20, maxLength: 16 }, guidance: {} });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['xiaomi', 'minLength']);
    expect(passwordRulesSchema.parse({ xiaomi: { minLength: 8, maxLength: 16 }, guidance: {} })).toEqual({
      xiaomi: { minLength: 8, maxLength: 16, requireLetter: true, requireDigit: true, requireSpecial: true },
      guidance: { recommendedLength: 15, minimumWithSecondFactor: 8 },
    });
  });

  it('follows the editor’s numbers', () => {
    expect(checkRule('abcde1!', { ...rule, minLength: 6 }).meets).toBe(true);
    expect(checkRule('abcdefg!', { ...rule, requireDigit: false }).meets).toBe(true);
    expect(checkRule('abcdefg1', { ...rule, requireSpecial: false }).meets).toBe(true);
  });
});

describe('the checker’s words in every language', () => {
  const keys = [
    ...WARNING_KEYS.map((k) => `password.warning.${k}`),
    ...SUGGESTION_KEYS.map((k) => `password.suggestion.${k}`),
    ...PATTERN_KEYS.map((k) => `password.pattern.${k}`),
    ...['seconds', 'minutes', 'hours', 'days', 'months', 'years', 'ltSecond', 'centuries'].map((u) => `password.time.${u}`),
  ];

  it.each(LOCALES.map((l) => [l.code, l.tag] as const))('%s translates every zxcvbn-ts feedback key and ours', (code) => {
    const strings = clientStrings(code, ['password.']).messages as Record<string, unknown>;
    for (const key of keys) expect(strings[key], `${code}: ${key}`).toBeTruthy();
  });

  it.each(LOCALES.map((l) => [l.code, l.tag] as const))('%s gives every plural form its language uses', (code, tag) => {
    const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
    for (const [key, message] of Object.entries(clientStrings(code, ['password.']).messages)) {
      if (typeof message === 'string') continue;
      for (const c of categories) expect((message as Record<string, string>)[c], `${code}: ${key} (${c})`).toBeTruthy();
    }
  });

  it('says crack times and lengths with the right plural forms', () => {
    const ru = translator(clientStrings('ru', ['password.']));
    expect(ru('password.time.hours', { count: 1 })).toBe('1 час');
    expect(ru('password.time.hours', { count: 3 })).toBe('3 часа');
    expect(ru('password.time.hours', { count: 11 })).toBe('11 часов');
    expect(ru('password.length', { count: 21 })).toBe('21 символ');
    const en = translator(clientStrings('en', ['password.']));
    expect(en('password.time.years', { count: 1 })).toBe('1 year');
    expect(en('password.time.years', { count: 40 })).toBe('40 years');
    const ar = translator(clientStrings('ar', ['password.']));
    expect(ar('password.time.days', { count: 2 })).toBe('يومان');
  });

  it('word Xiaomi’s rule as what Xiaomi asks for, and send the reader to Xiaomi’s own hint', () => {
    expect(DICTIONARIES.ru['password.ruleIntro']).toMatch(/^Xiaomi просит/);
    expect(DICTIONARIES.en['password.ruleIntro']).toMatch(/^Xiaomi asks for/);
    expect(DICTIONARIES.es['password.ruleIntro']).toMatch(/^Xiaomi pide/);
    expect(DICTIONARIES.ar['password.ruleIntro']).toMatch(/^تطلب Xiaomi/);
    for (const l of LOCALES) expect(DICTIONARIES[l.code]['password.ruleNote'], l.code).toContain('Xiaomi');
  });

  it.each(LOCALES.map((l) => [l.code, l.tag] as const))('%s: the checker says to test a look-alike, never the real password', (code) => {
    const d = DICTIONARIES[code];
    const never: Record<string, RegExp> = { ru: /никогда не/i, en: /never/i, es: /nunca/i, ar: /أبدًا/ };
    expect(d['password.privacyLike'], code).toMatch(never[code]!);
    expect(d['password.hint'], code).toMatch(never[code]!);
  });

  it.each(LOCALES.map((l) => [l.code, l.tag] as const))('%s: no length or passphrase advice is given for the Xiaomi password beyond what Xiaomi allows', (code) => {
    const t = translator(clientStrings(code, ['password.']));
    const xiaomi = t('password.tip.xiaomi', { count: 16 });
    expect(xiaomi).toMatch(/16/);
    expect(xiaomi).not.toMatch(/15/);
    // The general advice (15+ characters, passphrases) names Xiaomi as the place it is not for.
    expect(t('password.tip.length', { count: 15 })).toMatch(/Xiaomi/);
    expect(t('password.tip.passphrase')).toMatch(/Xiaomi/);
    expect(t('password.lengthXiaomi', { count: 16 })).toMatch(/16/);
    const keys = Object.keys(clientStrings(code, ['password.']).messages);
    expect(keys).not.toContain('password.lengthAdvice');
  });
});
