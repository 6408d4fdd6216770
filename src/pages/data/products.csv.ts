import type { APIRoute } from 'astro';
import { all, localize } from '../../lib/catalogue';
import { permitSummary, PRODUCT_CSV_COLUMNS, productCsvRows, type ProductRowInput } from '../../lib/catalogue-export';
import { toCsv } from '../../lib/csv';
import { buildDate } from '../../lib/dates';
import { productContext } from '../../lib/product-view';
import { absoluteUrl, entryPath } from '../../lib/urls';

/** Every product, one row per pack variant, for spreadsheets (columns: docs/data-schema.md). */
export const GET: APIRoute = async ({ site }) => {
  const today = buildDate();
  const products: ProductRowInput[] = await Promise.all(
    (await all('products')).map(async (product) => {
      const context = await productContext(product.id);
      const { data } = product;
      const permits = permitSummary(context.certificates.map((c) => ({ ...c, kind: c.kind.id })), today);
      return {
        slug: product.id,
        nameEn: data.name,
        // The name the Indonesian page shows: the translation's, else the base name.
        nameId: (await localize('products', product, 'id')).data.name,
        producer: context.producer.id,
        region: context.region.id,
        cluster: context.cluster?.id,
        category: context.category.id,
        hsCode: data.hsCode,
        packs: data.packs,
        moq: data.moq,
        monthlyCapacity: data.monthlyCapacity ?? context.producer.data.monthlyCapacity,
        shelfLifeDays: data.shelfLifeDays,
        ...permits,
        exportReady: context.exportChecklist.ready,
        retailReady: context.retailChecklist.ready,
        retailTrial: data.retailTrial,
        priceRange: data.priceRange,
        availability: data.availability,
        lastVerified: data.verification.date,
        sample: data.sample,
        urlEn: absoluteUrl(entryPath('en', 'products', product.id), site!),
        urlId: absoluteUrl(entryPath('id', 'products', product.id), site!),
      };
    }),
  );
  return new Response(toCsv(PRODUCT_CSV_COLUMNS, productCsvRows(products)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
