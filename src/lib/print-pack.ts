/**
 * The trade-fair print pack (issue 16): an association's, cluster's or region's
 * producers and their products as a printable catalogue, at its own page
 * (`/associations/<slug>/print/`) so the place page stays small. Each product
 * becomes a compact panel (photo, key facts, certificates, QR code of its page).
 */
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/strings';
import { all, byId, localize } from './catalogue';
import type { CertificateView, Fact } from './page-view';
import { productPage, type PageImage } from './product-page';
import { productsByProducer } from './product-view';
import { canonicalFor } from './seo';
import { entryPath, pagePath } from './urls';

export type PackPlace = 'associations' | 'clusters' | 'regions';

export interface PackPanel {
  name: string;
  href: string;
  /** The product page's canonical address, for the QR code and the printed link. */
  url: string;
  hero?: PageImage | undefined;
  sample: boolean;
  /** MOQ, price, lead time, then HS code, capacity and shelf life when stated. */
  facts: Fact[];
  certificates: Pick<CertificateView, 'shortLabel' | 'validityShort' | 'status'>[];
}

export interface PackProducer {
  name: string;
  href: string;
  place: string;
  /** "WhatsApp +62…", "Email …": how to reach the producer from the paper. */
  contact: string[];
  products: PackPanel[];
}

/** Whether a producer belongs to the place. */
function memberOf(place: PackPlace, slug: string) {
  return (producer: Awaited<ReturnType<typeof all<'producers'>>>[number]) =>
    place === 'associations'
      ? producer.data.associations.some((a) => a.id === slug)
      : place === 'clusters'
        ? producer.data.cluster?.id === slug
        : producer.data.region.id === slug;
}

/** Places (of one kind) that have at least one product: only those get a print pack. */
export function placesWithProducts(place: PackPlace): Promise<string[]> {
  if (!packPlaces.has(place)) packPlaces.set(place, findPlacesWithProducts(place));
  return packPlaces.get(place)!;
}

const packPlaces = new Map<PackPlace, Promise<string[]>>();

async function findPlacesWithProducts(place: PackPlace): Promise<string[]> {
  const [producers, products] = await Promise.all([all('producers'), all('products')]);
  const withProducts = new Set(products.map((p) => p.data.producer.id));
  const makers = producers.filter((p) => withProducts.has(p.id));
  return (await all(place)).filter((entry) => makers.some(memberOf(place, entry.id))).map((entry) => entry.id);
}

/** The print pack's address: `/associations/ppkkp/print/`. */
export function printPackPath(locale: Locale, place: PackPlace, slug: string): string {
  return pagePath(locale, place, slug, 'print');
}

export async function printPack(place: PackPlace, slug: string, locale: Locale, site: URL): Promise<PackProducer[]> {
  const [producers, regions, grouped] = await Promise.all([all('producers'), byId('regions'), productsByProducer(locale)]);
  const wanted = [t(locale, 'product.hsCode'), t(locale, 'product.capacity'), t(locale, 'product.shelfLife')];
  const out: PackProducer[] = [];
  for (const entry of producers.filter(memberOf(place, slug))) {
    const products = grouped.get(entry.id) ?? [];
    if (!products.length) continue;
    const producer = await localize('producers', entry, locale);
    const { contacts } = producer.data;
    const panels = await Promise.all(
      products.map(async (product) => {
        const path = entryPath(locale, 'products', product.entry.id);
        const url = canonicalFor(path, product.isFallback, site);
        const view = await productPage(product.entry.id, locale, url);
        return {
          name: view.name,
          href: path,
          url,
          hero: view.hero,
          sample: view.sample,
          facts: [...view.keyFacts, ...view.tradeFacts.filter((f) => wanted.includes(f.label))],
          certificates: view.certificates.map(({ shortLabel, validityShort, status }) => ({ shortLabel, validityShort, status })),
        };
      }),
    );
    out.push({
      name: producer.data.name,
      href: entryPath(locale, 'producers', entry.id),
      place: regions.get(entry.data.region.id)?.data.name ?? entry.data.region.id,
      contact: [
        contacts.whatsapp && `WhatsApp ${contacts.whatsapp}`,
        contacts.phone && contacts.phone !== contacts.whatsapp && `${t(locale, 'producer.phone')} ${contacts.phone}`,
        contacts.email && `${t(locale, 'producer.email')} ${contacts.email}`,
      ].filter((c): c is string => Boolean(c)),
      products: panels,
    });
  }
  return out;
}
