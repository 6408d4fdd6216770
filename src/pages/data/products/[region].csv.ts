import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { productRowInputs, productsByRegion } from '~/lib/catalogue-data';
import { PRODUCT_CSV_COLUMNS, productCsvRows } from '~/lib/catalogue-export';
import { toCsv } from '~/lib/csv';

/** The products of one region, one row per pack variant; the same columns as products.csv (docs/data-schema.md). */
export const getStaticPaths = (async () =>
  [...(await productsByRegion())].map(([region, slugs]) => ({ params: { region }, props: { slugs } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { slugs }, site }) =>
  new Response(toCsv(PRODUCT_CSV_COLUMNS, productCsvRows(await productRowInputs(site!, slugs))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
