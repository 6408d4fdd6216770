/**
 * What an entry's own page starts from (regions, clusters, associations, news,
 * producers, products): one page per entry and locale, and the entry localized
 * for the page with its body rendered.
 */
import { render } from 'astro:content';
import type { Locale } from '~/i18n/locales';
import type { EntryCollection } from '~/schemas/registry';
import { all, localizedEntry } from './catalogue';
import { entryStaticPaths } from './entry-paths';

/** getStaticPaths of a collection's entry pages: `{ params: { lang, slug }, props: { locale, slug } }`. */
export async function entryPagePaths(collection: EntryCollection) {
  return entryStaticPaths((await all(collection)).map((entry) => entry.id));
}

/** The entry `slug` of `collection` in `locale` (see `localize`), and `Content`, its rendered body. */
export async function renderedEntry<C extends EntryCollection>(collection: C, slug: string, locale: Locale) {
  const entry = await localizedEntry(collection, slug, locale);
  const { Content } = await render(entry.bodyEntry);
  return { ...entry, Content };
}
