export type UnseenTag = 'typo' | 'no-accent' | 'brand' | 'situation' | 'slang' | 'translit' | 'dialect' | 'tidy';
export interface UnseenQuery { q: string; tag: UnseenTag; expect: readonly string[] }
export { ru } from './ru.ts';
export { en } from './en.ts';
export { es } from './es.ts';
export { ar } from './ar.ts';
export { id } from './id.ts';
export { ptBr } from './pt-br.ts';
export { tr } from './tr.ts';
export { vi } from './vi.ts';
export { hi } from './hi.ts';
