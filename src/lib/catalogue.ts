/**
 * Read access to the catalogue for pages: every collection loaded once per build
 * and indexed by slug, and entries localized for a page's locale.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { defaultLocale, localeCodes, type Locale } from '../i18n/locales';
import { localeAvailability, overlayProse, type LocaleAvailability, type ProseOverlay } from './localize';

export type EntryCollectionKey = 'regions' | 'clusters' | 'associations' | 'producers' | 'products' | 'news';
type TranslationKey<C extends EntryCollectionKey> = `${C}Translations`;

const cache = new Map<string, Promise<unknown>>();

function memo<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as Promise<T>;
}

/** All entries of a collection, sorted by id for stable output. */
export function all<C extends CollectionKey>(collection: C): Promise<CollectionEntry<C>[]> {
  return memo(`all:${collection}`, async () =>
    (await getCollection(collection)).sort((a, b) => a.id.localeCompare(b.id)),
  );
}

/** A collection indexed by id. */
export function byId<C extends CollectionKey>(collection: C): Promise<Map<string, CollectionEntry<C>>> {
  return memo(`byId:${collection}`, async () => new Map((await all(collection)).map((e) => [e.id, e])));
}

/** One entry by id; throws with a clear message (the content checker should have caught it first). */
export async function get<C extends CollectionKey>(collection: C, id: string): Promise<CollectionEntry<C>> {
  const entry = (await byId(collection)).get(id);
  if (!entry) throw new Error(`No entry "${id}" in collection "${collection}"`);
  return entry;
}

function translationsOf<C extends EntryCollectionKey>(collection: C) {
  const key = `${collection}Translations` as TranslationKey<C>;
  return byId(key as CollectionKey) as Promise<Map<string, CollectionEntry<TranslationKey<C>>>>;
}

export interface Localized<C extends EntryCollectionKey> extends LocaleAvailability {
  entry: CollectionEntry<C>;
  /** Facts plus the prose in `contentLocale`. */
  data: CollectionEntry<C>['data'];
  /** Alt texts in the page's locale keyed by image file name (see lib/images.ts). */
  imageAlts: Record<string, string> | undefined;
  /** What to pass to `render()` for the body: the translation, or the base entry. */
  bodyEntry: CollectionEntry<C> | CollectionEntry<TranslationKey<C>>;
  /** Locales with real prose for this entry (for hreflang and the language switch). */
  translatedLocales: Locale[];
}

export async function localize<C extends EntryCollectionKey>(
  collection: C,
  entry: CollectionEntry<C>,
  locale: Locale,
): Promise<Localized<C>> {
  const translations = await translationsOf(collection);
  const translation = locale === defaultLocale ? undefined : translations.get(`${locale}/${entry.id}`);
  const overlay = translation?.data as ProseOverlay | undefined;
  return {
    entry,
    ...localeAvailability(locale, Boolean(translation)),
    data: overlayProse(entry.data, overlay),
    imageAlts: overlay?.imageAlts,
    bodyEntry: translation ?? entry,
    translatedLocales: localeCodes.filter((code) => code === defaultLocale || translations.has(`${code}/${entry.id}`)),
  };
}

/** Every entry of a collection localized for `locale`. */
export async function allLocalized<C extends EntryCollectionKey>(collection: C, locale: Locale): Promise<Localized<C>[]> {
  return memo(`localized:${collection}:${locale}`, async () =>
    Promise.all((await all(collection)).map((entry) => localize(collection, entry as CollectionEntry<C>, locale))),
  );
}

/**
 * Every entry of a collection localized for `locale`, grouped by `keyOf` (e.g.
 * products by producer). Built once per collection, locale and `grouping` name:
 * a page that filtered the whole collection instead cost O(entries) per page,
 * which at 10,000 products was the largest part of the build.
 */
export function groupedLocalized<C extends EntryCollectionKey>(
  collection: C,
  locale: Locale,
  grouping: string,
  keyOf: (entry: Localized<C>) => string,
): Promise<Map<string, Localized<C>[]>> {
  return memo(`grouped:${collection}:${locale}:${grouping}`, async () => {
    const groups = new Map<string, Localized<C>[]>();
    for (const entry of await allLocalized(collection, locale)) {
      const key = keyOf(entry);
      const group = groups.get(key);
      if (group) group.push(entry);
      else groups.set(key, [entry]);
    }
    return groups;
  });
}

/** Names of regions or clusters by id in `locale`, for cards that say where a producer works. */
export function namesById(collection: 'regions' | 'clusters', locale: Locale): Promise<Map<string, string>> {
  return memo(`names:${collection}:${locale}`, async () => new Map((await allLocalized(collection, locale)).map((e) => [e.entry.id, e.data.name])));
}
