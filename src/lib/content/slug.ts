/** The slug of an article, FAQ entry or category: its file name, and the part of its URL after the locale. */

/** One slug: lowercase latin letters and digits in words joined by single hyphens. */
export const SLUG_PART = '[a-z0-9]+(?:-[a-z0-9]+)*';
export const SLUG = new RegExp(`^${SLUG_PART}$`);

/** What a slug must look like, in the words of an error message. */
export const SLUG_RULE = 'lowercase latin letters, digits and single hyphens, like reset-password';
