/**
 * A product as the inquiry list and compare view need it, in one language:
 * built at build time from the product page's own view (so both say the same)
 * and written into the facts files (src/lib/facts-files.ts).
 */
import type { Locale } from '~/i18n/locales';
import { t } from '~/i18n/strings';
import type { CompareFact, ListedProduct } from './inquiry-list';
import type { ProductPageView } from './product-page';

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
