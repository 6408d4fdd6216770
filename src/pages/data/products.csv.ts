import type { APIRoute } from 'astro';
import { productRowInputs } from '~/lib/catalogue-data';
import { PRODUCT_CSV_COLUMNS, productCsvRows } from '~/lib/catalogue-export';
import { toCsv } from '~/lib/csv';

/** Every product, one row per pack variant, for spreadsheets (columns: docs/data-schema.md); per region: products/[region].csv.ts. */
export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(PRODUCT_CSV_COLUMNS, productCsvRows(await productRowInputs(site!))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
