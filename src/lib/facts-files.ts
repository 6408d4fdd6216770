/**
 * The facts files the inquiry list and the compare view read: the products'
 * facts (src/lib/listed-product.ts), in one language, are written into
 * `<locale>/inquiry/facts-<n>.json` files of about PRODUCTS_PER_FACTS_FILE
 * products each (about 2 KB per product) and fetched only for the products a
 * buyer picked: the list pages never download the catalogue, and a large
 * catalogue does not become tens of thousands of tiny files. Used by the build
 * and by the browser scripts alike, so it imports nothing heavier than the URLs.
 */
import type { Locale } from '~/i18n/locales';
import { pagePath } from './urls';

/** Products per facts file, on average. */
export const PRODUCTS_PER_FACTS_FILE = 32;

/** How many facts files a catalogue of `products` products has (per language). */
export function factsFileCount(products: number): number {
  return Math.max(1, Math.ceil(products / PRODUCTS_PER_FACTS_FILE));
}

/** The facts file (0-based) that holds a product: the FNV-1a hash of its slug modulo the file count, the same in the build and the browser. */
export function factsFileOf(slug: string, files: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < slug.length; i++) hash = Math.imul(hash ^ slug.charCodeAt(i), 0x01000193) >>> 0;
  return hash % files;
}

/** A facts file's name: `facts-3.json`. */
export const factsFileName = (file: number) => `facts-${file}.json`;

/** Where a page's script finds the facts files: the folder (the inquiry list's address in the page's language) and how many there are. */
export interface FactsLocation {
  factsBase: string;
  factsFiles: number;
}

export function factsLocation(locale: Locale, products: number): FactsLocation {
  return { factsBase: pagePath(locale, 'inquiry'), factsFiles: factsFileCount(products) };
}
