/**
 * A region's or a cluster's full lists of producers and products, each at its
 * own paginated URL (`/regions/<slug>/products/`), so the region or cluster
 * page itself only previews them.
 */
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '~/i18n/locales';
import { all, allLocalized, type Localized } from './catalogue';
import { countBy } from './collect';
import { listingStaticPaths } from './pagination';
import { allProductContexts, productCards, type ProductCardData, type ProductContext } from './product-view';

export const PLACES = ['regions', 'clusters'] as const;
export const PLACE_LISTS = ['products', 'producers'] as const;
export type Place = (typeof PLACES)[number];
export type PlaceList = (typeof PLACE_LISTS)[number];

function producerPlace(producer: CollectionEntry<'producers'>, place: Place): string | undefined {
  return place === 'regions' ? producer.data.region.id : producer.data.cluster?.id;
}

function productPlace(context: ProductContext, place: Place): string | undefined {
  return place === 'regions' ? context.region.id : context.cluster?.id;
}

/** getStaticPaths for one kind of list: every page of it for every region or cluster that has something in it. */
export async function placeListPaths(place: Place, list: PlaceList) {
  const counts =
    list === 'products'
      ? countBy(await allProductContexts(), (c) => productPlace(c, place) ?? '')
      : countBy(await all('producers'), (p) => producerPlace(p, place) ?? '');
  const listings = (await all(place)).map((entry) => ({ params: { place, list, slug: entry.id }, count: counts.get(entry.id) ?? 0 }));
  return listingStaticPaths(listings.filter((l) => l.count > 0));
}

/** getStaticPaths of `[...lang]/[place]/[slug]/[list]/[...page].astro`: every list of every region and cluster. */
export async function allPlaceListPaths() {
  return (await Promise.all(PLACES.flatMap((place) => PLACE_LISTS.map((list) => placeListPaths(place, list))))).flat();
}

/** Product cards of a region or cluster, in catalogue order. */
export function productsIn(locale: Locale, place: Place, slug: string): Promise<ProductCardData[]> {
  return productCards(locale, (c) => productPlace(c, place) === slug);
}

/** Producers of a region or cluster, in catalogue order. */
export async function producersIn(locale: Locale, place: Place, slug: string): Promise<Localized<'producers'>[]> {
  return (await allLocalized('producers', locale)).filter((p) => producerPlace(p.entry, place) === slug);
}
