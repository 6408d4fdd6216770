/**
 * `npm run bench`'s spreadsheet import step: an association's sheet of 200
 * producers and 1,000 products (one pack each), filled into the generated
 * template, imported into a scratch copy of content/. Reported, not asserted.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importSheets, readWorkbook } from '~/lib/import';
import { buildTemplate } from '~/lib/import/template';

export interface ImportBench {
  producers: number;
  products: number;
  readS: number;
  importS: number;
  files: number;
  errors: number;
}

/**
 * `dir`: where to import (its `content/` is a copy of the repository's), kept
 * for the caller to build; by default a temporary folder, removed afterwards.
 */
export async function benchImport(repo: string, { producers = 200, products = 1000, today = new Date(), dir: keepIn = '' } = {}): Promise<ImportBench> {
  const dir = keepIn || mkdtempSync(path.join(os.tmpdir(), 'etalase-import-bench-'));
  try {
    const root = path.join(dir, 'content');
    cpSync(path.join(repo, 'content'), root, { recursive: true });
    const workbook = await buildTemplate(root);
    const verified = { last_verified: '2026-11-01', verified_by: 'Bench association secretariat' };
    const producerSheet = workbook.getWorksheet('producers')!;
    const productSheet = workbook.getWorksheet('products')!;
    const put = (sheet: typeof producerSheet, row: number, values: Record<string, string | number>) => {
      const headers = (sheet.getRow(1).values as unknown[]).map(String);
      for (const [column, value] of Object.entries(values)) sheet.getCell(row, headers.indexOf(column)).value = value;
    };
    for (let i = 0; i < producers; i++) {
      put(producerSheet, i + 2, {
        producer_slug: `bench-producer-${i}`,
        producer_name_en: `Bench Producer ${i}`,
        legal_form: 'UD',
        region: 'kota-palembang',
        address: `Jl. Contoh No. ${i}, Kota Palembang`,
        scale: 'household',
        ...verified,
        summary_en: `Bench producer number ${i}, a household kemplang maker in Palembang.`,
        summary_id: `Produsen uji nomor ${i}, pembuat kemplang rumahan di Palembang.`,
      });
    }
    for (let i = 0; i < products; i++) {
      put(productSheet, i + 2, {
        product_slug: `bench-product-${i}`,
        product_name_en: `Bench Kemplang ${i}`,
        product_name_id: `Kemplang Uji ${i}`,
        producer: `bench-producer-${i % producers}`,
        category: 'crackers',
        net_weight: 250,
        net_weight_unit: 'g',
        packaging: 'pouch',
        ...verified,
        summary_en: `Bench product number ${i}: flat fish crackers in 250 g pouches.`,
        summary_id: `Produk uji nomor ${i}: kemplang ikan pipih dalam kemasan 250 g.`,
      });
    }
    const file = path.join(dir, 'members.xlsx');
    await workbook.xlsx.writeFile(file);

    const readStart = performance.now();
    const sheets = await readWorkbook(file);
    const readS = (performance.now() - readStart) / 1000;
    const importStart = performance.now();
    const result = importSheets(sheets, { root, today, cwd: dir });
    const importS = (performance.now() - importStart) / 1000;
    return { producers, products, readS, importS, files: result.files.filter((f) => f.action === 'create').length, errors: result.problems.filter((p) => p.severity === 'error').length };
  } finally {
    if (!keepIn) rmSync(dir, { recursive: true, force: true });
  }
}

export function importBenchLines(bench: ImportBench): string[] {
  return [
    '',
    '## Spreadsheet import (`npm run import`, not a budget)',
    '',
    `${bench.producers} producers and ${bench.products} products from one .xlsx into a copy of content/: ` +
      `read in ${bench.readS.toFixed(1)} s, checked and written in ${bench.importS.toFixed(1)} s (${bench.files} new files, ${bench.errors} errors).`,
  ];
}
