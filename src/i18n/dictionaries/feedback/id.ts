import type { PartialFeedbackDictionary } from '../../types.ts';

/** Indonesian strings of the reader-feedback widget (the source is feedback/ru.ts). */
export const id = {
  'feedback.question': 'Apakah ini menyelesaikan masalah Anda?',
  'feedback.yes': 'Ya',
  'feedback.no': 'Tidak',
  'feedback.reasons': 'Apa yang kurang?',
  'feedback.reason.not-my-case': 'Kasus saya tidak dibahas',
  'feedback.reason.steps-failed': 'Saya sudah mengikuti langkahnya, tetapi tidak berhasil',
  'feedback.reason.unclear': 'Ada langkah yang tidak saya pahami',
  'feedback.reason.wrong-or-outdated': 'Isi halaman ini salah atau sudah usang',
  'feedback.reason.other': 'Hal lain',
  'feedback.comment': 'Ada yang ingin ditambahkan? (opsional)',
  'feedback.privacy': 'Jangan menulis kata sandi, kode, nomor telepon, atau email.',
  'feedback.send': 'Kirim',
  'feedback.sending': 'Mengirim…',
  'feedback.sent': 'Terima kasih! Jawaban Anda sudah terkirim.',
  'feedback.failed': 'Gagal mengirim. Silakan coba lagi nanti.',
  'feedback.next': 'Jika masih belum berhasil:',
  'feedback.nextRecovery': 'jawab beberapa pertanyaan untuk mendapatkan langkah yang sesuai dengan kasus Anda',
  'feedback.nextSupport': 'cara menghubungi dukungan Xiaomi',
  'feedback.searchAsk': 'Beri tahu kami apa yang Anda cari',
  'feedback.searchNote': 'Hanya kata pencarian Anda yang dikirim, tidak ada yang lain.',
  'feedback.searchSent': 'Terima kasih! Editor akan melihat apa yang Anda cari.',
  'feedback.thanksTitle': 'Terima kasih atas jawaban Anda',
  'feedback.thanksDescription': 'Jawaban Anda sudah sampai ke editor panduan ini.',
  'feedback.thanksText': 'Jawaban Anda sudah sampai ke editor panduan ini. Isinya tidak memuat apa pun tentang Anda: tanpa alamat, tanpa cookie.',
} as const satisfies PartialFeedbackDictionary;
