import type { PartialFeedbackDictionary } from '../../types.ts';

/** Turkish strings of the reader-feedback widget (the source is feedback/ru.ts). */
export const tr = {
  'feedback.question': 'Bu, sorununuzu çözdü mü?',
  'feedback.yes': 'Evet',
  'feedback.no': 'Hayır',
  'feedback.reasons': 'Ne ters gitti?',
  'feedback.reason.not-my-case': 'Benim durumum anlatılmıyor',
  'feedback.reason.steps-failed': 'Adımları izledim ama işe yaramadı',
  'feedback.reason.unclear': 'Adımlardan birini anlamıyorum',
  'feedback.reason.wrong-or-outdated': 'Sayfa yanlış ya da güncel değil',
  'feedback.reason.other': 'Başka bir şey',
  'feedback.comment': 'Eklemek istediğiniz bir şey var mı? (isteğe bağlı)',
  'feedback.privacy': 'Şifre, kod, telefon numarası ya da e-posta yazmayın.',
  'feedback.send': 'Gönder',
  'feedback.sending': 'Gönderiliyor…',
  'feedback.sent': 'Teşekkürler! Yanıtınız gönderildi.',
  'feedback.failed': 'Gönderilemedi. Lütfen daha sonra yeniden deneyin.',
  'feedback.next': 'Sorun hâlâ çözülmediyse:',
  'feedback.nextRecovery': 'durumunuza uyan adımları almak için birkaç soruyu yanıtlayın',
  'feedback.nextSupport': 'Xiaomi desteğine nasıl başvurulur',
  'feedback.searchAsk': 'Ne aradığınızı bize söyleyin',
  'feedback.searchNote': 'Yalnızca arama kelimeleriniz gönderilir, başka hiçbir şey.',
  'feedback.searchSent': 'Teşekkürler! Editörler ne aradığınızı görecek.',
  'feedback.thanksTitle': 'Yanıtınız için teşekkürler',
  'feedback.thanksDescription': 'Yanıtınız bu rehberin editörlerine ulaştı.',
  'feedback.thanksText': 'Yanıtınız bu rehberin editörlerine ulaştı. Sizinle ilgili hiçbir şey içermiyor: ne adres ne çerez.',
} as const satisfies PartialFeedbackDictionary;
