import { hasValidGtinCheckDigit } from '~/schemas/fields';
import { groupBy } from '~/lib/collect';
import { gtin14 } from '~/lib/gtin';
import { hint } from '~/lib/content-check/hints';
import { lineAt, type EntryFile } from '~/lib/content-check/load';
import { quote } from '~/lib/content-check/text';
import type { Issue } from '~/lib/content-check/types';

/**
 * A GTIN names one pack of one product, and its GS1 Digital Link `/01/<gtin14>/`
 * can lead to one product page only: the same barcode (compared as 14 digits,
 * so "9520001300103" and "09520001300103" are one) on two packs is an error on
 * each of them. Barcodes that are not well-formed are reported by the schema.
 */
export function checkGtins(products: EntryFile[]): Issue[] {
  const barcodes = products.flatMap((entry) =>
    (Array.isArray(entry.data.packs) ? entry.data.packs : []).flatMap((pack: unknown, index) => {
      const barcode = (pack as { barcode?: unknown } | null)?.barcode;
      if (typeof barcode !== 'string' || !/^(\d{8}|\d{12,14})$/.test(barcode) || !hasValidGtinCheckDigit(barcode)) return [];
      return [{ entry, index, barcode }];
    }),
  );
  const packs = groupBy(barcodes, ({ barcode }) => gtin14(barcode));
  const out: Issue[] = [];
  for (const [gtin, group] of packs) {
    if (group.length < 2) continue;
    for (const pack of group) {
      const field = `packs[${pack.index}].barcode`;
      const others = group.filter((o) => o !== pack).map((o) => `${o.entry === pack.entry ? 'this file' : o.entry.file} (packs[${o.index}])`);
      out.push({
        severity: 'error',
        code: 'duplicate-gtin',
        file: pack.entry.file,
        ...lineAt(pack.entry, ['packs', pack.index, 'barcode']),
        field,
        message: `the barcode ${quote(pack.barcode)} (GTIN ${gtin}) is also given for ${others.join(', ')}: a GS1 barcode names one pack of one product, and its address /01/${gtin}/ can lead to only one product page`,
        hint: hint(
          'Re-type each barcode from its own pack or from the GS1 Indonesia certificate. If two packs really carry the same number, keep it on the pack it was issued for and remove `barcode` from the other until it has its own.',
          'Ketik ulang setiap barcode dari kemasannya sendiri atau dari sertifikat GS1 Indonesia. Bila dua kemasan memang bernomor sama, simpan nomor itu pada kemasan yang memilikinya dan hapus `barcode` dari kemasan lain sampai kemasan itu punya nomor sendiri.',
        ),
      });
    }
  }
  return out;
}

