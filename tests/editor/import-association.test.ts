/**
 * The spreadsheet route end to end (issue #17): an association's sheet of
 * 200 producers and their products, filled into the generated template,
 * imports with no error; `npm run check` passes on the result; and the site
 * builds with the new producers and products in both languages.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { benchImport } from '../../scripts/lib/import-bench';
import { buildSite } from '../helpers/browser/build';
import { npmRun, PROJECT } from '../helpers/editor';

/** A day after the sheet's verification dates (2026-11-01). */
const TODAY = '2026-11-23';

test('a 200-producer sheet imports, passes npm run check, and builds into pages in English and Indonesian', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'etalase-import-association-'));
  try {
    const result = await benchImport(PROJECT, { producers: 200, products: 400, today: new Date(`${TODAY}T00:00:00Z`), dir });
    expect(result.errors).toBe(0);
    // <slug>.md and <slug>.id.md for every producer and product.
    expect(result.files).toBe((200 + 400) * 2);
    const content = path.join(dir, 'content');
    const check = npmRun('check', [], { ETALASE_CONTENT_DIR: content, ETALASE_TODAY: TODAY });
    expect(check.status, check.output).toBe(0);

    const out = path.join(dir, 'dist');
    buildSite(out, { ETALASE_CONTENT_DIR: content, ETALASE_TODAY: TODAY });
    const page = (rel: string) => readFileSync(path.join(out, rel, 'index.html'), 'utf8');
    expect(page('producers/bench-producer-0')).toContain('Bench Producer 0');
    expect(page('id/producers/bench-producer-199')).toContain('Produsen uji nomor 199');
    expect(page('products/bench-product-399')).toContain('Bench Kemplang 399');
    expect(page('id/products/bench-product-0')).toContain('Kemplang Uji 0');
    // The Indonesian page is a translation, not the English text under /id/.
    expect(page('id/products/bench-product-0')).toContain('Produk uji nomor 0');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 900_000);
