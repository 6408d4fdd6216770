import type { APIRoute, GetStaticPaths } from 'astro';
import { localeCodes } from '~/i18n/locales';
import { all } from '~/lib/catalogue';
import { dataHeader, dataIndex, exportEntries, exportTaxonomies } from '~/lib/catalogue-data';
import { hasWholeCatalogue, SMALL_COLLECTIONS } from '~/lib/data-files';

/**
 * The JSON files at the top of /data/ (format: docs/data-schema.md): the index
 * of every data file, the small collections whole, and the whole catalogue
 * while it is small (src/lib/data-files.ts).
 */
export const getStaticPaths = (async () => {
  const files = ['index', ...SMALL_COLLECTIONS, ...(hasWholeCatalogue((await all('products')).length) ? ['catalogue'] : [])];
  return files.map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

const json = (value: unknown) =>
  new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

export const GET: APIRoute = async ({ params, site }) => {
  const origin = site!;
  const file = params.file!;
  if (file === 'index') return json(await dataIndex(origin));
  if (file === 'taxonomies') return json({ ...dataHeader(origin), collection: 'taxonomies', taxonomies: await exportTaxonomies(origin) });
  if (file === 'catalogue') {
    return json({
      ...dataHeader(origin),
      locales: localeCodes,
      regions: await exportEntries('regions', origin),
      clusters: await exportEntries('clusters', origin),
      associations: await exportEntries('associations', origin),
      producers: await exportEntries('producers', origin),
      products: await exportEntries('products', origin),
      news: await exportEntries('news', origin),
      taxonomies: await exportTaxonomies(origin),
    });
  }
  const collection = file as 'regions' | 'clusters' | 'associations' | 'news';
  const items = await exportEntries(collection, origin);
  return json({ ...dataHeader(origin), collection, count: items.length, items });
};
