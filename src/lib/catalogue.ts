/**
 * Read access to the catalogue for pages: every collection loaded once per build
 * and indexed by slug, and entries localized for a page's locale.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { defaultLocale, localeCodes, type Locale } from '~/i18n/locales';
import type { EntryCollection } from '~/schemas/registry';
import { groupBy } from './collect';
import { memoize } from './memo';
import { localeAvailability, overlayProse, type LocaleAvailability, type ProseOverlay } from './localize';

type TranslationKey<C extends EntryCollection> = `${C}Translations`;

const loadAll = memoize(async (collection: CollectionKey) => (await getCollection(collection)).sort((a, b) => a.id.localeCompare(b.id)));
const loadById = memoize(async (collection: CollectionKey) => new Map((await loadAll(collection)).map((e) => [e.id, e])));

/** All entries of a collection, sorted by id for stable output. */
export function all<C extends CollectionKey>(collection: C): Promise<CollectionEntry<C>[]> {
  return loadAll(collection) as Promise<CollectionEntry<C>[]>;
}

/** A collection indexed by id. */
export function byId<C extends CollectionKey>(collection: C): Promise<Map<string, CollectionEntry<C>>> {
  return loadById(collection) as Promise<Map<string, CollectionEntry<C>>>;
}

function translationsOf<C extends EntryCollection>(collection: C) {
  const key = `${collection}Translations` as TranslationKey<C>;
  return byId(key as CollectionKey) as Promise<Map<string, CollectionEntry<TranslationKey<C>>>>;
}

export interface Localized<C extends EntryCollection> extends LocaleAvailability {
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

export async function localize<C extends EntryCollection>(
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

/** The entry `slug` of a collection (which must exist) localized for `locale`. */
export async function localizedEntry<C extends EntryCollection>(collection: C, slug: string, locale: Locale): Promise<Localized<C>> {
  return localize(collection, (await byId(collection)).get(slug)!, locale);
}

/** Every entry of a collection localized for `locale`. */
export function allLocalized<C extends EntryCollection>(collection: C, locale: Locale): Promise<Localized<C>[]> {
  return loadLocalized(collection, locale) as Promise<Localized<C>[]>;
}

const loadLocalized = memoize(async (collection: EntryCollection, locale: Locale) =>
  Promise.all((await all(collection)).map((entry) => localize(collection, entry, locale))),
);

/**
 * Every entry of a collection localized for `locale`, grouped by `keyOf` (e.g.
 * products by producer). Built once per collection, locale and `grouping` name:
 * a page that filtered the whole collection instead cost O(entries) per page,
 * which at 10,000 products was the largest part of the build.
 */
export function groupedLocalized<C extends EntryCollection>(
  collection: C,
  locale: Locale,
  grouping: string,
  keyOf: (entry: Localized<C>) => string,
): Promise<Map<string, Localized<C>[]>> {
  return loadGrouped(collection, locale, grouping, keyOf as (entry: Localized<EntryCollection>) => string) as Promise<Map<string, Localized<C>[]>>;
}

const loadGrouped = memoize(
  async (collection: EntryCollection, locale: Locale, _grouping: string, keyOf: (entry: Localized<EntryCollection>) => string) =>
    groupBy(await allLocalized(collection, locale), keyOf),
  (collection, locale, grouping) => `${collection}|${locale}|${grouping}`,
);

/** Names of regions or clusters by id in `locale`, for cards that say where a producer works. */
export const namesById = memoize(
  async (collection: 'regions' | 'clusters', locale: Locale): Promise<Map<string, string>> =>
    new Map((await allLocalized(collection, locale)).map((e) => [e.entry.id, e.data.name])),
);
