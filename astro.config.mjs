// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import contentCheck from './src/integrations/content-check.ts';
import dataIndex from './src/integrations/data-index.ts';
import { defaultLocale, localeCodes, locales } from './src/i18n/locales.ts';
import { contentRoot } from './src/lib/content-paths.ts';
import { isFallbackPage, isUnlistedPage } from './src/lib/sitemap.ts';
import digitalLinkRedirects from './src/integrations/digital-link-redirects.ts';
import pagefind from './src/integrations/pagefind.ts';
import modulePreload from './src/integrations/module-preload.ts';
import cms from './src/integrations/cms.ts';
import qrWorker from './src/integrations/qr-worker.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { policyDirectives, scriptSources, styleSources } from './src/lib/security-policy.ts';

// The public origin and an optional sub-path (e.g. GitHub Pages project sites: BASE_PATH=/etalase/).
const site = process.env.SITE_URL || 'https://etalase.example.org';
const base = process.env.BASE_PATH || '/';
const contentDir = contentRoot();
// Astro keeps content it loaded in its cache; another catalogue (tests, benchmarks) gets its own cache
// so entries of one catalogue can never appear in a build of another.
const cacheDir = process.env.ETALASE_CONTENT_DIR
  ? `./node_modules/.astro/catalogue-${createHash('sha256').update(contentDir).digest('hex').slice(0, 12)}`
  : './node_modules/.astro';
const isFallback = (/** @type {string} */ url) => isFallbackPage(url, contentDir, base);
// The search index is built in Pagefind's own process while the other post-build steps run (see its integration).
const search = pagefind();

export default defineConfig({
  site,
  cacheDir,
  base,
  trailingSlash: 'always',
  // Stylesheets are linked, never inlined: one cached file serves every page instead of the same rules in each page's HTML.
  // Four pages render at a time, so one page's file writes (and QR code, drawn on a worker) overlap the next pages'
  // rendering; the output is the same. At 1,000 products the pages take about a seventh less time than one at a
  // time; eight gained little more and held more pages in memory.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // AVIF at sharp's effort 2 instead of 4: about 5x faster to encode for files about 7% larger (still about half
  // the size of WebP). Encoding dominated cold builds; see BENCHMARKS.md.
  image: { service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } } },
  // Shiki's inline styles cannot pass the CSP; entries have no code blocks worth colouring.
  markdown: { syntaxHighlight: false },
  // MDX entries compile with Astro's "use astro:head-inject" directive, which the bundler reports as a
  // MODULE_LEVEL_DIRECTIVE warning on every build; it says nothing about the content, so editors don't see it.
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
  // One policy (src/lib/security-policy.ts): a CSP <meta> per page with Astro's hashes, the same as headers in _headers.
  security: {
    csp: {
      directives: [...policyDirectives],
      scriptDirective: { resources: [...scriptSources] },
      styleDirective: { resources: [...styleSources] },
    },
  },
  i18n: {
    locales: localeCodes,
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    contentCheck(),
    mdx(),
    // QR codes are drawn on a worker thread while the pages render.
    qrWorker(),
    search.index,
    sitemap({
      i18n: {
        defaultLocale,
        locales: Object.fromEntries(locales.map((l) => [l.code, l.lang])),
      },
      // Fallback pages repeat the default locale's prose: not listed, and never an alternate.
      // GS1 Digital Link pages (/01/<gtin>/) and print packs (…/print/) repeat other pages: never listed.
      filter: (page) => !isFallback(page) && !isUnlistedPage(page, base),
      serialize: (item) => {
        const links = item.links?.filter((link) => !isFallback(link.url));
        return { ...item, links: links && links.length > 1 ? links : undefined };
      },
    }),
    // The search page's first results wait for its script: the chunks that script imports are fetched with the page.
    modulePreload({ base, pages: localeCodes.map((code) => (code === defaultLocale ? 'search/' : `${code}/search/`)) }),
    securityHeaders(),
    dataIndex(),
    digitalLinkRedirects(),
    // The editors' CMS at /admin/: written after the site, so it is in neither the sitemap nor the search index.
    cms(),
    search.written,
  ],
});
