import type { PartialFeedbackDictionary } from '../../types.ts';

/** Spanish strings of the reader-feedback widget (the source is feedback/ru.ts). */
export const es = {
  'feedback.question': '¿Esto resolvió tu problema?',
  'feedback.yes': 'Sí',
  'feedback.no': 'No',
  'feedback.reasons': '¿Qué salió mal?',
  'feedback.reason.not-my-case': 'Mi caso no aparece aquí',
  'feedback.reason.steps-failed': 'Seguí los pasos, pero no funcionaron',
  'feedback.reason.unclear': 'No entiendo uno de los pasos',
  'feedback.reason.wrong-or-outdated': 'La página tiene un error o está desactualizada',
  'feedback.reason.other': 'Otra cosa',
  'feedback.comment': '¿Quieres agregar algo? (opcional)',
  'feedback.privacy': 'No escribas contraseñas, códigos, números de teléfono ni correos electrónicos.',
  'feedback.send': 'Enviar',
  'feedback.sending': 'Enviando…',
  'feedback.sent': '¡Gracias! Tu respuesta se envió.',
  'feedback.failed': 'No se pudo enviar. Inténtalo más tarde.',
  'feedback.next': 'Si todavía no lo resuelves:',
  'feedback.nextRecovery': 'responde unas preguntas y obtén los pasos para tu caso',
  'feedback.nextSupport': 'cómo contactar al soporte de Xiaomi',
  'feedback.searchAsk': 'Cuéntanos qué estabas buscando',
  'feedback.searchNote': 'Solo se envían las palabras que buscaste, nada más.',
  'feedback.searchSent': '¡Gracias! Los editores verán lo que estabas buscando.',
  'feedback.thanksTitle': 'Gracias por tu respuesta',
  'feedback.thanksDescription': 'Tu respuesta llegó a los editores de esta guía.',
  'feedback.thanksText': 'Tu respuesta llegó a los editores de esta guía. No incluye nada sobre ti: ni tu dirección ni cookies.',
} as const satisfies PartialFeedbackDictionary;
