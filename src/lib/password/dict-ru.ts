/** Lazily loaded chunk: this project's Russian words, names and their Latin spellings. */
import { russianDictionary } from './ru-dictionary.ts';

export const dictionary = russianDictionary();
