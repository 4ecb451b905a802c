import type { APIRoute } from 'astro';
import { loadSite } from '../../data/content.ts';
import { llmsLocale } from '../../data/llms.ts';
import { localeStaticPaths } from '../../data/paths.ts';
import type { Locale } from '../../i18n/index.ts';
import { localeLlmsTxt } from '../../lib/seo/llms-txt.ts';

export const getStaticPaths = localeStaticPaths;

/** /<lang>/llms.txt: this locale's articles by category, each with a link to its Markdown copy. */
export const GET: APIRoute = async ({ props }) => new Response(localeLlmsTxt(llmsLocale(await loadSite(), (props as { lang: Locale }).lang)));
