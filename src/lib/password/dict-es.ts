/** Lazily loaded chunk: zxcvbn-ts's Spanish words, names and Wikipedia terms (its translations are not used). */
export { dictionary } from '@zxcvbn-ts/language-es-es';
