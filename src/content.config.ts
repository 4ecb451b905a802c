import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { categorySchema } from './schemas/category.ts';
import { faqSchema } from './schemas/faq.ts';
import { validatedGlob } from './schemas/loader.ts';

/** Ids keep the file path (`ru/reset-password`): the locale folder is part of the identity. */
const keepPath = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|md|ya?ml)$/, '');

export const collections = {
  articles: defineCollection({
    loader: validatedGlob({ base: './content/articles', pattern: '**/*.mdx', generateId: keepPath }, articleSchema),
    schema: articleSchema,
  }),
  categories: defineCollection({
    loader: validatedGlob({ base: './content/categories', pattern: '**/*.yaml', generateId: keepPath }, categorySchema),
    schema: categorySchema,
  }),
  faq: defineCollection({
    loader: validatedGlob({ base: './content/faq', pattern: '**/*.md', generateId: keepPath }, faqSchema),
    schema: faqSchema,
  }),
};
