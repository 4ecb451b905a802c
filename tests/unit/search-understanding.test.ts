/**
 * Issue 25: query understanding that generalizes — a real word is kept and never "corrected" into
 * another (the lexicon), a correction's pages rank below the words as typed, a title that holds the
 * query's words ranks its page first, and Russian typed in Latin letters is read as Cyrillic (both
 * common schemes). Each case failed before: the pipeline had no lexicon, no titles and no transliteration.
 */
import { describe, expect, it } from 'vitest';
import { fakeSite, ids, type Page } from '../support/fake-search.ts';
import { LAYOUT_READINGS, OTHER_READINGS } from '../../src/lib/search/engine.ts';
import { JCUKEN_LOCALES } from '../../src/lib/search/layout.ts';
import { bareForms } from '../../src/lib/search/forms.ts';
import { buildLexicon, lexiconEntries } from '../../src/lib/search/lexicon-build.ts';
import { mergeResults } from '../../src/lib/search/merge.ts';
import { fold } from '../../src/lib/search/normalize.ts';
import { LATIN_READERS, latinReading, russianFromLatin } from '../../src/lib/search/translit.ts';

/** The fake Pagefind of tests/support/fake-search.ts, always with a lexicon (empty unless given). */
const site = (lang: string, pages: Record<string, Page>, lexicon: string[] = [], { stop }: { stop?: readonly string[] } = {}) =>
  fakeSite(lang, pages, { lexicon, ...(stop ? { stop } : {}) });

const RU: Record<string, Page> = {
  hub: { title: 'Не получается войти в аккаунт', body: 'Почему не получается войти в аккаунт и что проверить.' },
  reset: { title: 'Сбросить забытый пароль', body: 'Забыли пароль от аккаунта? Новый пароль по коду. Войти с новым паролем.' },
  // "помните" is one edit from "помогите", and this page holds it with the hub's words, many times.
  remember: { title: 'Что сохранить заранее', body: 'Помните: не получается войти, не получается войти, помните о коде, помните о почте. Аккаунт.' },
};
const RU_LEXICON = ['помогите', 'помните', 'пароль', 'войти', 'получается', 'аккаунт'];

describe('correction that does no harm', () => {
  it('a real word of the language that the site lacks is kept as typed, not replaced by a site word one edit away', async () => {
    // No stop words here: "помогите" is one on the real site, this checks the lexicon alone.
    const r = await site('ru', RU, RU_LEXICON, { stop: [] }).search('не получается войти в аккаунт помогите');
    expect(r.corrections).toEqual([]);
    expect(r.reason).toBeUndefined();
    expect(r.searched).toBe('не получается войти в аккаунт помогите');
    expect(ids(r)[0]).toBe('hub');
  });

  it('an English plural or possessive of a real word ("dads") is kept as typed, not read as a site word one edit away ("days")', async () => {
    const EN: Record<string, Page> = {
      reset: { title: 'Reset a forgotten password', body: 'Reset the password with a code.' },
      wait: { title: 'Unlock waiting time', body: 'Wait seven days. The days are counted.' },
    };
    const r = await site('en', EN, ['dad', 'reset', 'password', 'days'], { stop: [] }).search('reset dads password');
    expect(r.corrections).toEqual([]);
    expect(ids(r)[0]).toBe('reset');
  });

  it('a less common real word one edit from a word the site uses on every page is read as that word', async () => {
    // "ромка" (a name) ranks below the language's 1,000 commonest words; "рамка" is on every page of the site.
    const filler = Array.from({ length: 1_500 }, (_, i) => `слово${'а'.repeat(1 + (i % 7))}${String.fromCharCode(0x430 + (i % 32))}${String.fromCharCode(0x430 + Math.floor(i / 32) % 32)}`);
    const pages: Record<string, Page> = {
      code: { title: 'Код и рамка', body: 'Рамка кода, рамка, рамка.' },
      other: { title: 'Рамка телефона', body: 'Рамка.' },
    };
    const r = await site('ru', pages, [...filler, 'ромка'], { stop: [] }).search('код ромка');
    expect(r.corrections).toEqual([{ from: 'ромка', to: 'рамка', distance: 1 }]);
    // Among the commonest words it stays as typed.
    const common = await site('ru', pages, ['ромка', ...filler], { stop: [] }).search('код ромка');
    expect(common.corrections).toEqual([]);
  });

  it('a real word read with two letters swapped ("sing" for "sign") is kept as typed: the swapped reading only ranks below', async () => {
    const pages: Record<string, Page> = {
      signin: { title: 'Cannot sign in to your account', body: 'Why you cannot sign in.' },
      strong: { title: 'A strong password', body: 'Make a single strong password.' },
    };
    // "sing" is in the index only as the beginning of "single"; "sign" is a word of it.
    const typo = await site('en', pages, ['password']).search('cant sing in');
    expect(typo.corrections).toEqual([{ from: 'sing', to: 'sign', distance: 1 }]);
    const real = await site('en', pages, ['sing', 'password']).search('cant sing in');
    expect(real.corrections).toEqual([]);
    expect(real.searched).toBe('cant sing in');
    expect(ids(real)).toContain('signin');
  });

  it('a typo (not a word of the language) is still corrected', async () => {
    const r = await site('ru', RU, RU_LEXICON).search('забыли пороль');
    expect(r.reason).toBe('typo');
    expect(r.corrections).toEqual([{ from: 'пороль', to: 'пароль', distance: 1 }]);
    expect(ids(r)[0]).toBe('reset');
  });

  it('a page found only through the correction of a real word ranks below the pages for the words as typed', async () => {
    const r = await site('ru', RU, RU_LEXICON).search('получается войти помогите');
    const order = ids(r);
    expect(order).toContain('remember');
    expect(order.indexOf('hub')).toBeLessThan(order.indexOf('remember'));
  });

  it('in the ranking itself: a corrected query’s full match, however well scored, comes after the literal’s', () => {
    const merged = mergeResults({
      literal: { units: [{ text: 'войти', weight: 1 }], full: [{ id: 'typed', score: 1 }] },
      variants: [{ units: [{ text: 'помните', weight: 1 }], full: [{ id: 'corrected', score: 50 }], corrected: true }],
      unitHits: new Map([
        ['войти', [{ id: 'typed', score: 1 }]],
        ['помните', [{ id: 'corrected', score: 50, matchedMetaFields: ['title'] }]],
      ]),
      pages: 10,
    });
    expect(merged.map((m) => m.hit.id)).toEqual(['typed', 'corrected']);
  });

  it('an Arabic word with a clitic ("و" + "قفل") is not a typo when its bare form is a word', () => {
    expect(bareForms(fold('وقفل'), 'ar')).toContain('قفل');
    expect(bareForms(fold('موبايلي'), 'ar')).toContain('موبايل');
    expect(bareForms(fold('بالجهاز'), 'ar')).toContain('جهاز');
    expect(bareForms('قفل', 'ar')).toEqual([]);
    expect(bareForms('пароли', 'ru')).toEqual([]);
    expect(bareForms('dads', 'en')).toEqual(['dad']);
    expect(bareForms('batteries', 'en')).toEqual(['battery', 'batteri', 'batterie']);
    expect(bareForms('pass', 'en')).toEqual([]);
    expect(bareForms('bus', 'en')).toEqual([]);
  });
});

describe('the lexicon', () => {
  it('keeps words of the language’s own script, of three letters or more, in normal form, with a rank band', () => {
    const list = ['я', 'не', 'что', 'помогите', 'Ёлка', 'ok', 'xiaomi', 'пароль'];
    const entries = lexiconEntries('ru', list);
    expect(entries.map((e) => e.word)).toEqual(['елка', 'пароль', 'помогите', 'что']);
    expect(entries.every((e) => e.freq === 3)).toBe(true);
    expect(lexiconEntries('es', ['contraseña', 'móvil', '2fa']).map((e) => e.word)).toEqual(['contrasena', 'movil']);
  });

  it('is a manifest and shards in the vocabulary’s format, under lexicon/', () => {
    const files = buildLexicon('ru', RU_LEXICON, { shardBytes: 20 });
    expect(files[0]!.path).toBe('lexicon/ru.json');
    const manifest = JSON.parse(files[0]!.content) as { words: number; shards: { file: string }[] };
    expect(manifest.words).toBe(RU_LEXICON.length);
    expect(manifest.shards.length).toBeGreaterThan(1);
    expect(files.slice(1).map((f) => f.path)).toEqual(manifest.shards.map((s) => `lexicon/${s.file}`));
  });
});

describe('ranking that knows what a page is about', () => {
  const EN: Record<string, Page> = {
    reset: { title: 'Reset a forgotten password', body: 'Open the sign-in page and choose Forgot password. A code comes by email or SMS.' },
    email: { title: 'Which email is linked', body: 'Your email: reset, password, email, email, email. Password and email, reset by email, email again.' },
    hub: { title: 'Can’t sign in? Find the cause', body: 'A forgotten password, a lost email, a reset phone: find yours below.' },
  };

  it('the page whose title holds every word of the query comes first, above pages that repeat the words in the text', async () => {
    const r = await site('en', EN).search('reset password email');
    expect(ids(r)[0]).toBe('reset');
  });

  it('a broad query: the hub whose title says it comes first, though another page repeats the words more', async () => {
    const pages = { ...EN, reset: { ...EN.reset!, body: `${EN.reset!.body} Sign in, sign in again: you can't sign in until the password is reset.` } };
    const r = await site('en', pages).search("can't sign in password email");
    expect(ids(r)[0]).toBe('hub');
  });

  it("a title holding only a word that says something fails ('Can't …') does not outrank the page whose title names the rest of the query", async () => {
    const pages: Record<string, Page> = {
      hub: { title: 'Can’t sign in? Find the cause', body: 'You can’t sign in: a wrong password, a code that does not come, a lost phone. The code, the code.' },
      code: { title: 'Verification code not arriving', body: 'Check the number and wait before asking for a new one.' },
      lost: { title: 'Find a lost phone', body: 'Locate it on the map. You can’t? Erase it.' },
      scam: { title: 'Unlock services are a scam', body: 'They can’t remove the lock. Never send a code.' },
      reset: { title: 'Reset a forgotten password', body: 'A code comes by SMS. Can’t get it? Wait.' },
    };
    for (const q of ['cant get code', "can't receive the code"]) {
      expect(ids(await fakeSite('en', pages, { weak: [] }).search(q))[0], `${q}, no weak words`).toBe('hub');
      expect(ids(await fakeSite('en', pages).search(q))[0], q).toBe('code');
    }
    // Beside another word of the query in the same title it still counts: the hub answers "cant sign in".
    expect(ids(await fakeSite('en', pages).search('cant sign in code'))[0]).toBe('hub');
  });

  it("'not' is such a word in English: a title saying something is 'not available' is no answer to 'password not accepted'", async () => {
    const pages: Record<string, Page> = {
      region: { title: 'Region: "not available"', body: 'The store is not available in your region, your password is fine.' },
      reset: { title: 'Reset a forgotten password', body: 'Forgot the password? Set a new password.' },
      strong: { title: 'Create a strong password', body: 'A password of twelve letters, not your name.' },
      locked: { title: 'Phone asks for the password after a reset', body: 'Enter the password, not the PIN.' },
      code: { title: 'Verification code not arriving', body: 'Not yet? Wait, the password is not needed.' },
      photos: { title: 'Where did my photos go', body: 'Your password is not asked.' },
    };
    // Without weak words, a title holding "not" comes first.
    expect(['region', 'code'], 'no weak words').toContain(ids(await fakeSite('en', pages, { weak: [] }).search('password not accepted'))[0]);
    // With them, a title holding "password".
    expect(['reset', 'strong', 'locked']).toContain(ids(await fakeSite('en', pages).search('password not accepted'))[0]);
    // Beside another word of the query in the same title it still counts: "code not coming".
    expect(ids(await fakeSite('en', pages).search('code not coming'))[0]).toBe('code');
  });
});

describe('Russian typed in Latin letters', () => {
  it('reads both common schemes the same: ya/ja, yu/ju, zh, kh/h, ch, sh, shch/sch, y/j for й', () => {
    for (const [latin, cyrillic] of [
      ['zabyl', 'забыл'],
      ['kopiya', 'копия'],
      ['kopija', 'копия'],
      ['vklyuchit', 'включит'],
      ['vkljuchit', 'включит'],
      ['nuzhen', 'нужен'],
      ['prikhodit', 'приходит'],
      ['prihodit', 'приходит'],
      ['chto', 'что'],
      ['shaomi', 'шаоми'],
      ['soobshchenie', 'сообщение'],
      ['soobschenie', 'сообщение'],
      ['voyti', 'войти'],
      ['vojti', 'войти'],
      ['novyy', 'новый'],
      ['udalit', 'удалит'],
    ] as const) expect(russianFromLatin(latin), latin).toBe(cyrillic);
  });

  it('the engine tries other readings in exactly the locales that have a reader', () => {
    expect([...OTHER_READINGS].sort()).toEqual([...new Set([...Object.keys(LATIN_READERS), ...JCUKEN_LOCALES])].sort());
    // The layout module is loaded only where a layout can apply (a Hindi query in Latin letters does not fetch it).
    expect([...LAYOUT_READINGS].sort()).toEqual([...JCUKEN_LOCALES].sort());
  });

  it('keeps the words the site writes in Latin letters, and reads only locales that have a reader', async () => {
    expect(await latinReading(['udalit', 'akkaunt', 'xiaomi'], 'ru', (w) => w === 'xiaomi')).toBe('удалит аккаунт xiaomi');
    expect(await latinReading(['delete', 'account'], 'en')).toBeUndefined();
    expect(await latinReading(['пароль'], 'ru')).toBeUndefined();
  });

  it('a query in Latin letters finds the Russian page, and says what it searched', async () => {
    const pages: Record<string, Page> = {
      ...RU,
      delete: { title: 'Как удалить аккаунт Xiaomi', body: 'Удалить аккаунт Xiaomi навсегда: что пропадёт.' },
    };
    const s = site('ru', pages, RU_LEXICON);
    for (const q of ['udalit akkaunt xiaomi', 'udalit akkaunt']) {
      const r = await s.search(q);
      expect(r.reason, q).toBe('translit');
      expect(ids(r)[0], q).toBe('delete');
    }
    const forgot = await s.search('zabyli parol');
    expect(forgot.reason).toBe('translit');
    expect(ids(forgot)[0]).toBe('reset');
  });
});
