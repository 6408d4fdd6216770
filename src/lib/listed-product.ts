/**
 * A product as the inquiry list and compare view need it, in one language:
 * built at build time from the product page's own view (so both say the same)
 * and written into `<locale>/inquiry/facts-<n>.json` files of about
 * PRODUCTS_PER_FACTS_FILE products each (about 2 KB per product), fetched only
 * for the products a buyer picked: the list pages never download the catalogue,
 * and a large catalogue does not become tens of thousands of tiny files.
 */
import type { Locale } from '~/i18n/locales';
import { t } from '~/i18n/strings';
import type { CompareFact, ListedProduct } from './inquiry-list';
import type { ProductPageView } from './product-page';

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

export interface ListedProductInput {
  locale: Locale;
  slug: string;
  /** The product page's address in this language, and its site path. */
  url: string;
  path: string;
  producerSlug: string;
  contacts: { email?: string | undefined; whatsapp?: string | undefined };
  page: ProductPageView;
}

export function listedProduct({ locale, slug, url, path, producerSlug, contacts, page }: ListedProductInput): ListedProduct {
  const fact = (label: string, value: string): CompareFact => ({ label, value });
  return {
    slug,
    name: page.name,
    url,
    path,
    producer: { slug: producerSlug, name: page.producer.name, path: page.producer.href, email: contacts.email, whatsapp: contacts.whatsapp },
    region: `${page.region.name}, ${page.region.province}`,
    moq: page.card.moq,
    compare: [
      { title: t(locale, 'product.tradeFacts'), facts: [...page.keyFacts, ...page.tradeFacts].map((f) => fact(f.label, f.value)) },
      {
        title: t(locale, 'product.packs'),
        facts: page.packs.map((pack, i) =>
          fact(
            t(locale, 'inquiryList.compare.pack', { index: i + 1 }),
            [`${pack.netWeight} · ${pack.packaging}`, pack.barcode && `${t(locale, 'product.barcode')} ${pack.barcode}`, pack.unitsPerCarton && t(locale, 'inquiryList.compare.perCarton', { count: pack.unitsPerCarton })]
              .filter(Boolean)
              .join(' · '),
          ),
        ),
      },
      {
        title: t(locale, 'product.certificates'),
        facts: page.certificates.map((c) => fact(c.label, `${c.statusLabel}: ${c.validity} (${c.number}, ${c.issuer})`)),
      },
      { title: t(locale, 'readiness.title'), facts: page.readiness.map((r) => fact(r.title, `${r.readyLabel} (${r.summary})`)) },
    ],
  };
}
