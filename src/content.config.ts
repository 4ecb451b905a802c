import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { categorySchema } from './schemas/category.ts';
import { faqSchema } from './schemas/faq.ts';

/** Ids keep the file path (`ru/reset-password`): the locale folder is part of the identity. */
const keepPath = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|md|ya?ml)$/, '');

export const collections = {
  articles: defineCollection({
    loader: glob({ base: './content/articles', pattern: '**/*.mdx', generateId: keepPath }),
    schema: articleSchema,
  }),
  categories: defineCollection({
    loader: glob({ base: './content/categories', pattern: '**/*.yaml', generateId: keepPath }),
    schema: categorySchema,
  }),
  faq: defineCollection({
    loader: glob({ base: './content/faq', pattern: '**/*.md', generateId: keepPath }),
    schema: faqSchema,
  }),
};
