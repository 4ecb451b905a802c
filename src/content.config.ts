/**
 * The collections, one per kind of the content model (src/lib/content-model.ts): where each kind
 * lives comes from the model, what its files hold from its schema in src/schemas/.
 */
import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { CONTENT_MODEL, entryId, kindPattern, type ContentKindName } from './lib/content-model.ts';
import { articleSchema } from './schemas/article.ts';
import { blockSchema } from './schemas/block.ts';
import { categorySchema } from './schemas/category.ts';
import { faqSchema } from './schemas/faq.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { passwordRulesSchema } from './schemas/password-rules.ts';
import { proofSchema } from './schemas/proof.ts';
import { validatedGlob } from './schemas/loader.ts';
import { recoveryStringsSchema, recoveryTreeSchema } from './schemas/recovery.ts';
import { synonymsSchema } from './schemas/synonyms.ts';

const SCHEMAS = {
  articles: articleSchema,
  faq: faqSchema,
  categories: categorySchema,
  blocks: blockSchema,
  proof: proofSchema,
  glossary: glossarySchema,
  recoveryTree: recoveryTreeSchema,
  recoveryStrings: recoveryStringsSchema,
  searchSynonyms: synonymsSchema,
  passwordRules: passwordRulesSchema,
} as const satisfies Record<ContentKindName, z.ZodType>;

/** Ids keep the file path (`ru/reset-password`): the locale folder is part of the identity. */
const keepPath = ({ entry }: { entry: string }) => entryId(entry);

function collection<K extends ContentKindName>(name: K) {
  const kind = CONTENT_MODEL.find((k) => k.name === name)!;
  const schema = SCHEMAS[name];
  return defineCollection({
    loader: validatedGlob(
      // The articles' text is compiled from the file; keeping it in the data store too would ship every article's source in the build's bundle.
      { base: `./${kind.dir}`, pattern: kindPattern(kind), generateId: keepPath, ...(name === 'articles' ? { retainBody: false } : {}) },
      schema,
    ),
    schema,
  });
}

export const collections = {
  articles: collection('articles'),
  faq: collection('faq'),
  categories: collection('categories'),
  blocks: collection('blocks'),
  proof: collection('proof'),
  glossary: collection('glossary'),
  recoveryTree: collection('recoveryTree'),
  recoveryStrings: collection('recoveryStrings'),
  searchSynonyms: collection('searchSynonyms'),
  passwordRules: collection('passwordRules'),
} satisfies Record<ContentKindName, unknown>;
