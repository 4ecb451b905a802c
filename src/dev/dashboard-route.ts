/**
 * `astro dev` only: /dev/translations/ shows the translation dashboard, read from content/ on every
 * request. Its file links open the file in your editor (Vite's /__open-in-editor). Never built:
 * src/integrations/dev-pages.ts adds the route for `astro dev` alone.
 */
import type { APIRoute } from 'astro';
import { dashboardPage } from './translation-files.ts';

export const prerender = false;

export const GET: APIRoute = () =>
  new Response(dashboardPage(process.cwd(), (path) => `/__open-in-editor?file=${encodeURIComponent(path)}`), {
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
