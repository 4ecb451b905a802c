import type { PartialFeedbackDictionary } from '../../types.ts';

/** Textos do widget de opinião dos leitores em português do Brasil (a fonte é feedback/ru.ts). */
export const ptBr = {
  'feedback.question': 'Isto resolveu o seu problema?',
  'feedback.yes': 'Sim',
  'feedback.no': 'Não',
  'feedback.reasons': 'O que deu errado?',
  'feedback.reason.not-my-case': 'O meu caso não está descrito',
  'feedback.reason.steps-failed': 'Segui os passos, mas não funcionaram',
  'feedback.reason.unclear': 'Não entendi um dos passos',
  'feedback.reason.wrong-or-outdated': 'A página está errada ou desatualizada',
  'feedback.reason.other': 'Outra coisa',
  'feedback.comment': 'Quer acrescentar algo? (opcional)',
  'feedback.privacy': 'Não digite senhas, códigos, números de telefone nem e-mails.',
  'feedback.send': 'Enviar',
  'feedback.sending': 'Enviando…',
  'feedback.sent': 'Obrigado! A sua resposta foi enviada.',
  'feedback.failed': 'Não foi possível enviar. Tente de novo mais tarde.',
  'feedback.next': 'Se ainda não resolveu:',
  'feedback.nextRecovery': 'responda a algumas perguntas para receber os passos para o seu caso',
  'feedback.nextSupport': 'como falar com o suporte da Xiaomi',
  'feedback.searchAsk': 'Conte o que você estava procurando',
  'feedback.searchNote': 'Só as palavras da sua pesquisa são enviadas, nada mais.',
  'feedback.searchSent': 'Obrigado! Os editores vão ver o que você estava procurando.',
  'feedback.thanksTitle': 'Obrigado pela sua resposta',
  'feedback.thanksDescription': 'A sua resposta chegou aos editores deste guia.',
  'feedback.thanksText': 'A sua resposta chegou aos editores deste guia. Ela não contém nada sobre você: nem endereço, nem cookies.',
} as const satisfies PartialFeedbackDictionary;
