/** Every page's `Astro.locals.page` (src/data/locals.ts): set by the page, read by its components, a clear error if missing. */
import { defineMiddleware } from 'astro:middleware';
import { attachPageLocals } from './data/locals.ts';

export const onRequest = defineMiddleware((context, next) => {
  attachPageLocals(context.locals, context.url);
  return next();
});
