import type { PartialFeedbackDictionary } from '../../types.ts';

/** Arabic strings of the reader-feedback widget (the source is feedback/ru.ts). */
export const ar = {
  'feedback.question': 'هل حلّت هذه الصفحة مشكلتك؟',
  'feedback.yes': 'نعم',
  'feedback.no': 'لا',
  'feedback.reasons': 'ما الذي لم ينجح؟',
  'feedback.reason.not-my-case': 'حالتي غير مذكورة هنا',
  'feedback.reason.steps-failed': 'اتبعت الخطوات لكنها لم تنجح',
  'feedback.reason.unclear': 'لم أفهم إحدى الخطوات',
  'feedback.reason.wrong-or-outdated': 'في الصفحة خطأ أو معلومات قديمة',
  'feedback.reason.other': 'سبب آخر',
  'feedback.comment': 'هل تريد إضافة شيء؟ (اختياري)',
  'feedback.privacy': 'لا تكتب كلمات المرور أو الرموز أو أرقام الهواتف أو عناوين البريد الإلكتروني.',
  'feedback.send': 'إرسال',
  'feedback.sending': 'جارٍ الإرسال…',
  'feedback.sent': 'شكرًا لك! أُرسلت إجابتك.',
  'feedback.failed': 'تعذّر الإرسال. يُرجى المحاولة لاحقًا.',
  'feedback.next': 'إذا لم تُحلّ مشكلتك بعد:',
  'feedback.nextRecovery': 'أجب عن بضعة أسئلة لتحصل على الخطوات المناسبة لحالتك',
  'feedback.nextSupport': 'كيف تتواصل مع دعم Xiaomi',
  'feedback.searchAsk': 'أخبرنا عمّا كنت تبحث عنه',
  'feedback.searchNote': 'تُرسَل كلمات البحث فقط، ولا شيء غيرها.',
  'feedback.searchSent': 'شكرًا لك! سيرى المحررون ما كنت تبحث عنه.',
  'feedback.thanksTitle': 'شكرًا على إجابتك',
  'feedback.thanksDescription': 'وصلت إجابتك إلى محرري هذا الدليل.',
  'feedback.thanksText': 'وصلت إجابتك إلى محرري هذا الدليل. وهي لا تتضمن أي شيء عنك: لا عنوان ولا ملفات تعريف ارتباط.',
} as const satisfies PartialFeedbackDictionary;
