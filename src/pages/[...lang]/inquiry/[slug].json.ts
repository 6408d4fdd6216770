import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { all } from '../../../lib/catalogue';
import { entryStaticPaths } from '../../../lib/entry-paths';
import { listedProduct } from '../../../lib/listed-product';
import { productPage } from '../../../lib/product-page';
import { productContext } from '../../../lib/product-view';
import { absoluteUrl, entryPath } from '../../../lib/urls';

/** One product's facts for the inquiry list and compare view, per language (src/lib/listed-product.ts). */
export const getStaticPaths = (async () => entryStaticPaths((await all('products')).map((entry) => entry.id))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { locale, slug }, site }) => {
  const path = entryPath(locale, 'products', slug);
  const url = absoluteUrl(path, site!);
  const [page, context] = await Promise.all([productPage(slug, locale, url), productContext(slug)]);
  const body = listedProduct({ locale, slug, url, path, producerSlug: context.producer.id, contacts: context.producer.data.contacts, page });
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
