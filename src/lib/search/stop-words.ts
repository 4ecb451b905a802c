/**
 * Stop words per search language. Build-time data: each locale's list goes to the browser inside
 * that locale's synonyms.json (src/pages/[lang]/search/synonyms.json.ts), never all four in the
 * search code.
 */

/**
 * Words so common that requiring them (Pagefind matches every word) only hides good pages: pronouns,
 * prepositions, "want to", "so that". Phrases in the synonyms files still see them ("с рук").
 */
export const STOP_WORDS: Record<string, readonly string[]> = {
  ru: [
    'я', 'мне', 'меня', 'мой', 'моя', 'моё', 'мое', 'мои', 'моего', 'моей', 'мою', 'у', 'в', 'во', 'на', 'с', 'со', 'от', 'к', 'ко', 'по', 'за', 'из', 'о', 'об', 'и', 'а', 'но', 'же', 'ли', 'бы', 'это', 'как', 'что', 'где', 'пожалуйста',
    'он', 'она', 'оно', 'они', 'его', 'её', 'ее', 'их', 'мы', 'вы', 'ты', 'свой', 'свою', 'своего', 'уже', 'ещё', 'еще', 'теперь', 'тоже', 'только', 'очень', 'хочу', 'хотел', 'хотела', 'чтобы', 'чтоб', 'если', 'когда', 'куда', 'там', 'тут', 'вот', 'даже', 'был', 'была', 'было', 'были', 'есть',
    'помогите', 'помоги', 'подскажите', 'подскажи', 'срочно', 'плиз', 'пж', 'пжл', 'делать', 'народ', 'ребята',
    // Conjunctions, pronouns and fillers of spoken queries (issue 25: function words).
    'потому', 'поэтому', 'просто', 'вообще', 'опять', 'снова', 'всё', 'все', 'ну', 'блин', 'короче', 'типа', 'вроде', 'который', 'которая', 'которое', 'которые', 'которого', 'которой', 'тот', 'та', 'этот', 'эта', 'этого', 'этой', 'сам', 'сама',
  ],
  en: [
    'a', 'an', 'the', 'my', 'me', 'i', "i'm", 'im', 'is', 'am', 'are', 'was', 'were', 'to', 'of', 'on', 'in', 'at', 'for', 'with', 'it', 'its', 'and', 'or', 'do', 'does', 'did', 'how', 'what', 'please',
    'but', 'so', 'if', 'then', 'this', 'that', 'there', 'be', 'been', 'have', 'has', 'had', 'can', 'could', 'would', 'should', 'will', 'want', 'wants', 'need', 'get', 'got', 'into', 'from', 'by', 'as', 'just', 'also', 'still', 'now', 'they', 'them', 'he', 'his', 'she', 'her', 'we', 'our', 'you', 'your', 'who', 'when', 'where', 'why', 'first', 'says', 'dont', "don't", 'pls', 'plz', 'asap', 'urgent',
    // Conjunctions and fillers of spoken queries (issue 25: function words); "one" as in "a new one".
    'him', 'because', 'cause', 'cuz', 'since', 'one', 'anymore', 'any', 'some', 'about', 'really', 'again', 'ago', 'yet', 'very', 'until', 'these', 'those', 'here', 'even', 'ever', 'guys',
    // Forms of address and 'please' in Indian English and Nigerian Pidgin (issue 25: fillers): "kindly help sir", "abeg".
    'kindly', 'sir', 'madam', 'maam', 'bro', 'abeg',
    // "No idea", "any idea": the reader does not know; says nothing of which page answers.
    'idea',
  ],
  // "mi" stays: it is also the brand ("cuenta Mi").
  es: [
    'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'de', 'del', 'a', 'al', 'en', 'y', 'o', 'que', 'qué', 'por', 'para', 'con', 'me', 'se', 'lo', 'le', 'es', 'como', 'cómo',
    'mis', 'tu', 'tus', 'su', 'sus', 'ya', 'ahora', 'pero', 'si', 'cuando', 'donde', 'dónde', 'este', 'esta', 'está', 'esto', 'eso', 'ese', 'esa', 'estan', 'están', 'hay', 'muy', 'quiero', 'nadie', 'alguien', 'ayuda', 'ayudenme', 'porfa', 'porfavor', 'favor', 'xfa', 'plis', 'necesito', 'urgente',
  ],
  // With the spoken fillers of Egyptian, Gulf and Levantine Arabic: "I want", "how", "where", "mine", "this".
  ar: [
    'في', 'من', 'على', 'إلى', 'الى', 'عن', 'و', 'أو', 'ماذا', 'كيف', 'هل',
    'بدي', 'بدّي', 'عايز', 'عاوز', 'عايزه', 'عاوزه', 'ابغى', 'ابغا', 'أبغى', 'ابي', 'أبي', 'ودي', 'حابب', 'ازاي', 'إزاي', 'ازاى', 'شلون', 'كيفاش', 'ايش', 'إيش', 'شو', 'وش', 'ليش', 'ليه', 'انا', 'أنا', 'اللي', 'الي', 'بتاع', 'بتاعي', 'بتاعة', 'تبع', 'تبعي', 'حق', 'هذا', 'هذه', 'ده', 'دي', 'هاد', 'هذي', 'يا', 'لو', 'سمحت', 'ممكن', 'مساعدة', 'ساعدوني', 'الرجاء',
  ],
  // Typed with and without their marks (the list is compared before folding). "mi" stays everywhere: the brand.
  id: ['saya', 'aku', 'gue', 'gw', 'di', 'ke', 'dari', 'dan', 'yang', 'untuk', 'utk', 'dengan', 'dgn', 'ini', 'itu', 'apa', 'bagaimana', 'gimana', 'gmn', 'tolong', 'kok', 'sudah', 'udah', 'sdh', 'ya', 'dong', 'kak', 'gan'],
  pt: ['o', 'a', 'os', 'as', 'um', 'uma', 'de', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'nos', 'nas', 'e', 'ou', 'que', 'por', 'para', 'pra', 'com', 'me', 'meu', 'minha', 'se', 'como', 'eu', 'ja', 'já', 'mas', 'ajuda', 'socorro', 'urgente', 'pfv', 'pf'],
  // "mı"/"mi" (the question particle) stays: "mi" is the brand.
  tr: ['bir', 've', 'ile', 'için', 'icin', 'de', 'da', 'bu', 'şu', 'su', 'ben', 'benim', 'bana', 'beni', 'ne', 'nasıl', 'nasil', 'neden', 'niye', 'çok', 'cok', 'ama', 'veya', 'ya', 'lütfen', 'lutfen', 'acil', 'yardım', 'yardim'],
  // Accented forms only: unaccented ones are other words' folds (ma = mã, the code; minh in xác minh).
  vi: ['tôi', 'mình', 'của', 'và', 'là', 'thì', 'mà', 'ơi', 'ạ', 'nhé', 'vậy', 'giúp', 'với'],
  // Hindi in Devanagari and in Latin letters (Hinglish). नहीं/nahi (not) stays: "otp nahi aa raha".
  // With "do" (करें, kare: "kaise kare"), "where", "why", "now", "me", "own", "this/that", "was", "am",
  // "need", and the helpers of "has become" and "is -ing" (गया, रहा: "kho gaya", "nahi aa raha") as
  // the English list has "got" and "is", and "help" (मदद) as the Russian one has помогите; a Latin word read as Hindi (translit.ts) meets the Devanagari ones.
  hi: [
    'का', 'की', 'के', 'को', 'से', 'है', 'हैं', 'हो', 'में', 'मेरा', 'मेरी', 'मेरे', 'मैं', 'क्या', 'कैसे', 'और', 'भी', 'तो', 'पर', 'कृपया',
    'करें', 'करे', 'करूँ', 'करूं', 'कहाँ', 'कहां', 'क्यों', 'अब', 'मुझे', 'मैंने', 'अपना', 'अपनी', 'अपने', 'यह', 'ये', 'वह', 'वो', 'था', 'थी', 'थे', 'हूँ', 'हूं', 'जी', 'चाहिए', 'मदद', 'गया', 'गई', 'गयी', 'गए', 'रहा', 'रही', 'रहे',
    'ka', 'ki', 'ke', 'ko', 'se', 'hai', 'hain', 'ho', 'mein', 'mera', 'meri', 'mere', 'main', 'kya', 'kaise', 'aur', 'bhi', 'to', 'par', 'plz', 'pls',
    'kare', 'karen', 'karu', 'kahan', 'kaha', 'kyu', 'kyun', 'kyon', 'ab', 'mujhe', 'maine', 'apna', 'apni', 'apne', 'ye', 'yeh', 'wo', 'woh', 'vo', 'tha', 'thi', 'the', 'hu', 'hoon', 'ji', 'chahiye', 'chahie', 'madad', 'gaya', 'gya', 'gayi', 'gai', 'gyi', 'gaye', 'raha', 'rha', 'rahi', 'rhi', 'rahe',
  ],
};

/**
 * Words that say something fails without saying what ("can't", "не получается"): kept in the query,
 * but a title holding only such a word of the query says nothing about the page ("Can't sign in" is
 * no answer to "cant get code"): merge.ts counts it in a title only beside another word of the query
 * there. Folded (apostrophes dropped); shipped in synonyms.json only where a language has a list.
 * English "not" too: "not available" and "not arriving" in titles are no answer to "password not accepted".
 */
export const WEAK_WORDS: Record<string, readonly string[]> = {
  en: ['cant', 'cannot', 'unable', 'couldnt', 'wont', 'doesnt', 'isnt', 'didnt', 'aint', 'not'],
  ru: ['могу', 'может', 'можем', 'получается', 'получилось', 'выходит', 'удается', 'удаётся', 'удалось'],
};

/**
 * Stop words that join two clauses ("and", "but", "because"): the words of a reader's phrase never
 * match across one ("forgot my password but my phone is still logged in" holds no "phone password"
 * turned round; synonyms.ts). Each is a stop word of its language: any other word between already keeps
 * the two apart. Folded; shipped in synonyms.json only where a language has a list.
 */
export const CLAUSE_WORDS: Record<string, readonly string[]> = {
  en: ['and', 'but', 'or', 'so', 'because', 'cause', 'cuz', 'since', 'then', 'when', 'until', 'if'],
  ru: ['и', 'но', 'а', 'потому', 'поэтому', 'когда', 'если'],
  es: ['y', 'pero', 'o', 'cuando', 'si'],
  pt: ['e', 'mas', 'ou', 'se'],
  id: ['dan'],
  tr: ['ve', 'ama', 'veya'],
  vi: ['và', 'thì', 'mà'],
  ar: ['و', 'أو'],
};

/** The clause words of a Pagefind language ([] for a language without a list). */
export function clauseWordsOf(lang: string): readonly string[] {
  return CLAUSE_WORDS[lang] ?? [];
}

/** The weak words of a Pagefind language ([] for a language without a list). */
export function weakWordsOf(lang: string): readonly string[] {
  return WEAK_WORDS[lang] ?? [];
}

/** The stop words of a Pagefind language ([] for a language without a list). */
export function stopWordsOf(lang: string): readonly string[] {
  return STOP_WORDS[lang] ?? [];
}
