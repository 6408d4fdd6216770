/**
 * GS1 Digital Link for the barcodes on packs: every GTIN (8, 12, 13 or 14
 * digits) is written as 14 digits, zero-padded on the left, in the path
 * `/01/<gtin14>/` (GS1 Digital Link standard, application identifier 01).
 */

/** The GTIN as 14 digits: `gtin14('9520001300103')` → `'09520001300103'`. */
export function gtin14(code: string): string {
  return code.padStart(14, '0');
}

/** The Digital Link path segments of a GTIN, for `pagePath(locale, ...segments)`. */
export function digitalLinkSegments(code: string): string[] {
  return ['01', gtin14(code)];
}

/** Matches the path of a Digital Link page relative to the site's base: `01/09520001300103/`. */
export const DIGITAL_LINK_PATH = /^01\/(\d{14})\/$/;

export interface Forward {
  /** Site path of the Digital Link page, base included: `/etalase/01/09520001300103/`. */
  from: string;
  /** Site path of the product page, base included. */
  to: string;
}

/**
 * `_redirects` lines (Netlify, Cloudflare Pages) for the Digital Link pages: a
 * permanent redirect from the address with and without its trailing slash, as
 * a GS1 Digital Link printed on a pack has none.
 */
export function formatRedirects(forwards: readonly Forward[]): string {
  const lines = [...forwards]
    .sort((a, b) => a.from.localeCompare(b.from))
    .flatMap(({ from, to }) => [`${from.replace(/\/$/, '')} ${to} 301`, `${from} ${to} 301`]);
  return `# GS1 Digital Link: /01/<GTIN-14>/ → the product page (written by the build)\n${lines.join('\n')}\n`;
}
