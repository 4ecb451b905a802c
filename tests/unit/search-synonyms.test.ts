import { describe, expect, it } from 'vitest';
import { compileSynonyms, findSiteWords, findSynonyms, isSynonymWord, joinNegations, synonymProblems } from '../../src/lib/search/synonyms.ts';
import { fold, wordsOf } from '../../src/lib/search/normalize.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const set = compileSynonyms({
  'SIM-карта': ['симк*', 'сим карта'],
  'б/у телефон': ['с рук', 'подержан*'],
  'used phone': ['second-hand', 'Second hand'],
  'teléfono': ['celular', 'móvil'],
});
const words = (q: string) => wordsOf(q).map(fold);

describe('readers’ words (content/search/synonyms/<locale>.yaml)', () => {
  it('a phrase matches whole words in normal form, stop words included ("с рук")', () => {
    expect(findSynonyms(words('купил телефон с рук'), set)).toEqual([{ site: 'б/у телефон', start: 2, end: 4 }]);
    expect(findSynonyms(words('купил телефон сруками'), set)).toEqual([]);
  });

  it('a word ending in * matches any ending (симк* = симка, симку, симки)', () => {
    for (const q of ['симка', 'поменял симку', 'Симки нет']) expect(findSynonyms(words(q), set).map((m) => m.site), q).toEqual(['SIM-карта']);
    expect(findSynonyms(words('сим'), set)).toEqual([]);
  });

  it('case, accents and hyphens do not matter', () => {
    expect(findSynonyms(words('Bought a SECOND-HAND phone'), set).map((m) => m.site)).toEqual(['used phone']);
    expect(findSynonyms(words('perdí el movil'), set).map((m) => m.site)).toEqual(['teléfono']);
  });

  it('several phrases in one query are each found, in order', () => {
    expect(findSynonyms(words('сим карта с рук'), set).map((m) => [m.site, m.start])).toEqual([
      ['SIM-карта', 0],
      ['б/у телефон', 2],
    ]);
  });

  it('a word of a reader’s phrase is the reader’s word, never a typo to correct', () => {
    expect(isSynonymWord(set, 'симку')).toBe(true);
    expect(isSynonymWord(set, 'рук')).toBe(true);
    expect(isSynonymWord(set, 'пароль')).toBe(false);
  });
});

describe('a synonyms file an editor got wrong', () => {
  it('names the entry and the phrase for each problem, all at once', () => {
    const problems = synonymProblems({
      'SIM-карта': ['с*', 'си*мка', '  ', 'симка', 'СИМКА', 'SIM-карта'],
      '???': ['что-то'],
    });
    expect(problems).toEqual([
      { path: ['SIM-карта', 0], message: '"с*": a word ending in * needs at least 3 letters before it' },
      { path: ['SIM-карта', 1], message: '"си*мка": * may only end a word ("симк*")' },
      { path: ['SIM-карта', 2], message: '"  ": expected a word or phrase readers type' },
      { path: ['SIM-карта', 4], message: '"СИМКА": the same as "симка" for the search (case, accents and punctuation don\'t count); keep one' },
      { path: ['SIM-карта', 5], message: '"SIM-карта": is the site’s own words; the search finds them already' },
      { path: ['???'], message: 'the site’s words must contain a letter' },
    ]);
  });

  it('a good file has no problems', () => {
    expect(synonymProblems({ 'SIM-карта': ['симк*', 'сим карта'], 'Xiaomi': ['сяоми'] })).toEqual([]);
  });
});

describe('readers’ phrases without their stop words (issue 25: function words)', () => {
  const en = compileSynonyms(
    { 'lost phone': ['left my phone'], 'forgot password': ['dont remember my password'], 'used phone': ['with the box'], 'б/у телефон': ['с рук'] },
    ['my', 'the', 'a', 'on', 'i', 'dont', 'with', 'с'],
  );
  it('a phrase matches with stop words left out or added, on either side, over the span it covers', () => {
    expect(findSynonyms(words('left phone on the bus'), en)).toEqual([{ site: 'lost phone', start: 0, end: 2 }]);
    expect(findSynonyms(words('i left the phone'), en)).toEqual([{ site: 'lost phone', start: 1, end: 4 }]);
    expect(findSynonyms(words('left my phone'), en)).toEqual([{ site: 'lost phone', start: 0, end: 3 }]);
  });

  it('two words match in either order ("phone left", "password lost"), three only in theirs', () => {
    const three = compileSynonyms({ 'lost phone': ['left my phone'], 'forgot password': ['lost my password'], 'sign in': ['cant log in now'] }, ['my', 'the']);
    expect(findSynonyms(words('xiaomi password lost need new'), three)).toEqual([{ site: 'forgot password', start: 1, end: 3 }]);
    expect(findSynonyms(words('phone left in taxi'), three).map((m) => m.site)).toEqual(['lost phone']);
    expect(findSynonyms(words('now log cant in'), three)).toEqual([]);
  });

  it('but a phrase beginning with the brand, a word readers put anywhere, only in its order: "mi unlock" (the tool) is not "unlock my mi account"', () => {
    const named = compileSynonyms({ bootloader: ['mi unlock'], 'delete account': ['remove my account'] }, ['my']);
    expect(findSynonyms(words('mi unlock says wait'), named).map((m) => m.site)).toEqual(['bootloader']);
    expect(findSynonyms(words('they can unlock my mi account'), named)).toEqual([]);
    // A phrase beginning with another word is still turned round, "account" or not.
    expect(findSynonyms(words('mi account remove it'), named).map((m) => m.site)).toEqual(['delete account']);
  });

  it('a phrase never matches across a clause word, in either order: "password but my phone" is no "phone password"', () => {
    const clauses = compileSynonyms({ 'screen lock': ['phone password'] }, ['my', 'but', 'for', 'is'], [], [], ['but']);
    expect(findSynonyms(words('forgot my password but my phone is still logged in'), clauses)).toEqual([]);
    expect(findSynonyms(words('my phone but password'), clauses)).toEqual([]);
    // Without one between them they still match, turned round too.
    expect(findSynonyms(words('password for my phone'), clauses).map((m) => m.site)).toEqual(['screen lock']);
    expect(findSynonyms(words('my phone password'), clauses).map((m) => m.site)).toEqual(['screen lock']);
    // The list ships with the file, folded, only where the language has one.
    expect(clauses.clause).toEqual(['but']);
    expect(compileSynonyms({ 'screen lock': ['phone password'] }, ['my']).clause).toBeUndefined();
  });

  it('a phrase matched only turned round yields the same words to another entry’s phrase matched in its own order', () => {
    const both = compileSynonyms({ 'change the linked number': ['change my number'], 'no access': ['number is change'] }, ['my', 'is']);
    expect(findSynonyms(words('change my mi number'), both).map((m) => m.site)).toEqual(['change the linked number']);
    expect(findSynonyms(words('my number is change'), both).map((m) => m.site)).toEqual(['no access']);
    // With no phrase in its order there, the turned one still counts.
    const one = compileSynonyms({ 'no access': ['number is change'] }, ['my', 'is']);
    expect(findSynonyms(words('change my number'), one).map((m) => m.site)).toEqual(['no access']);
  });

  it('but not a negation, nor a phrase that is one word once its stop words are gone', () => {
    expect(findSynonyms(words('i remember my password'), en)).toEqual([]);
    expect(findSynonyms(words('dont remember password'), en).map((m) => m.site)).toEqual(['forgot password']);
    expect(findSynonyms(words('box'), en)).toEqual([]);
    expect(findSynonyms(words('купил с рук'), en).map((m) => m.site)).toEqual(['б/у телефон']);
    expect(findSynonyms(words('рук'), en)).toEqual([]);
  });
});

describe('the brand or the account between a phrase’s words (issue 25: "lost mi account password")', () => {
  const set = compileSynonyms(
    {
      'forgot password': ['lost my password', 'dont remember my password'],
      'delete account': ['cancel* account'],
      Xiaomi: ['xiomi', 'сяоми'],
      'аккаунт': ['акк'],
      'удалить аккаунт': ['удалить акк'],
      'lost phone': ['left my phone'],
    },
    ['my', 'i', 'dont', 'the'],
  );
  it('passes over the brand, its readers’ spellings and the account word inside a phrase', () => {
    expect(findSynonyms(words('lost mi account password'), set)).toEqual([{ site: 'forgot password', start: 0, end: 4, words: 2 }]);
    expect(findSynonyms(words('i dont remember my xiomi password'), set).map((m) => m.site)).toEqual(['forgot password', 'Xiaomi']);
    expect(findSynonyms(words('cancel my xiaomi account'), set).map((m) => m.site)).toEqual(['delete account']);
    expect(findSynonyms(words('удалить сяоми акк'), set).map((m) => m.site)).toEqual(['удалить аккаунт', 'Xiaomi', 'аккаунт']);
  });

  it('the words passed over are not the phrase’s: it stands for its own words only', () => {
    // "recover my mi account" is "recover account": two of the reader's words, not three, when the
    // query is searched with the site's words (engine.ts, variantOf: a unit's weight).
    expect(findSynonyms(words('cancel my xiaomi account'), set)).toEqual([{ site: 'delete account', start: 0, end: 4, words: 2 }]);
    expect(findSynonyms(words('cancel my account'), set)).toEqual([{ site: 'delete account', start: 0, end: 3 }]);
  });

  it('"to" or "by" between two of the phrase’s words turns them around, unless the phrase has it too or it follows a word saying which one', () => {
    const turn = compileSynonyms(
      {
        restricted: ['locked account'],
        'phone asks for the Xiaomi account password after a reset': ['locked to'],
        'no access to the phone or email': ['number deactivated'],
        'change the linked phone number': ['new number'],
      },
      ['my', 'to', 'by', 'the', 'got', 'is'],
    );
    // A phone bound to an account is not a locked account (the side effect of "old" between a phrase's words).
    expect(findSynonyms(words('unlock phone locked to old account'), turn).map((m) => m.site)).toEqual(['phone asks for the Xiaomi account password after a reset']);
    expect(findSynonyms(words('phone locked by my mi account'), turn).map((m) => m.site)).toEqual([]);
    expect(findSynonyms(words('phone locked to my mi account'), turn).map((m) => m.site)).toEqual(['phone asks for the Xiaomi account password after a reset']);
    expect(findSynonyms(words('my locked mi account'), turn).map((m) => m.site)).toEqual(['restricted']);
    expect(findSynonyms(words('my number linked to xiaomi got deactivated'), turn).map((m) => m.site)).toEqual(['no access to the phone or email']);
    expect(findSynonyms(words('number to my new one'), turn).map((m) => m.site)).toEqual([]);
  });

  it('"if" or "whether" between two of the phrase’s words makes a question of them: "dont know if its the password" is not "dont know my password"', () => {
    const ask = compileSynonyms({ 'forgotten password': ['dont know my password'] }, ['i', 'if', 'whether', 'its', 'the', 'my', 'even']);
    expect(findSynonyms(words('i dont know my password'), ask).map((m) => m.site)).toEqual(['forgotten password']);
    expect(findSynonyms(words('i dont even know the password'), ask).map((m) => m.site)).toEqual(['forgotten password']);
    expect(findSynonyms(words('i dont even know if its the password'), ask).map((m) => m.site)).toEqual([]);
    expect(findSynonyms(words('dont know whether my password'), ask).map((m) => m.site)).toEqual([]);
  });

  it('but no other word, and never before the phrase’s first word', () => {
    expect(findSynonyms(words('lost phone password'), set).map((m) => m.site)).toEqual([]);
    expect(findSynonyms(words('left xiaomi at home my phone'), set).map((m) => m.site)).toEqual([]);
    expect(findSynonyms(words('mi lost password'), set)).toEqual([{ site: 'forgot password', start: 1, end: 3 }]);
  });
});

describe('a reader’s phrase in other word forms (issue 25: Russian cases, English plurals)', () => {
  const set = compileSynonyms(
    { 'поддержка Xiaomi': ['горячая линия'], 'забыли пароль': ['не помню пароль'], 'lost phone': ['stolen phone'], 'change the linked phone number': ['change my number'], 'SIM-карта': ['симк*'] },
    ['my'],
  );
  it('matches a Russian case or a soft sign left out in Latin letters, an English plural or -ing', () => {
    expect(findSynonyms(words('телефон горячей линии xiaomi'), set).map((m) => m.site)).toEqual(['поддержка Xiaomi']);
    expect(findSynonyms(words('не помню пароля'), set).map((m) => m.site)).toEqual(['забыли пароль']);
    expect(findSynonyms(words('не помню парол'), set).map((m) => m.site)).toEqual(['забыли пароль']);
    expect(findSynonyms(words('stolen phones'), set).map((m) => m.site)).toEqual(['lost phone']);
    expect(isSynonymWord(set, 'линией')).toBe(true);
  });
  it('but not a past tense in English, a word cut below its stem, or a short word', () => {
    expect(findSynonyms(words('changed my number'), set)).toEqual([]);
    expect(findSynonyms(words('changing my number'), set).map((m) => m.site)).toEqual(['change the linked phone number']);
    expect(findSynonyms(words('горячий лин'), set)).toEqual([]);
    expect(findSynonyms(words('stole phone'), set)).toEqual([]);
  });
});

describe('a reader’s spelling of one site word inside other readers’ phrases (issue 25)', () => {
  const set = compileSynonyms(
    {
      password: ['pasword', 'pwd'],
      'reset a forgotten password': ['password recovery', 'recover password'],
      'аккаунт': ['акк'],
      'аккаунт ограничен': ['аккаунт заморожен'],
      'factory reset': ['wip*'],
      'used phone': ['wipe phone'],
      'Xiaomi Cloud': ['micloud'],
      'photos': ['cloud photos'],
    },
    ['my'],
  );
  it('a one-word spelling of a one-word site word is that word in a phrase ("pasword recovery", "акк заморожен")', () => {
    expect(findSynonyms(words('pasword recovery'), set).map((m) => [m.site, m.start, m.end])).toEqual([
      ['reset a forgotten password', 0, 2],
      ['password', 0, 1],
    ]);
    expect(findSynonyms(words('recover my pwd'), set).map((m) => m.site)).toContain('reset a forgotten password');
    expect(findSynonyms(words('акк заморожен'), set).map((m) => m.site)).toEqual(['аккаунт ограничен', 'аккаунт']);
  });

  it('a stem ending in * or a site of several words is not a spelling of a word', () => {
    expect(findSynonyms(words('wiped phone'), set).map((m) => m.site)).toEqual(['factory reset']);
    expect(findSynonyms(words('micloud photos'), set).map((m) => m.site)).toEqual(['Xiaomi Cloud']);
  });
});

describe('the site’s own words in a reader’s word forms (issue 25: "забыла пароль")', () => {
  const set = compileSynonyms(
    { 'забыли пароль': ['не помню пароль'], 'forgot password': ['dont remember my password'], password: ['pasword'], Xiaomi: ['сяоми'] },
    ['my', 'от'],
  );
  it('site words of two words or more match like a reader’s phrase: other forms, the brand between, a reader’s spelling', () => {
    expect(findSiteWords(words('давно не заходила и забыла пароль'), set)).toEqual([{ site: 'забыли пароль', start: 4, end: 6 }]);
    expect(findSiteWords(words('забыла пароль от сяоми'), set).map((m) => m.site)).toEqual(['забыли пароль']);
    expect(findSiteWords(words('forgot my mi pasword'), set)).toEqual([{ site: 'forgot password', start: 0, end: 4, words: 2 }]);
  });

  it('a site word of one word is not a phrase, and readers’ phrases stay apart (findSynonyms)', () => {
    expect(findSiteWords(words('xiaomi'), set)).toEqual([]);
    expect(findSynonyms(words('забыла пароль'), set)).toEqual([]);
  });
});

describe('what synonyms.json carries besides the readers’ words', () => {
  it('weak words folded, and the FAQ’s questions as their folded words without stop words; neither where there is none', () => {
    const set = compileSynonyms({}, ['can', 'i', 'a', 'just'], ["can't", 'cannot'], ['Can I just create a new Xiaomi account instead?', 'Why doesn’t the code arrive?']);
    expect(set.weak).toEqual(['cant', 'cannot']);
    expect(set.questions).toEqual(['create new xiaomi account instead', 'why doesnt the code arrive']);
    expect(compileSynonyms({}, ['a'])).toEqual({ entries: [], stop: ['a'] });
  });
});

describe('an auxiliary and "not" typed apart ("did not" is "didnt")', () => {
  const set = compileSynonyms(
    { hacked: ['i didnt do', 'wasnt me'], 'no access to the phone number': ['not mine anymore'], 'forgot password': ['cant remember my password'] },
    ['i', 'my', 'is', 'was', 'did', 'do', 'it', 'can'],
  );
  it('matches a phrase written with the contraction, over the two words the reader typed', () => {
    expect(findSynonyms(words('password changed but i did not do it'), set)).toEqual([{ site: 'hacked', start: 3, end: 7 }]);
    expect(findSynonyms(words('it was not me'), set)).toEqual([{ site: 'hacked', start: 1, end: 4 }]);
    expect(findSynonyms(words('i can not remember my password'), set).map((m) => m.site)).toEqual(['forgot password']);
  });
  it('and still the phrase that has "not" on its own ("is not mine anymore")', () => {
    expect(findSynonyms(words('the number is not mine anymore'), set).map((m) => m.site)).toEqual(['no access to the phone number']);
    expect(findSynonyms(words('i did do it'), set)).toEqual([]);
  });
  it('joins only an auxiliary and the "not" right after it', () => {
    expect(joinNegations(words('i did not do it'))).toEqual({ words: ['i', 'didnt', 'do', 'it'], from: [0, 1, 3, 4], to: [1, 3, 4, 5] });
    expect(joinNegations(words('not me'))).toBeUndefined();
    expect(joinNegations(words('password not accepted'))).toBeUndefined();
  });
});

describe('the words that say which number or account is meant, between a phrase’s words', () => {
  const set = compileSynonyms(
    { 'no access to the phone number': ['number switched off', 'number deactivated'], 'phone asks for the Xiaomi account password after a reset': ['phone locked to account'] },
    ['i', 'my', 'the', 'is', 'to', 'for', 'now', 'got', 'by'],
  );
  it('passes over "used", "linked", "registered", "old" as over the brand', () => {
    expect(findSynonyms(words('the number i used for xiaomi is switched off now'), set).map((m) => m.site)).toEqual(['no access to the phone number']);
    expect(findSynonyms(words('my number linked to xiaomi got deactivated by the network'), set).map((m) => m.site)).toEqual(['no access to the phone number']);
    expect(findSynonyms(words('my registered number deactivated'), set).map((m) => m.site)).toEqual(['no access to the phone number']);
    expect(findSynonyms(words('phone locked to old account'), set).map((m) => m.site)).toEqual(['phone asks for the Xiaomi account password after a reset']);
  });
  it('but not another word', () => {
    expect(findSynonyms(words('the number of phones switched off'), set)).toEqual([]);
  });
});

describe('English readers’ phrases (content/search/synonyms/en.yaml)', () => {
  it('an hour is not the bootloader’s wait: "168 hours" was "hours" (phrases match words with a letter; the number was dropped)', () => {
    const file = parse(readFileSync(new URL('../../content/search/synonyms/en.yaml', import.meta.url), 'utf8')) as Record<string, string[]>;
    const en = compileSynonyms(file);
    expect(findSynonyms(words('xiaomi not sending code its been an hour'), en).map((m) => m.site)).not.toContain('bootloader');
    expect(findSynonyms(words('waiting 2 hours for sms code'), en).map((m) => m.site)).not.toContain('bootloader');
  });

  it('"signin" typed as one word is "sign in": the index holds it from "sign-in" in the text, never in a title', () => {
    const en = compileSynonyms(parse(readFileSync(new URL('../../content/search/synonyms/en.yaml', import.meta.url), 'utf8')) as Record<string, string[]>);
    expect(findSynonyms(words('cant signin to my account'), en).map((m) => m.site)).toContain('sign in');
  });

  it('a Gmail is an email, and a Gmail a reset phone asks for is Google’s lock; so is FRP', () => {
    const en = compileSynonyms(parse(readFileSync(new URL('../../content/search/synonyms/en.yaml', import.meta.url), 'utf8')) as Record<string, string[]>);
    expect(findSynonyms(words('it asks for my gmail after a reset'), en).map((m) => m.site)).toEqual(expect.arrayContaining(['email', "Google's lock"]));
    // A mail that never reached the reader's Gmail inbox is about the email, not Google's lock.
    const inbox = findSynonyms(words('the xiaomi reset email never showed up in my gmail'), en).map((m) => m.site);
    expect(inbox).toContain('email');
    expect(inbox).not.toContain("Google's lock");
    expect(inbox).not.toContain('Google');
    // FRP, factory reset protection, is Google's lock.
    expect(findSynonyms(words('frp lock on my redmi'), en).map((m) => m.site)).toContain('Google');
  });
});
