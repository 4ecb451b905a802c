import { beforeAll, describe, expect, it } from 'vitest';
import { PATTERN_KEYS, SUGGESTION_KEYS, WARNING_KEYS } from '../../src/lib/password/feedback.ts';
import type { PasswordReport, Scorer } from '../../src/lib/password/scorer.ts';
import { shippedScorer } from '../support/password.ts';

/** The Russian page's scorer (what most readers get); Spanish, Indonesian, Portuguese and English words are checked on their own pages below. */
let score: Scorer;
let scoreOn: Record<'en' | 'es' | 'ar' | 'id' | 'pt-br' | 'tr', Scorer>;
beforeAll(() => {
  score = shippedScorer('ru');
  scoreOn = { en: shippedScorer('en'), es: shippedScorer('es'), ar: shippedScorer('ar'), id: shippedScorer('id'), 'pt-br': shippedScorer('pt-br'), tr: shippedScorer('tr') };
}, 120_000);

/** [password, lowest acceptable score, highest acceptable score, why] */
const TABLE: [string, number, number, string][] = [
  // zxcvbn-ts's own lists
  ['password', 0, 0, 'the most common password'],
  ['qwerty', 0, 0, 'a keyboard row and a top password'],
  ['123456', 0, 0, 'a top password'],
  ['qwerty123', 0, 1, 'a common password'],
  ['P@ssw0rd', 0, 1, 'l33t spelling of a top password'],
  ['iloveyou', 0, 1, 'a common phrase password'],
  // Russian, in Cyrillic
  ['пароль', 0, 0, 'the Russian for "password"'],
  ['Пароль1', 0, 1, 'capitalised with a digit'],
  ['пароль123', 0, 1, 'a Russian word and a sequence'],
  ['п@р0ль', 0, 1, 'l33t in Cyrillic'],
  ['привет', 0, 1, 'a common Russian password'],
  ['котик2010', 0, 2, 'a pet word and a year'],
  ['одиндватри', 0, 1, 'Russian numbers in order'],
  // the Russian keyboard layout
  ['йцукен', 0, 0, 'the Russian keyboard row (qwerty on the other layout)'],
  ['ЙЦУКЕН', 0, 1, 'the same row in capitals'],
  ['фывапролдж', 0, 1, 'the middle row of the Russian keyboard'],
  ['ячсмить', 0, 1, 'the bottom row of the Russian keyboard'],
  // Russian typed with the English layout on
  ['gfhjkm', 0, 0, '"пароль" on the English layout'],
  ['gfhjkm123', 0, 1, '"пароль123" on the English layout'],
  ['Gfhjkm2024', 0, 2, 'capitalised, with a recent year'],
  ['ljcneg', 0, 1, '"доступ" on the English layout'],
  ['ghbdtn', 0, 1, '"привет" on the English layout'],
  ['vfrcbv', 0, 1, '"максим" on the English layout'],
  ['rjhjdf', 0, 1, '"корова", a plain word, on the English layout'],
  // Russian in Latin letters
  ['parol', 0, 0, '"пароль" transliterated'],
  ['privet', 0, 1, '"привет" transliterated'],
  ['lyubov', 0, 1, '"любовь" transliterated'],
  ['ljubov', 0, 1, '"любовь" in another spelling'],
  ['solnyshko', 0, 1, '"солнышко" transliterated'],
  ['spartak', 0, 1, 'a football club'],
  ['zenit2012', 0, 2, 'a club and a year'],
  ['odindvatri', 0, 1, 'Russian numbers in order, in Latin letters'],
  // names
  ['natasha', 0, 1, 'a first name in Latin letters'],
  ['Наташа1985', 0, 2, 'a first name and a birth year'],
  ['Александр', 0, 1, 'a first name'],
  ['aleksandr', 0, 1, 'a first name in Latin letters'],
  ['ivanova', 0, 1, 'a surname in Latin letters'],
  ['smirnov', 0, 1, 'a surname in Latin letters'],
  // dates and site words
  ['01.02.1990', 0, 2, 'a date'],
  ['15061985', 0, 2, 'a date without separators'],
  ['xiaomi123', 0, 2, 'the brand and a sequence'],
  // random strings: strong for their length, never "words"
  ['k9#Tq2!vLz', 3, 4, 'ten random characters'],
  ['pT7vQ2xK9mRw', 4, 4, 'twelve random characters'],
  ['7Hq#v9Lp!2Xz$4Nc', 4, 4, 'sixteen random characters'],
  ['шюжйэзфбщд', 3, 4, 'ten random Cyrillic letters (same length as фывапролдж)'],
  // long random passphrases
  ['correct horse battery staple', 4, 4, 'four random English words'],
  ['лошадь-батарейка-скрепка-верно', 4, 4, 'four random Russian words'],
  ['tiger-piano-cloud-scooter-ocean', 4, 4, 'five random words'],
  ['Jxtym-nfqysq-rjn-2', 4, 4, 'Russian words on the English layout, long enough'],
];

describe('password scores', () => {
  it('the table has at least 40 passwords', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
  });

  it.each(TABLE)('%s scores between %i and %i (%s)', (password, min, max) => {
    const r = score(password);
    expect(r.score).toBeGreaterThanOrEqual(min);
    expect(r.score).toBeLessThanOrEqual(max);
  });
});

describe('each page scores with its own language’s lists', () => {
  it('a Spanish word is a word on Spanish pages only', () => {
    expect(scoreOn.es('contraseña').score).toBeLessThanOrEqual(1);
    expect(scoreOn.es('contraseña').sequence[0]?.dictionaryName).toMatch(/-es-es$/);
    // Elsewhere no Spanish list is loaded: the same word counts as ten letters guessed blindly.
    expect(score('contraseña').score).toBeGreaterThan(scoreOn.es('contraseña').score);
  });

  it('an Indonesian word is a word on Indonesian pages only', () => {
    for (const word of ['kesayangan', 'merdeka1945']) {
      expect(scoreOn.id(word).score, word).toBeLessThanOrEqual(1);
      expect(scoreOn.id(word).sequence[0]?.dictionaryName, word).toMatch(/-id$/);
      for (const s of [score, scoreOn.es, scoreOn['pt-br'], scoreOn.tr]) expect(s(word).score, word).toBeGreaterThan(scoreOn.id(word).score);
    }
  });

  it('a Portuguese word is a word on Brazilian Portuguese pages only', () => {
    expect(scoreOn['pt-br']('obrigado').score).toBe(0);
    expect(scoreOn['pt-br']('obrigado').sequence[0]?.dictionaryName).toBe('commonWords-pt-br');
    for (const s of [score, scoreOn.es, scoreOn.id, scoreOn.tr]) expect(s('obrigado').score).toBeGreaterThan(1);
  });

  it('Turkish pages have no lists of their own: they score as the Russian and Arabic pages do', () => {
    for (const p of ['sevgilim', 'kesayangan', 'obrigado', 'contraseña', 'fitzgerald', 'gfhjkm', 'Tr0ub4dor&3']) {
      expect(scoreOn.tr(p).guessesLog10, p).toBe(score(p).guessesLog10);
      expect(scoreOn.tr(p).guessesLog10, p).toBe(scoreOn.ar(p).guessesLog10);
    }
  });

  it('frequent English words and names are words on every page, rarer ones on English pages', () => {
    for (const s of [score, scoreOn.ar, scoreOn.es, scoreOn.en, scoreOn.id, scoreOn['pt-br'], scoreOn.tr]) {
      expect(s('sunshine').score).toBe(0);
      expect(s('michael1990').score).toBeLessThanOrEqual(1);
    }
    // A surname: in the English lists English pages load, not in the subset every page gets.
    expect(scoreOn.en('fitzgerald').sequence[0]?.dictionaryName).toBe('lastnames-en');
    expect(score('fitzgerald').sequence.map((m) => m.dictionaryName)).not.toContain('lastnames-en');
  });
});

const patterns = (r: PasswordReport) => r.sequence.map((m) => m.pattern);

describe('Russian-aware matching', () => {
  it.each([
    ['gfhjkm', 'пароль'],
    ['ljcneg', 'доступ'],
    ['ghbdtn', 'привет'],
  ])('%s is recognised as "%s" typed with the English layout', (password) => {
    const r = score(password);
    expect(r.sequence).toHaveLength(1);
    expect(r.sequence[0]).toMatchObject({ pattern: 'keyboardLayout', direction: 'toRussian' });
    expect(r.sequence[0]!.dictionaryName).toMatch(/-ru$/);
    expect(r.feedback.warning).toMatch(/^wrongLayout/);
    expect(r.feedback.suggestions).toContain('bothLayouts');
  });

  it('"ячсмить" is recognised as an English password typed with the Russian layout', () => {
    const r = score('ячсмить');
    expect(r.sequence[0]).toMatchObject({ pattern: 'keyboardLayout', direction: 'toEnglish' });
  });

  it('ЙЦУКЕН keyboard walks are keyboard patterns even where no list has them', () => {
    // Not in any word list: a zig-zag over neighbouring keys of the Russian layout.
    const r = score('фвыцукапр');
    expect(patterns(r)).toContain('spatial');
    expect(r.sequence.find((m) => m.pattern === 'spatial')?.graph).toBe('jcuken');
  });

  it('transliterated words come from the Russian lists and say so', () => {
    for (const word of ['parol', 'privet', 'lyubov', 'ljubov', 'solnyshko']) {
      const r = score(word);
      expect(r.sequence[0]?.dictionaryName, word).toMatch(/-ru-translit$/);
      expect(r.feedback.suggestions, word).toContain('translit');
    }
  });

  it('names get the names warning, in Cyrillic and in Latin letters', () => {
    for (const name of ['natasha', 'Александр', 'ivanova']) expect(score(name).feedback.warning, name).toBe('namesByThemselves');
  });

  it('a capitalised Cyrillic word gets the "capital first letter" hint, not "all capitals"', () => {
    const r = score('Наташа');
    expect(r.feedback.suggestions).toContain('capitalization');
    expect(r.feedback.suggestions).not.toContain('allUppercase');
  });

  it.each([
    ['xqzvtw', 'gfhjkm'],
    ['bqhzwx', 'ljcneg'],
    ['ьщэёжф', 'йцукен'],
    ['шюжйэзфбщд', 'фывапролдж'],
  ])('the random string %s is not taken for a word and is much stronger than %s', (random, word) => {
    const r = score(random);
    expect(patterns(r)).not.toContain('dictionary');
    expect(patterns(r)).not.toContain('keyboardLayout');
    expect(r.guessesLog10).toBeGreaterThan(score(word).guessesLog10 + 3);
  });

  it('words about Xiaomi count as page-related data', () => {
    expect(score('xiaomi123').feedback.warning).toBe('userInputs');
    expect(score('redmi2024').feedback.warning).toBe('userInputs');
  });
});

describe('the report', () => {
  it('gives crack times for a throttled online attack and a slow-hash offline attack', () => {
    const weak = score('пароль');
    expect(weak.crackTimes.offlineSlowHash).toEqual({ unit: 'ltSecond' });
    expect(weak.crackTimes.onlineThrottled.unit).toBe('minutes');
    expect(score('correct horse battery staple').crackTimes.offlineSlowHash).toEqual({ unit: 'centuries' });
  });

  it('counts characters, not UTF-16 units', () => {
    expect(score('пароль').length).toBe(6);
    expect(score('🔑🔑ab').length).toBe(4);
  });

  it('only ever returns feedback and pattern keys the page can translate', () => {
    for (const [password] of TABLE) {
      const r = score(password);
      if (r.feedback.warning) expect(WARNING_KEYS).toContain(r.feedback.warning);
      for (const s of r.feedback.suggestions) expect(SUGGESTION_KEYS).toContain(s);
      for (const p of r.patterns) expect(PATTERN_KEYS).toContain(p);
    }
  });

  it('names the recognised kinds of pattern, not the matched text', () => {
    const r = score('gfhjkm1990');
    expect(r.patterns).toEqual(['keyboardLayout', 'regex']);
    expect(JSON.stringify(r.patterns) + JSON.stringify(r.feedback)).not.toMatch(/gfhjkm|пароль|1990/);
  });

  it('scores a 64-character password (the longest the bench times)', () => {
    const r = score('a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8s9t0u1v2w3x4y5z6a7b8c9d0e1f2');
    expect(r.length).toBe(64);
    expect(r.score).toBeGreaterThanOrEqual(3);
  });
});
