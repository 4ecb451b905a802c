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
  ],
  en: [
    'a', 'an', 'the', 'my', 'me', 'i', "i'm", 'im', 'is', 'am', 'are', 'was', 'were', 'to', 'of', 'on', 'in', 'at', 'for', 'with', 'it', 'its', 'and', 'or', 'do', 'does', 'did', 'how', 'what', 'please',
    'but', 'so', 'if', 'then', 'this', 'that', 'there', 'be', 'been', 'have', 'has', 'had', 'can', 'could', 'would', 'should', 'will', 'want', 'wants', 'need', 'get', 'got', 'into', 'from', 'by', 'as', 'just', 'also', 'still', 'now', 'they', 'them', 'he', 'his', 'she', 'her', 'we', 'our', 'you', 'your', 'who', 'when', 'where', 'why', 'first', 'says', 'dont', "don't", 'pls', 'plz', 'asap', 'urgent',
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
};

/** The stop words of a Pagefind language ([] for a language without a list). */
export function stopWordsOf(lang: string): readonly string[] {
  return STOP_WORDS[lang] ?? [];
}
