import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { localeCodes } from '~/i18n/locales';
import { all } from '~/lib/catalogue';
import { factsFileCount, factsFileOf } from '~/lib/facts-files';
import { listedProduct } from '~/lib/listed-product';
import { productPage } from '~/lib/product-page';
import { productContext } from '~/lib/product-view';
import { absoluteUrl, entryPath, langParam } from '~/lib/urls';

/** The facts of the products in one facts file, per language, by slug (src/lib/listed-product.ts). */
export const getStaticPaths = (async () => {
  const slugs = (await all('products')).map((entry) => entry.id);
  const files = factsFileCount(slugs.length);
  const inFile = Array.from({ length: files }, () => [] as string[]);
  for (const slug of slugs) inFile[factsFileOf(slug, files)]!.push(slug);
  return localeCodes.flatMap((locale) => inFile.map((members, file) => ({ params: { lang: langParam(locale), file: String(file) }, props: { locale, slugs: members } })));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { locale, slugs }, site }) => {
  const entries = await Promise.all(
    slugs.map(async (slug) => {
      const path = entryPath(locale, 'products', slug);
      const url = absoluteUrl(path, site!);
      const [page, context] = await Promise.all([productPage(slug, locale, url), productContext(slug)]);
      return [slug, listedProduct({ locale, slug, url, path, producerSlug: context.producer.id, contacts: context.producer.data.contacts, page })] as const;
    }),
  );
  return new Response(JSON.stringify(Object.fromEntries(entries)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
