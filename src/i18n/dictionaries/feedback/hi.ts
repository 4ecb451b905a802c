import type { PartialFeedbackDictionary } from '../../types.ts';

/** Hindi strings of the reader-feedback widget (the source is feedback/ru.ts). */
export const hi = {
  'feedback.question': 'क्या इससे आपकी समस्या हल हुई?',
  'feedback.yes': 'हाँ',
  'feedback.no': 'नहीं',
  'feedback.reasons': 'क्या कमी रह गई?',
  'feedback.reason.not-my-case': 'मेरे मामले के बारे में इसमें कुछ नहीं है',
  'feedback.reason.steps-failed': 'मैंने क़दम अपनाए, पर काम नहीं बना',
  'feedback.reason.unclear': 'कोई क़दम मुझे समझ नहीं आया',
  'feedback.reason.wrong-or-outdated': 'पेज में ग़लत या पुरानी जानकारी है',
  'feedback.reason.other': 'कुछ और',
  'feedback.comment': 'कुछ और कहना है? (ज़रूरी नहीं)',
  'feedback.privacy': 'पासवर्ड, कोड (OTP), फ़ोन नंबर या ईमेल न लिखें।',
  'feedback.send': 'भेजें',
  'feedback.sending': 'भेजा जा रहा है…',
  'feedback.sent': 'धन्यवाद! आपका जवाब भेज दिया गया है।',
  'feedback.failed': 'भेजा नहीं जा सका। कृपया थोड़ी देर बाद फिर कोशिश करें।',
  'feedback.next': 'अगर आप अब भी अटके हैं:',
  'feedback.nextRecovery': 'कुछ सवालों के जवाब देकर अपने मामले के क़दम पाएँ',
  'feedback.nextSupport': 'Xiaomi सपोर्ट से कैसे संपर्क करें',
  'feedback.searchAsk': 'हमें बताएँ कि आप क्या ढूँढ़ रहे थे',
  'feedback.searchNote': 'सिर्फ़ आपके खोजे गए शब्द भेजे जाते हैं, और कुछ नहीं।',
  'feedback.searchSent': 'धन्यवाद! संपादक देख पाएँगे कि आप क्या ढूँढ़ रहे थे।',
  'feedback.thanksTitle': 'जवाब देने के लिए धन्यवाद',
  'feedback.thanksDescription': 'आपका जवाब इस गाइड के संपादकों तक पहुँच गया है।',
  'feedback.thanksText': 'आपका जवाब इस गाइड के संपादकों तक पहुँच गया है। इसमें आपके बारे में कुछ नहीं है: न कोई पता, न कुकी।',
} as const satisfies PartialFeedbackDictionary;
