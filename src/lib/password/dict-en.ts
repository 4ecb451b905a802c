/** Lazily loaded chunk: zxcvbn-ts's English words, names and Wikipedia terms (its translations are not used). */
export { dictionary } from '@zxcvbn-ts/language-en';
