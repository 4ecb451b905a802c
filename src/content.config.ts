/**
 * The collections, one per kind of the content model (src/lib/content/model.ts): where each kind
 * lives comes from the model, what its files hold from its schema in src/schemas/.
 */
import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { builtLocales } from './data/paths.ts';
import { LOCALES } from './i18n/locales.ts';
import { compiledEntryIds } from './lib/build/scope.ts';
import { contentKind, entryId, kindPattern, type ContentKindName } from './lib/content/model.ts';
import { articleSchema } from './schemas/article.ts';
import { blockSchema } from './schemas/block.ts';
import { categorySchema } from './schemas/category.ts';
import { faqSchema } from './schemas/faq.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { noticeSchema } from './schemas/notice.ts';
import { passwordRulesSchema } from './schemas/password-rules.ts';
import { proofSchema } from './schemas/proof.ts';
import { validatedGlob } from './schemas/loader.ts';
import { recoveryStringsSchema, recoveryTreeSchema } from './schemas/recovery.ts';
import { synonymsSchema } from './schemas/synonyms.ts';

/** Ids keep the file path (`ru/reset-password`): the locale folder is part of the identity. */
const keepPath = ({ entry }: { entry: string }) => entryId(entry);

/** A kind's collection: its files as the model places them, checked by its schema (every bad file reported at once). */
function collection<S extends z.ZodType>(name: ContentKindName, schema: S) {
  const kind = contentKind(name);
  return defineCollection({
    loader: validatedGlob(
      // The articles' text is compiled from the file; keeping it in the data store too would ship every article's source in the build's bundle.
      { base: `./${kind.dir}`, pattern: kindPattern(kind), generateId: keepPath, ...(name === 'articles' ? { retainBody: false } : {}) },
      schema,
      {
        // Most days there is no notice at all.
        mayBeEmpty: name === 'notices',
        // A shard compiles the articles its pages show; the others are data (hreflang, lists).
        ...(name === 'articles' ? { compiled: (ids: string[]) => compiledEntryIds(ids, LOCALES, builtLocales()) } : {}),
      },
    ),
    schema,
  });
}

export const collections = {
  articles: collection('articles', articleSchema),
  faq: collection('faq', faqSchema),
  categories: collection('categories', categorySchema),
  blocks: collection('blocks', blockSchema),
  proof: collection('proof', proofSchema),
  glossary: collection('glossary', glossarySchema),
  recoveryTree: collection('recoveryTree', recoveryTreeSchema),
  recoveryStrings: collection('recoveryStrings', recoveryStringsSchema),
  searchSynonyms: collection('searchSynonyms', synonymsSchema),
  notices: collection('notices', noticeSchema),
  passwordRules: collection('passwordRules', passwordRulesSchema),
} satisfies Record<ContentKindName, unknown>;
