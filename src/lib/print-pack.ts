/**
 * The trade-fair print pack (issue 16): an association's, cluster's or region's
 * producers and their products as a printable catalogue, at its own page
 * (`/associations/<slug>/print/`) so the place page stays small. Each product
 * becomes a compact panel (photo, key facts, certificates, QR code of its page).
 *
 * A large place (a region of 2,000 products) is cut into parts of whole
 * producers, about PACK_PART_SIZE products each, at `print/page/<n>/`: each part
 * is a page of its own (no page over the 50 KB budget of docs, issue 14) and a
 * booklet of its own when printed, with the cover naming the part.
 */
import type { Locale } from '~/i18n/locales';
import { t } from '~/i18n/strings';
import { all, byId, localize } from './catalogue';
import { memoize } from './memo';
import type { CertificateView, Fact } from './page-view';
import { productPage, type PageImage } from './product-page';
import { productsByProducer } from './product-view';
import { canonicalFor } from './seo';
import { listingPath, listingStaticPaths } from './pagination';
import { entryPath } from './urls';

/** The kinds of place that have a print pack. */
export const PACK_PLACES = ['associations', 'clusters', 'regions'] as const;
export type PackPlace = (typeof PACK_PLACES)[number];

/** Products per part of a print pack: a part ends before the producer that would take it past this. */
export const PACK_PART_SIZE = 48;

/**
 * Cuts producers (given by their product counts, in order) into parts of whole
 * producers with at most `size` products each; a producer with more than `size`
 * products is a part of its own. Returns, per part, the producers' indexes.
 */
export function packParts(productCounts: readonly number[], size: number = PACK_PART_SIZE): number[][] {
  const parts: number[][] = [];
  let current: number[] = [];
  let inCurrent = 0;
  productCounts.forEach((count, index) => {
    if (current.length && inCurrent + count > size) {
      parts.push(current);
      current = [];
      inCurrent = 0;
    }
    current.push(index);
    inCurrent += count;
  });
  if (current.length) parts.push(current);
  return parts;
}

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
export async function placesWithProducts(place: PackPlace): Promise<string[]> {
  return [...(await packPartsByPlace(place)).keys()];
}

/** For each place (of one kind) with products, its print pack's parts: the ids of each part's producers. */
export const packPartsByPlace: (place: PackPlace) => Promise<Map<string, string[][]>> = memoize(findPackParts);

async function findPackParts(place: PackPlace): Promise<Map<string, string[][]>> {
  const [producers, products] = await Promise.all([all('producers'), all('products')]);
  const productCount = new Map<string, number>();
  for (const product of products) productCount.set(product.data.producer.id, (productCount.get(product.data.producer.id) ?? 0) + 1);
  const makers = producers.filter((p) => productCount.has(p.id));
  const found = new Map<string, string[][]>();
  for (const entry of await all(place)) {
    const members = makers.filter(memberOf(place, entry.id));
    if (!members.length) continue;
    found.set(entry.id, packParts(members.map((m) => productCount.get(m.id)!)).map((part) => part.map((i) => members[i]!.id)));
  }
  return found;
}

/** The print pack's address segments: `['associations', 'ppkkp', 'print']`; part n adds `page/<n>/`. */
export function printPackSegments(place: PackPlace, slug: string): string[] {
  return [place, slug, 'print'];
}

/** The print pack's address: `/associations/ppkkp/print/`, part 2 at `/associations/ppkkp/print/page/2/`. */
export function printPackPath(locale: Locale, place: PackPlace, slug: string, part = 1): string {
  return listingPath(locale, printPackSegments(place, slug), part);
}

/** The producers and product panels of one part (1-based) of a place's print pack. */
export async function printPack(place: PackPlace, slug: string, locale: Locale, site: URL, part = 1): Promise<PackProducer[]> {
  const [producers, regions, grouped, parts] = await Promise.all([byId('producers'), byId('regions'), productsByProducer(locale), packPartsByPlace(place)]);
  const wanted = [t(locale, 'product.hsCode'), t(locale, 'product.capacity'), t(locale, 'product.shelfLife')];
  const out: PackProducer[] = [];
  for (const entry of (parts.get(slug)?.[part - 1] ?? []).map((id) => producers.get(id)!)) {
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

/** getStaticPaths entries of `[...lang]/[place]/[slug]/print/[...page].astro` for one kind of place: every place with products, every part, every locale. */
export async function printPackStaticPaths(place: PackPlace) {
  return listingStaticPaths([...(await packPartsByPlace(place))].map(([slug, parts]) => ({ params: { place, slug }, count: parts.length })), 1);
}
