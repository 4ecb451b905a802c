/**
 * Hindi typed in Latin letters (issue 28: "password bhool gaya", "otp nahi aa raha"), read as
 * Devanagari. Its own module, loaded only by a Hindi page's search for a query in Latin letters
 * (translit.ts, LATIN_READERS), so no other locale fetches its tables.
 */

/**
 * English words Hindi writes in Devanagari, as this site spells them, and the brand words it keeps in
 * Latin letters. Everything else goes through the rules.
 */
const HI_WORDS: Readonly<Record<string, string>> = {
  password: 'पासवर्ड', account: 'अकाउंट', otp: 'ओटीपी', reset: 'रीसेट', lock: 'लॉक', unlock: 'अनलॉक', mobile: 'मोबाइल',
  mein: 'में', phone: 'फ़ोन', fone: 'फ़ोन', number: 'नंबर', email: 'ईमेल', mail: 'मेल', code: 'कोड', sms: 'एसएमएस', sim: 'सिम',
  login: 'लॉगिन', link: 'लिंक', hack: 'हैक', device: 'डिवाइस', cloud: 'क्लाउड', support: 'सपोर्ट', service: 'सर्विस',
  // Words a Hindi page writes in Latin letters: kept.
  mi: 'mi', xiaomi: 'xiaomi', redmi: 'redmi', poco: 'poco', miui: 'miui', hyperos: 'hyperos',
};

/** Consonants, longest first; the first spelling is the likelier one (t/d: dental before retroflex). */
const HI_CONSONANTS: readonly (readonly [string, readonly string[]])[] = [
  ['chh', ['छ']], ['ksh', ['क्ष']],
  ['kh', ['ख']], ['gh', ['घ']], ['ch', ['च']], ['jh', ['झ']], ['th', ['थ', 'ठ']], ['dh', ['ध', 'ढ']], ['ph', ['फ']], ['bh', ['भ']], ['sh', ['श']],
  ['k', ['क']], ['g', ['ग']], ['c', ['क', 'च']], ['j', ['ज']], ['t', ['त', 'ट']], ['d', ['द', 'ड']], ['n', ['न']], ['p', ['प']], ['f', ['फ़']],
  ['b', ['ब']], ['m', ['म']], ['y', ['य']], ['r', ['र']], ['l', ['ल']], ['v', ['व']], ['w', ['व']], ['s', ['स']], ['h', ['ह']],
  ['z', ['ज़']], ['q', ['क']], ['x', ['क्स']],
];

/** Vowels, longest first: [letter at a word's start or after a vowel, sign after a consonant]. */
const HI_VOWELS: readonly (readonly [string, string, string])[] = [
  ['aa', 'आ', 'ा'], ['ai', 'ऐ', 'ै'], ['ei', 'ए', 'े'], ['au', 'औ', 'ौ'], ['ee', 'ई', 'ी'], ['ii', 'ई', 'ी'], ['oo', 'ऊ', 'ू'], ['uu', 'ऊ', 'ू'],
  ['a', 'अ', ''], ['i', 'इ', 'ि'], ['u', 'उ', 'ु'], ['e', 'ए', 'े'], ['o', 'ओ', 'ो'],
];

const VIRAMA = '्';
const ANUSVARA = 'ं';
const CANDRABINDU = 'ँ';
/** A consonant this one joins without a vowel between (क्य, प्र, स्व): the virama comes first. */
const JOINS = new Set(['y', 'r', 'v', 'w']);

type Piece = { kind: 'c'; latin: string; letters: readonly string[] } | { kind: 'v'; latin: string; full: string; sign: string };

function hindiPieces(s: string): Piece[] | undefined {
  const out: Piece[] = [];
  for (let i = 0; i < s.length; ) {
    const v = HI_VOWELS.find(([l]) => s.startsWith(l, i));
    if (v) {
      out.push({ kind: 'v', latin: v[0], full: v[1], sign: v[2] });
      i += v[0].length;
      continue;
    }
    const c = HI_CONSONANTS.find(([l]) => s.startsWith(l, i));
    if (!c) return undefined;
    out.push({ kind: 'c', latin: c[0], letters: c[1] });
    i += c[0].length;
  }
  return out;
}

/**
 * The Devanagari spellings a word typed in Latin letters may stand for, likelier first (at most
 * `limit`). Hinglish writes no schwa and one letter for several sounds, so each choice has a first
 * spelling and others: a medial "a" is the inherent vowel or ा ("mang" = माँग), "i"/"u" short or
 * long (ि/ी, ु/ू; at a word's end long first: "nahi" → नही, "bhi" → भी), "t"/"d"/"th"/"dh" dental or
 * retroflex, "ai" one vowel (है) or two (गई), "n" before a consonant or at the end a nasal (बंद,
 * नहीं, कहाँ) or न. Two consonants with no vowel between keep the inherent vowel (किसने) unless the second
 * is y, r or v or both are one letter (क्या, प्रूफ़, पत्ता). A word's final "a" is ा (गया, रहा).
 * The search picks the first spelling the site's words hold, and the typo correction does the rest.
 */
export function hindiSpellings(word: string, limit = 16): string[] {
  const s = word.toLowerCase().replace(/['’]/g, '');
  const fixed = HI_WORDS[s];
  if (fixed) return [fixed];
  const pieces = hindiPieces(s);
  if (!pieces) return [s];
  // Each position's options, first the likelier: a list of [text, cost].
  const options: (readonly (readonly [string, number])[])[] = [];
  pieces.forEach((p, i) => {
    const prev = pieces[i - 1];
    const next = pieces[i + 1];
    const last = i === pieces.length - 1;
    if (p.kind === 'v') {
      const afterConsonant = prev?.kind === 'c';
      // "ai" after a consonant: one vowel (है) or the inherent vowel and इ/ई (गई).
      if (p.latin === 'ai' && afterConsonant) return options.push([[p.sign, 0], [last ? 'ई' : 'इ', 1]]);
      if (!afterConsonant) {
        if (p.latin === 'a' && last) return options.push([['आ', 0], ['अ', 1]]);
        if (p.latin === 'i' && last) return options.push([['ई', 0], ['इ', 1]]);
        if (p.latin === 'u' && last) return options.push([['ऊ', 0], ['उ', 1]]);
        return options.push([[p.full, 0]]);
      }
      if (p.latin === 'a') return options.push(last ? [['ा', 0]] : [['', 0], ['ा', 1]]);
      if (p.latin === 'i') return options.push(last ? [['ी', 0], ['ि', 1]] : [['ि', 0], ['ी', 1]]);
      if (p.latin === 'u') return options.push([['ु', 0], ['ू', 1]]);
      return options.push([[p.sign, 0]]);
    }
    const letters = p.letters.map((l, k) => [l, k] as const);
    // A nasal after a vowel, before a consonant or at the end: anusvara or न/म.
    if ((p.latin === 'n' || p.latin === 'm') && prev?.kind === 'v' && (next?.kind === 'c' || last)) {
      const own = p.latin === 'n' ? 'न' : 'म';
      if (last) return options.push(p.latin === 'n' ? [[own, 0], [ANUSVARA, 1], [CANDRABINDU, 2]] : [[own, 0]]);
      const nextJoins = next?.kind === 'c' && (JOINS.has(next.latin) || next.latin === p.latin);
      return options.push(p.latin === 'n' && !nextJoins ? [[ANUSVARA, 0], [own + VIRAMA, 1], [own, 2]] : [[own + VIRAMA, 0], [own, 1], [ANUSVARA, 2]]);
    }
    if (next?.kind === 'c') {
      // Two consonants without a vowel between.
      const joined = JOINS.has(next.latin) || next.latin === p.latin;
      return options.push(letters.flatMap(([l, k]) => (joined ? [[l + VIRAMA, k], [l, k + 1]] : [[l, k], [l + VIRAMA, k + 1]]) as [string, number][]));
    }
    return options.push(letters);
  });
  // Spellings in order of how many less likely choices they make.
  let spellings: { text: string; cost: number }[] = [{ text: '', cost: 0 }];
  for (const opts of options) {
    spellings = spellings.flatMap((sp) => opts.map(([t, c]) => ({ text: sp.text + t, cost: sp.cost + c })));
    spellings.sort((a, b) => a.cost - b.cost);
    spellings = spellings.slice(0, limit * 4);
  }
  return [...new Set(spellings.map((sp) => sp.text))].slice(0, limit);
}

/** One word typed in Latin letters read as Hindi: its likeliest spelling (hindiSpellings gives the others). */
export const hindiFromLatin = (word: string): string => hindiSpellings(word, 1)[0]!;
