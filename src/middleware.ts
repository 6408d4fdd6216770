/**
 * Every page's CSP <meta> says only what that page needs (withOwnPolicy): the
 * hashes of its own inline scripts and styles (Astro lists the hashes of the
 * whole build's on every page, none of which a page here inlines), no directive
 * that repeats its fallback, and no `frame-src` without an <iframe>; about
 * 0.5 KB of gzip on each page. Done as each page is rendered, before it is
 * written: no second pass over the written pages, which the search index reads.
 * `_headers` (src/integrations/security-headers.ts) then lists the hashes the
 * pages kept, with the whole policy.
 */
import { defineMiddleware } from 'astro:middleware';
import { withOwnPolicy } from '~/lib/security-policy';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  const own = withOwnPolicy(html);
  return new Response(own ? own.html : html, response);
});
