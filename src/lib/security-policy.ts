/**
 * The site's security policy, defined once: astro.config.mjs feeds it to
 * Astro's CSP (a <meta> per page with the hashes of that page's inline styles
 * and scripts), and the build writes the same policy as HTTP headers into
 * `_headers` for hosts that read that file (Netlify, Cloudflare Pages), where
 * it can also say what a <meta> cannot (frame-ancestors, HSTS, …).
 *
 * Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval' (never 'unsafe-eval'
 * or 'unsafe-inline'). Videos (MDX `<Video>`) are the only third-party frames.
 */
import { createHash } from 'node:crypto';
import { CACHE_IMMUTABLE, HASHED_FOLDERS } from './cache-policy';
import { videoFrameOrigins } from './video';

/** script-src sources (Astro adds the hashes of inline scripts, if any). */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;
/** style-src sources (Astro adds the hashes of inline styles). */
export const styleSources = ["'self'"] as const;

/** Every other directive, for the <meta> and the header alike. */
export const policyDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  `frame-src ${videoFrameOrigins.join(' ')}`,
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Directives browsers ignore in a <meta>: sent only as headers. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/** The response headers every page gets, besides the Content-Security-Policy. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': [
    'accelerometer=()',
    'camera=()',
    'geolocation=()',
    'gyroscope=()',
    'magnetometer=()',
    'microphone=()',
    'payment=()',
    'usb=()',
    'browsing-topics=()',
    `fullscreen=(self ${videoFrameOrigins.map((o) => `"${o}"`).join(' ')})`,
  ].join(', '),
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The header policy: the directives plus script-src and style-src with every
 * hash found in the built pages (each page's <meta> stays stricter: both
 * policies apply, so a page runs only what its own <meta> allows).
 */
export function headerPolicy(hashes: { script: Iterable<string>; style: Iterable<string> }): string {
  const quoted = (list: Iterable<string>) => [...new Set(list)].sort().map((h) => `'${h}'`);
  return [
    ...policyDirectives,
    [`script-src`, ...scriptSources, ...quoted(hashes.script)].join(' '),
    [`style-src`, ...styleSources, ...quoted(hashes.style)].join(' '),
    ...headerOnlyDirectives,
  ].join('; ');
}

/**
 * The CMS at /admin/ (Sveltia CMS, src/integrations/cms.ts) is a different kind
 * of page: its interface sets inline styles, previews photos from blob: URLs and
 * talks to GitHub's API for sign-in and commits. It gets this policy instead of
 * the site's (a later `_headers` rule replaces the same header of an earlier one).
 */
export const cmsDirectives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
  "font-src 'self'",
  "connect-src 'self' blob: data: https://api.github.com https://github.com",
  "worker-src 'self' blob:",
  "media-src 'self' blob:",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self' https://github.com",
] as const;

/** The CMS page's policy as a header, and as its <meta> (hosts without `_headers`, e.g. GitHub Pages). */
export const cmsPolicy = [...cmsDirectives, ...headerOnlyDirectives].join('; ');
export const cmsMetaPolicy = cmsDirectives.join('; ');

export interface HeaderRule {
  /** URL pattern as hosts read it: `/*`, `/etalase/_astro/*`. */
  path: string;
  headers: Record<string, string>;
}

/** The rules of the `_headers` file for a site under `base` (`/` or `/etalase/`). */
export function headerRules(base: string, csp: string): HeaderRule[] {
  const root = base.endsWith('/') ? base : `${base}/`;
  return [
    { path: `${root}*`, headers: { 'Content-Security-Policy': csp, ...securityHeaders } },
    // Hosts join the headers of every rule a path matches, so the hashed folders have rules of their own and
    // nothing covers the rest of pagefind/: its entry file and loader revalidate (the hosts' default), as
    // a day-old entry file would name metadata that a new deploy has replaced.
    ...HASHED_FOLDERS.map((folder) => ({ path: `${root}${folder}/*`, headers: { 'Cache-Control': CACHE_IMMUTABLE } })),
    { path: `${root}admin/*`, headers: { 'Content-Security-Policy': cmsPolicy, 'X-Robots-Tag': 'noindex, nofollow', 'Cache-Control': 'no-cache' } },
  ];
}

/** `_headers` text (Netlify / Cloudflare Pages format): a path line, then indented `Name: value` lines. */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map((rule) => [rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `# Generated by the build from src/lib/security-policy.ts: edit that file, not this one.\n${blocks.join('\n\n')}\n`;
}

/** Reads a `_headers` file back into rules; throws on a line it cannot place, naming it. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      return;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!match || !rule) throw new Error(`_headers line ${index + 1}: expected "  Name: value" under a path, got ${JSON.stringify(line)}`);
    rule.headers[match[1]!] = match[2]!.trim();
  });
  return rules;
}

/** A CSP string as a map from directive name to its sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** A hash source of a policy, `'sha256-…'`: its algorithm and its base64 digest. */
const HASH_SOURCE = /^'(sha256|sha384|sha512)-([A-Za-z0-9+/=]+)'$/;
const META_CSP = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** The hashes (without quotes) among a directive's sources. */
export function hashSources(sources: readonly string[]): string[] {
  return sources.filter((source) => HASH_SOURCE.test(source)).map((source) => source.slice(1, -1));
}

/** The policy of a page's CSP <meta>, its quotes decoded; undefined for a page without one. */
export function metaPolicy(html: string): string | undefined {
  return META_CSP.exec(html)?.[2]!.replaceAll('&#39;', "'");
}

/** The fetch directives a policy may leave out, and where each then takes its sources from (CSP 3: the first of these the policy names). */
const FALLBACKS: Readonly<Record<string, readonly string[]>> = {
  'connect-src': ['default-src'],
  'font-src': ['default-src'],
  'frame-src': ['child-src', 'default-src'],
  'img-src': ['default-src'],
  'manifest-src': ['default-src'],
  'media-src': ['default-src'],
  'object-src': ['default-src'],
  'worker-src': ['child-src', 'script-src', 'default-src'],
};

/**
 * A page whose CSP <meta> says only what that page needs. Astro puts every hash of the build into
 * every page's <meta> (those of its bundled script and style files, which 'self' already allows and
 * no inline element matches): on a product page that is about 0.4 KB of gzip for nothing
 * (docs/architecture.md, "Budgets"). A hash that matches no inline `<script>` or `<style>` of the page
 * allows nothing there, so it goes. So does a directive that says what its fallback says (`font-src
 * 'self'` beside `default-src 'self'`), and `frame-src` on a page without an <iframe>, which then falls
 * back to `'self'`. No page's behaviour changes; a policy only gets stricter. `_headers` keeps the
 * whole policy. Returns the page and the hashes kept (without quotes); undefined for a page without a
 * CSP <meta>.
 */
export function withOwnPolicy(html: string): { html: string; script: string[]; style: string[] } | undefined {
  const meta = META_CSP.exec(html);
  if (!meta) return undefined;
  const inline = (tag: 'script' | 'style') =>
    [...html.matchAll(new RegExp(`<${tag}\\b(?![^>]*\\ssrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'gi'))].map((m) => m[1]!);
  const contents = { script: inline('script'), style: inline('style') };
  // Each inline element is hashed once per algorithm the policy names, not once per hash.
  const digests = new Map<string, Set<string>>();
  const digestsOf = (kind: 'script' | 'style', algorithm: string) => {
    const key = `${kind} ${algorithm}`;
    if (!digests.has(key)) digests.set(key, new Set(contents[kind].map((text) => createHash(algorithm).update(text).digest('base64'))));
    return digests.get(key)!;
  };
  const kept = { script: [] as string[], style: [] as string[] };
  const directives = meta[2]!.replaceAll('&#39;', "'").split(';').map((part) => {
    const [name = '', ...sources] = part.trim().split(/\s+/);
    return { lead: /^\s*/.exec(part)![0], name, sources };
  });
  for (const directive of directives) {
    const kind = directive.name === 'script-src' ? 'script' : directive.name === 'style-src' ? 'style' : undefined;
    if (!kind) continue;
    directive.sources = directive.sources.filter((source) => {
      const hash = HASH_SOURCE.exec(source);
      if (!hash) return true;
      const used = digestsOf(kind, hash[1]!).has(hash[2]!);
      if (used) kept[kind].push(source.slice(1, -1));
      return used;
    });
  }
  const sourcesOf = new Map(directives.map(({ name, sources }) => [name, sources.join(' ')]));
  const hasFrame = /<iframe\b/i.test(html);
  const needed = directives
    .filter(({ name }) => {
      if (name === 'frame-src' && !hasFrame) return false;
      const fallback = FALLBACKS[name]?.find((other) => sourcesOf.has(other));
      return !(fallback && sourcesOf.get(fallback) === sourcesOf.get(name));
    })
    .map(({ lead, name, sources }) => `${lead}${[name, ...sources].join(' ')}`);
  const content = needed.join(';').replaceAll("'", meta[2]!.includes('&#39;') ? '&#39;' : "'");
  return { html: html.replace(META_CSP, (_, start: string, _policy: string, end: string) => `${start}${content}${end}`), ...kept };
}
