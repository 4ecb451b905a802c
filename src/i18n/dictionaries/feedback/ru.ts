/**
 * Russian strings of the reader-feedback widget (issue 26): the source of `FeedbackDictionary`. Shown
 * only on a site built with FEEDBACK_ENDPOINT (under articles, recovery outcomes and an empty search);
 * a locale without this file borrows them key by key through its chain like any other string.
 * The reasons' keys end with the ids the feedback service takes (services/feedback/contract.ts).
 */
export const ru = {
  'feedback.question': 'Это решило вашу проблему?',
  'feedback.yes': 'Да',
  'feedback.no': 'Нет',
  'feedback.reasons': 'Что пошло не так?',
  'feedback.reason.not-my-case': 'Моего случая здесь нет',
  'feedback.reason.steps-failed': 'Сделал(а) всё по шагам, но не помогло',
  'feedback.reason.unclear': 'Не понял(а) один из шагов',
  'feedback.reason.wrong-or-outdated': 'Здесь ошибка или устаревшие сведения',
  'feedback.reason.other': 'Другое',
  'feedback.comment': 'Хотите что-то добавить? (необязательно)',
  'feedback.privacy': 'Не пишите сюда пароли, коды, номера телефонов и адреса почты.',
  'feedback.send': 'Отправить',
  'feedback.sending': 'Отправляем…',
  'feedback.sent': 'Спасибо! Ваш ответ отправлен.',
  'feedback.failed': 'Не удалось отправить. Попробуйте позже.',
  'feedback.next': 'Если проблема осталась:',
  'feedback.nextRecovery': 'ответьте на несколько вопросов и получите шаги для своего случая',
  'feedback.nextSupport': 'как связаться с поддержкой Xiaomi',
  'feedback.searchAsk': 'Сообщить, что вы искали',
  'feedback.searchNote': 'Отправятся только слова из поиска — больше ничего.',
  'feedback.searchSent': 'Спасибо! Редакторы увидят, что вы искали.',
  'feedback.thanksTitle': 'Спасибо за ответ',
  'feedback.thanksDescription': 'Ваш ответ получили редакторы справочника.',
  'feedback.thanksText': 'Ваш ответ получили редакторы справочника. В нём нет ничего о вас: ни адреса, ни cookies.',
} as const;
