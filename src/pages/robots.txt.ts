import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/seo/sitemap.ts';
import { absoluteUrl } from '../lib/urls.ts';

/** Generated so the sitemap URL follows SITE_URL and BASE_PATH. */
export const GET: APIRoute = () =>
  new Response(robotsTxt(absoluteUrl(import.meta.env.SITE ?? '', import.meta.env.BASE_URL, '/sitemap-index.xml')), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
