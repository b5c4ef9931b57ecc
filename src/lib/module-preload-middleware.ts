/** Adds the modulepreload links to each page `astro build` renders (module-preload.ts). */
import { defineMiddleware } from 'astro:middleware';
import { withModulePreloadsIn } from './module-preload';

export const onRequest = defineMiddleware(async (_context, next) =>
  withModulePreloadsIn(await next()),
);
