import type { PartialFeedbackDictionary } from '../../types.ts';

/** Vietnamese strings of the reader-feedback widget (the source is feedback/ru.ts). */
export const vi = {
  'feedback.question': 'Bài này có giải quyết được vấn đề của bạn không?',
  'feedback.yes': 'Có',
  'feedback.no': 'Không',
  'feedback.reasons': 'Chưa ổn ở đâu?',
  'feedback.reason.not-my-case': 'Trường hợp của tôi không được nói tới',
  'feedback.reason.steps-failed': 'Tôi đã làm theo các bước nhưng không được',
  'feedback.reason.unclear': 'Tôi không hiểu một trong các bước',
  'feedback.reason.wrong-or-outdated': 'Trang này sai hoặc đã cũ',
  'feedback.reason.other': 'Lý do khác',
  'feedback.comment': 'Bạn muốn nói thêm gì không? (không bắt buộc)',
  'feedback.privacy': 'Đừng gõ mật khẩu, mã xác minh, số điện thoại hay email.',
  'feedback.send': 'Gửi',
  'feedback.sending': 'Đang gửi…',
  'feedback.sent': 'Cảm ơn bạn! Câu trả lời đã được gửi.',
  'feedback.failed': 'Không gửi được. Vui lòng thử lại sau.',
  'feedback.next': 'Nếu bạn vẫn chưa giải quyết được:',
  'feedback.nextRecovery': 'trả lời vài câu hỏi để nhận các bước cho trường hợp của bạn',
  'feedback.nextSupport': 'cách liên hệ bộ phận hỗ trợ Xiaomi',
  'feedback.searchAsk': 'Cho chúng tôi biết bạn đang tìm gì',
  'feedback.searchNote': 'Chỉ từ khóa tìm kiếm của bạn được gửi đi, không gì khác.',
  'feedback.searchSent': 'Cảm ơn bạn! Người biên tập sẽ thấy bạn đã tìm gì.',
  'feedback.thanksTitle': 'Cảm ơn câu trả lời của bạn',
  'feedback.thanksDescription': 'Câu trả lời của bạn đã tới người biên tập trang hướng dẫn này.',
  'feedback.thanksText': 'Câu trả lời của bạn đã tới người biên tập trang hướng dẫn này. Nó không chứa thông tin gì về bạn: không địa chỉ, không cookie.',
} as const satisfies PartialFeedbackDictionary;
