/**
 * The checker's words: the `password.*` messages of the page's language, handed to the island with
 * `clientStrings(lang, ['password.'])` (src/i18n/index.ts) and formatted there by `translator`
 * (src/i18n/format.ts), the same formatter the pages use. Types only: the island imports no dictionary.
 */
import type { ClientStrings, Translator } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/types.ts';

export type PasswordKey = Extract<MessageKey, `password.${string}`>;
export type PasswordStrings = ClientStrings<PasswordKey>;
export type PasswordT = Translator<PasswordKey>;
