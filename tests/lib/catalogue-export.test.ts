import { describe, expect, it } from 'vitest';
import {
  catalogueEntry,
  permitSummary,
  plainFacts,
  PRODUCT_CSV_COLUMNS,
  productCsvRows,
  readinessJson,
  type ProductRowInput,
} from '~/lib/catalogue-export';
import { toCsv } from '~/lib/csv';
import type { Checklist } from '~/lib/readiness';
import { mapImages } from '~/lib/images';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const image = { src: '/_astro/kemplang.Bq3x9z_A.jpg', width: 800, height: 600, format: 'jpg' };
const imageUrl = (src: string) => `https://etalase.example.org${src}`;

function row(overrides: Partial<ProductRowInput> = {}): ProductRowInput {
  return {
    slug: 'kemplang-panggang',
    nameEn: 'Grilled Kemplang, "Tenggiri"',
    nameId: 'Kemplang Panggang Tenggiri',
    producer: 'kemplang-cek-ana',
    region: 'kota-palembang',
    cluster: undefined,
    category: 'crackers',
    hsCode: '1905.90',
    packs: [
      { netWeight: { value: 100, unit: 'g' }, packaging: 'pouch', barcode: '9520001100109', unitsPerCarton: 40 },
      { netWeight: { value: 1, unit: 'kg' }, packaging: 'vacuum-pack' },
    ],
    moq: { quantity: 500, unit: 'kg' },
    monthlyCapacity: { quantity: 1.5, unit: 'ton' },
    shelfLifeDays: 180,
    halalValid: true,
    foodPermit: 'BPOM MD SAMPLE-MD-0001',
    exportReady: true,
    retailReady: false,
    retailTrial: { status: 'in-trial', chains: ['Alfamart', 'Indomaret'] },
    priceRange: { min: 6.5, max: 8, currency: 'USD', per: 'kg' },
    availability: 'all-year',
    lastVerified: d('2026-10-05'),
    sample: true,
    urlEn: 'https://etalase.example.org/products/kemplang-panggang/',
    urlId: 'https://etalase.example.org/id/products/kemplang-panggang/',
    ...overrides,
  };
}

describe('products.csv rows', () => {
  it('writes one row per pack variant in column order', () => {
    const rows = productCsvRows([row()]);
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r).toHaveLength(PRODUCT_CSV_COLUMNS.length);
    const first = Object.fromEntries(PRODUCT_CSV_COLUMNS.map((c, i) => [c, rows[0]![i]]));
    expect(first).toMatchObject({
      product_slug: 'kemplang-panggang',
      net_weight: 100,
      net_weight_unit: 'g',
      barcode: '9520001100109',
      halal_valid: 'yes',
      export_ready: 'yes',
      retail_ready: 'no',
      retail_trial_chains: 'Alfamart; Indomaret',
      last_verified: '2026-10-05',
      sample: 'yes',
      cluster: undefined,
    });
    const second = Object.fromEntries(PRODUCT_CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(second).toMatchObject({ net_weight: 1, packaging: 'vacuum-pack', barcode: undefined, units_per_carton: undefined });
  });

  it('survives commas, quotes, newlines and Indonesian text in a CSV document', () => {
    const csv = toCsv(PRODUCT_CSV_COLUMNS, productCsvRows([row({ nameId: 'Kerupuk "Sinar", ikan\nbaris dua – ½' })]));
    expect(csv.startsWith('\uFEFFproduct_slug,')).toBe(true);
    expect(csv).toContain('"Grilled Kemplang, ""Tenggiri"""');
    expect(csv).toContain('"Kerupuk ""Sinar"", ikan\nbaris dua – ½"');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);
  });
});

describe('permits', () => {
  const certs = [
    { kind: 'halal', number: 'SAMPLE-HALAL-1', validFrom: d('2020-01-01'), validUntil: d('2024-01-01') },
    { kind: 'spp-irt', number: 'SAMPLE-PIRT-1', validFrom: d('2020-01-01'), validUntil: d('2030-01-01') },
    { kind: 'bpom-md', number: 'SAMPLE-MD-1', validFrom: d('2027-01-01') },
  ];
  it('counts only valid certificates', () => {
    expect(permitSummary(certs, d('2026-02-06'))).toEqual({ halalValid: false, foodPermit: 'SPP-IRT SAMPLE-PIRT-1' });
    expect(permitSummary(certs, d('2027-02-06')).foodPermit).toBe('BPOM MD SAMPLE-MD-1');
    expect(permitSummary([], d('2026-02-06'))).toEqual({ halalValid: false, foodPermit: undefined });
  });
});

describe('catalogue.json entries', () => {
  const data = {
    name: 'Grilled Kemplang',
    producer: { collection: 'producers', id: 'kemplang-cek-ana' },
    allergens: [{ collection: 'allergens', id: 'fish' }],
    images: [{ src: image, alt: 'Grilled crackers on a plate' }],
    verification: { date: d('2026-10-05'), by: 'Dinas' },
    summary: 'Ready-to-eat grilled fish crackers from Palembang.',
    ingredients: 'Mackerel, tapioca',
    hsCode: '1905.90',
  };
  const urls = { en: 'https://e.example/products/k/', id: 'https://e.example/id/products/k/' };

  it('separates facts from prose and turns references, dates and images into plain values', () => {
    const entry = catalogueEntry(
      'products',
      {
        slug: 'k',
        data,
        body: 'Body in English.\n',
        translations: {
          id: { data: { summary: 'Kerupuk ikan panggang siap santap dari Palembang.', imageAlts: { 'kemplang.jpg': 'Kerupuk di piring' } }, body: 'Isi.' },
        },
      },
      { defaultLocale: 'en', urls, imageUrl },
    );
    expect(entry).toMatchObject({
      slug: 'k',
      producer: 'kemplang-cek-ana',
      allergens: ['fish'],
      hsCode: '1905.90',
      verification: { date: '2026-10-05', by: 'Dinas' },
      images: [{ url: 'https://etalase.example.org/_astro/kemplang.Bq3x9z_A.jpg', file: 'kemplang.jpg', width: 800, height: 600 }],
      urls,
    });
    expect(entry).not.toHaveProperty('name');
    expect(entry).not.toHaveProperty('summary');
    expect(entry.text.en).toEqual({
      name: 'Grilled Kemplang',
      summary: data.summary,
      ingredients: 'Mackerel, tapioca',
      imageAlts: { 'kemplang.jpg': 'Grilled crackers on a plate' },
      description: 'Body in English.',
    });
    // The name falls back to the base name (a proper noun); other prose never does.
    expect(entry.text.id).toEqual({
      name: 'Grilled Kemplang',
      summary: 'Kerupuk ikan panggang siap santap dari Palembang.',
      imageAlts: { 'kemplang.jpg': 'Kerupuk di piring' },
      description: 'Isi.',
    });
    expect(JSON.parse(JSON.stringify(entry))).toEqual(entry);
  });

  it('translates a cluster\'s programme names item by item, keeping their facts among the facts', () => {
    const programmes = [{ name: 'Canning machinery', by: 'Pemkab', year: 2021 }, { name: 'GMP coaching', by: 'Dinas' }];
    const entry = catalogueEntry(
      'clusters',
      { slug: 'c', data: { name: 'Sentra', summary: 'S', programmes }, translations: { id: { data: { summary: 'R', programmes: [{ name: 'Mesin pengalengan' }, { name: 'Pendampingan GMP' }] } } } },
      { defaultLocale: 'en', urls, imageUrl },
    );
    expect(entry.programmes).toEqual(programmes);
    expect(entry.text.en!.programmes).toEqual([{ name: 'Canning machinery' }, { name: 'GMP coaching' }]);
    expect(entry.text.id!.programmes).toEqual([{ name: 'Mesin pengalengan' }, { name: 'Pendampingan GMP' }]);
  });

  it('sets a missing translation to null', () => {
    const entry = catalogueEntry('products', { slug: 'k', data, translations: { id: undefined } }, { defaultLocale: 'en', urls, imageUrl });
    expect(entry.text.id).toBeNull();
  });

  it('shapes a readiness checklist: everything but its kind', () => {
    const shaped = {
      ready: false,
      met: 1,
      applicable: 2,
      items: [
        { id: 'halal', status: 'met', reason: 'valid' },
        { id: 'barcode', status: 'missing', reason: 'packs-without-barcode', params: { count: 1 } },
      ],
    } satisfies Omit<Checklist, 'kind'>;
    expect(readinessJson({ kind: 'retail', ...shaped })).toEqual(shaped);
  });
});

describe('published photos (issue 15)', () => {
  it('mapImages replaces every photo in entry data, keeps the original file name, and leaves the rest as it was', async () => {
    const original = { src: '/_astro/kemplang.Bq3x9z_A.jpg', width: 7000, height: 5000, format: 'jpg', fsPath: '/content/images/products/kemplang.jpg' };
    const data = { name: 'Kemplang', images: [{ src: original, alt: 'Crackers' }], cover: { src: original, alt: 'Cover' }, since: new Date('2025-01-01'), producer: { collection: 'producers', id: 'x' } };
    const resized: string[] = [];
    const published = await mapImages(data, async (img) => {
      resized.push(img.src);
      return { src: '/_astro/kemplang.Zz9x_1600.jpg', width: 1600, height: 1143, format: 'jpg' };
    });
    expect(resized).toEqual([original.src, original.src]);
    expect(published.since).toBe(data.since);
    expect(published.producer).toEqual(data.producer);
    expect(data.images[0]!.src).toBe(original); // the entry's own data is not changed
    const facts = plainFacts(published, imageUrl) as { images: unknown[] };
    expect(facts.images).toEqual([{ url: 'https://etalase.example.org/_astro/kemplang.Zz9x_1600.jpg', file: 'kemplang.jpg', width: 1600, height: 1143 }]);
  });
});
