import type { APIRoute } from 'astro';
import { loadSite } from '../data/content.ts';
import { llmsRoot } from '../data/llms.ts';
import { rootLlmsTxt } from '../lib/seo/llms-txt.ts';

/** /llms.txt: the languages, each with its own llms.txt. */
export const GET: APIRoute = async () => new Response(rootLlmsTxt(llmsRoot(await loadSite())));
