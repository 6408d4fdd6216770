/**
 * Every page's CSP <meta> keeps only the hashes of that page's own inline
 * scripts and styles (withOwnHashes): Astro lists the hashes of the whole
 * build's scripts and styles on every page, none of which a page here inlines,
 * about 0.4 KB of gzip on each. Done as each page is rendered, before it is
 * written: no second pass over the written pages, which the search index reads.
 * `_headers` (src/integrations/security-headers.ts) then lists the hashes the
 * pages kept.
 */
import { defineMiddleware } from 'astro:middleware';
import { withOwnHashes } from '~/lib/security-policy';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  const own = withOwnHashes(html);
  return new Response(own ? own.html : html, response);
});
