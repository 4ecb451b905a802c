import { defineCollection } from 'astro:content';
import { articleSchema } from './schemas/article.ts';
import { blockSchema } from './schemas/block.ts';
import { categorySchema } from './schemas/category.ts';
import { faqSchema } from './schemas/faq.ts';
import { passwordRulesSchema } from './schemas/password-rules.ts';
import { proofSchema } from './schemas/proof.ts';
import { validatedGlob } from './schemas/loader.ts';
import { recoveryStringsSchema, recoveryTreeSchema } from './schemas/recovery.ts';
import { synonymsSchema } from './schemas/synonyms.ts';

/** Ids keep the file path (`ru/reset-password`): the locale folder is part of the identity. */
const keepPath = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|md|ya?ml)$/, '');

export const collections = {
  articles: defineCollection({
    // The text is compiled from the file; keeping it in the data store too would ship every article's source in the build's bundle.
    loader: validatedGlob({ base: './content/articles', pattern: '**/*.mdx', generateId: keepPath, retainBody: false }, articleSchema),
    schema: articleSchema,
  }),
  /** `content/blocks/<locale>/<id>.mdx`: passages articles share (safety warnings, rules), shown by <Block id="…" />. */
  blocks: defineCollection({
    loader: validatedGlob({ base: './content/blocks', pattern: '**/*.mdx', generateId: keepPath }, blockSchema),
    schema: blockSchema,
  }),
  categories: defineCollection({
    loader: validatedGlob({ base: './content/categories', pattern: '**/*.yaml', generateId: keepPath }, categorySchema),
    schema: categorySchema,
  }),
  faq: defineCollection({
    loader: validatedGlob({ base: './content/faq', pattern: '**/*.md', generateId: keepPath }, faqSchema),
    schema: faqSchema,
  }),
  /** The recovery-path selector: its structure (`tree.yaml`), then its words per locale (`strings/<locale>.yaml`). */
  recoveryTree: defineCollection({
    loader: validatedGlob({ base: './content/recovery', pattern: 'tree.yaml', generateId: keepPath }, recoveryTreeSchema),
    schema: recoveryTreeSchema,
  }),
  recoveryStrings: defineCollection({
    loader: validatedGlob({ base: './content/recovery/strings', pattern: '*.yaml', generateId: keepPath }, recoveryStringsSchema),
    schema: recoveryStringsSchema,
  }),
  /** `content/proof/<locale>.yaml`: the proof-of-ownership list, written once per locale, shown by <ProofOfOwnership />. */
  proof: defineCollection({
    loader: validatedGlob({ base: './content/proof', pattern: '*.yaml', generateId: keepPath }, proofSchema),
    schema: proofSchema,
  }),
  /** `content/search/synonyms/<locale>.yaml`: what readers type → what the site says, for the search. */
  searchSynonyms: defineCollection({
    loader: validatedGlob({ base: './content/search/synonyms', pattern: '*.yaml', generateId: keepPath }, synonymsSchema),
    schema: synonymsSchema,
  }),
  /** One file, `content/password-rules.yaml`: the numbers the password-strength checker compares with. */
  passwordRules: defineCollection({
    loader: validatedGlob({ base: './content', pattern: 'password-rules.yaml', generateId: keepPath }, passwordRulesSchema),
    schema: passwordRulesSchema,
  }),
};
