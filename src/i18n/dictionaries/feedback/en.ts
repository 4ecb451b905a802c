import type { PartialFeedbackDictionary } from '../../types.ts';

/** English strings of the reader-feedback widget (the source is feedback/ru.ts). */
export const en = {
  'feedback.question': 'Did this solve your problem?',
  'feedback.yes': 'Yes',
  'feedback.no': 'No',
  'feedback.reasons': 'What went wrong?',
  'feedback.reason.not-my-case': 'My case is not described',
  'feedback.reason.steps-failed': 'I followed the steps, but they did not work',
  'feedback.reason.unclear': 'I do not understand one of the steps',
  'feedback.reason.wrong-or-outdated': 'The page is wrong or out of date',
  'feedback.reason.other': 'Something else',
  'feedback.comment': 'Anything to add? (optional)',
  'feedback.privacy': 'Do not type passwords, codes, phone numbers or emails.',
  'feedback.send': 'Send',
  'feedback.sending': 'Sending…',
  'feedback.sent': 'Thank you! Your answer has been sent.',
  'feedback.failed': 'Could not send. Please try again later.',
  'feedback.next': 'If you are still stuck:',
  'feedback.nextRecovery': 'answer a few questions to get the steps for your case',
  'feedback.nextSupport': 'how to contact Xiaomi support',
  'feedback.searchAsk': 'Tell us what you were looking for',
  'feedback.searchNote': 'Only your search words are sent, nothing else.',
  'feedback.searchSent': 'Thank you! The editors will see what you were looking for.',
  'feedback.thanksTitle': 'Thank you for your answer',
  'feedback.thanksDescription': 'Your answer has reached the editors of this guide.',
  'feedback.thanksText': 'Your answer has reached the editors of this guide. It holds nothing about you: no address, no cookies.',
} as const satisfies PartialFeedbackDictionary;
