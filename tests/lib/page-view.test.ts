/**
 * What product and producer pages show, built without Astro: key facts with
 * "on request", the trust strip, readiness with unmet items first, certificates,
 * inquiry links, photos (never the hero twice, "photo to come" without one),
 * legal forms and permit gaps in the page's language.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { buildProducerPage, type ProducerPageInput } from '~/lib/producer-page';
import { buildProductPage, type ProductPageInput } from '~/lib/product-page';
import { certificateViews, readinessView, shortCertificateLabel, trustStrip } from '~/lib/page-view';
import { exportReadiness, readinessInputOf, retailReadiness } from '~/lib/readiness';
import { bilingual, fieldMeta } from '~/schemas/field-meta';
import { date, positiveNumber } from '~/schemas/fields';
import { definitionOf, describedSchema } from '~/schemas/registry';

const today = new Date('2026-11-30T00:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const image = (file: string) => ({ src: { src: `/_astro/${file.replace('.jpg', '')}.AbCdEfGh.jpg`, width: 1600, height: 1200, format: 'jpg' as const }, alt: `Photo ${file}` });

const certificateLabels = new Map([
  ['nib', { en: 'NIB (business identification number)', id: 'NIB (Nomor Induk Berusaha)' }],
  ['halal', { en: 'Halal certificate (BPJPH)', id: 'Sertifikat halal (BPJPH)' }],
  ['spp-irt', { en: 'SPP-IRT (home-industry food permit)', id: 'SPP-IRT (PIRT)' }],
]);

const certificates = [
  { kind: { id: 'nib' }, number: 'SAMPLE-NIB-1', issuer: 'OSS', validFrom: day('2020-01-01') },
  { kind: { id: 'spp-irt' }, number: 'SAMPLE-PIRT-1', issuer: 'Dinkes', validFrom: day('2021-06-14'), validUntil: day('2026-06-14') },
  { kind: { id: 'halal' }, number: 'SAMPLE-HALAL-1', issuer: 'BPJPH', validFrom: day('2024-09-02'), validUntil: day('2028-09-01') },
];

function product(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Grilled Kemplang',
    summary: 'Fish crackers grilled over charcoal.',
    images: [image('kemplang.jpg'), image('kemplang-detail.jpg')],
    packs: [{ netWeight: { value: 150, unit: 'g' }, packaging: 'bag', barcode: '9520001300103' }],
    allergens: [{ id: 'fish' }],
    shelfLifeDays: 90,
    incoterms: ['EXW'],
    priceRange: { min: 13000, max: 15000, currency: 'IDR', per: 'pack' },
    privateLabel: false,
    onPack: { productionCode: true, expiryDate: true, completeLabel: true },
    retailTrial: { status: 'not-started', chains: [] },
    availability: 'all-year',
    exportMarkets: [],
    verification: { date: day('2026-07-20'), by: 'Dinas Koperasi (sample)' },
    sample: true,
    ...overrides,
  };
}

function productInput(locale: 'en' | 'id', overrides: Record<string, unknown> = {}): ProductPageInput {
  const data = product(overrides);
  const readiness = readinessInputOf(data as never, { certificates }, true, 'An English description.');
  return {
    locale,
    today,
    url: 'https://etalase.example.org/products/grilled-kemplang/',
    slug: 'grilled-kemplang',
    product: data as unknown as ProductPageInput['product'],
    imageAlts: locale === 'id' ? { 'kemplang.jpg': 'Kemplang bakar' } : undefined,
    producer: { id: 'bu-sari', data: { name: 'Kemplang Bu Sari', contacts: { email: 'sari@example.com', whatsapp: '+6200000000103', marketplaces: [] } } as unknown as ProductPageInput['producer']['data'] },
    region: { id: 'kota-palembang', name: 'Kota Palembang', province: 'Sumatera Selatan' },
    cluster: undefined,
    category: { id: 'crackers', label: { en: 'Crackers', id: 'Kerupuk' }, food: true },
    certificates: certificates as unknown as ProductPageInput['certificates'],
    exportChecklist: exportReadiness(readiness, today),
    retailChecklist: retailReadiness(readiness, today),
    certificateLabels,
    allergenLabels: new Map([['fish', { en: 'Fish', id: 'Ikan' }]]),
    validCertificateKinds: ['nib', 'halal'],
  };
}

describe('product page', () => {
  it('always shows MOQ, price and lead time, saying "On request" for what the producer has not stated', () => {
    const page = buildProductPage(productInput('en'));
    expect(page.keyFacts.map((f) => [f.label, f.value.replace(/\s/g, ' ')])).toEqual([
      ['Minimum order', 'On request'],
      ['Price', 'IDR 13,000–15,000 per pack, EXW'],
      ['Lead time', 'On request'],
    ]);
    const withFacts = buildProductPage(productInput('id', { moq: { quantity: 1, unit: 'carton' }, leadTimeDays: { min: 7, max: 14 }, priceRange: undefined }));
    expect(withFacts.keyFacts.map((f) => f.value)).toEqual(['1 karton', 'Atas permintaan', '7–14 hari']);
  });

  it('shows the first photo as the main one and only the others in the gallery, with alt text in the page language', () => {
    const page = buildProductPage(productInput('id'));
    expect(page.hero?.alt).toBe('Kemplang bakar');
    expect(page.gallery.map((g) => g.alt)).toEqual(['Photo kemplang-detail.jpg']);
    expect(page.gallery.some((g) => g.src === page.hero?.src)).toBe(false);
  });

  it('has no main photo and no gallery when the product has no photo yet', () => {
    const page = buildProductPage(productInput('en', { images: [] }));
    expect(page.hero).toBeUndefined();
    expect(page.gallery).toEqual([]);
  });

  it('puts the verification, the main certificates with their validity and what is missing into the trust strip', () => {
    const { trust } = buildProductPage(productInput('en'));
    expect(trust.verified).toEqual({ text: 'Verified 20 Jul 2026 by Dinas Koperasi (sample)', isoDate: '2026-07-20', stale: false });
    expect(trust.certificates.map((c) => [c.shortLabel, c.validityShort, c.status])).toEqual([
      ['Halal certificate', 'valid until 1 Sept 2028', 'valid'],
      ['SPP-IRT', 'expired on 14 Jun 2026', 'expired'],
      ['NIB', 'no expiry', 'valid'],
    ]);
    // Export lacks HS code, MOQ, capacity, lead time, food safety and carton packing; retail also the (expired) food permit and the trial; each named once.
    expect(trust.missing).toEqual(['HS code', 'minimum order', 'monthly capacity', 'lead time', 'food-safety credential', 'carton packing', 'food permit', 'market trial']);
    expect(trust.scores.map((s) => s.label)).toEqual(['Export checklist 5/11', 'Retail checklist 8/11']);
  });

  it('lists unmet readiness items first, each with its reason and what fixes it, and folds the met ones', () => {
    const [exportView, retailView] = buildProductPage(productInput('en')).readiness;
    expect(exportView!.missing.map((i) => i.id)).toEqual(['hs-code', 'moq', 'capacity', 'lead-time', 'food-safety', 'export-packing']);
    expect(exportView!.missing.every((i) => i.reason.length > 0 && i.fix && i.fix.length > 0)).toBe(true);
    expect(exportView!.met.every((i) => i.fix === undefined)).toBe(true);
    expect(retailView!.missing.find((i) => i.id === 'food-permit')).toMatchObject({ reason: 'The certificate on record has expired.', fix: expect.stringContaining('SPP-IRT') });
    expect(readinessView(productInput('id').exportChecklist, 'id').missing[0]!.fix).toMatch(/kode HS/);
  });

  it('prefills the inquiry links in the page language, with product, MOQ and page address', () => {
    const { contact } = buildProductPage(productInput('id', { moq: { quantity: 10, unit: 'carton' } }));
    const mail = new URL(contact.email!);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.searchParams.get('subject')).toContain('Grilled Kemplang');
    expect(mail.searchParams.get('body')).toContain('10 karton');
    expect(decodeURIComponent(contact.whatsapp!)).toContain('https://etalase.example.org/products/grilled-kemplang/');
  });

  it('lists the trade facts and the food facts in the page language, each row once, in a fixed order', () => {
    const full = {
      hsCode: '1905.90',
      monthlyCapacity: { quantity: 2, unit: 'ton' },
      incoterms: ['EXW', 'FOB'],
      samples: 'paid',
      privateLabel: true,
      shelfLifeDays: 1,
      exportMarkets: [{ country: 'SG', since: 2019 }, { country: 'MY' }],
      availability: 'seasonal',
      season: 'June to September',
      ingredients: 'Fish, tapioca, salt',
      storage: 'Dry and cool',
      retailTrial: { status: 'in-trial', chains: ['Alfamart', 'Indomaret'] },
      onPack: { productionCode: true, expiryDate: false, completeLabel: true },
    };
    const rows = (locale: 'en' | 'id', overrides: Record<string, unknown>) => {
      const page = buildProductPage(productInput(locale, overrides));
      return [page.tradeFacts, page.foodFacts].map((list) => list?.map((f) => [f.label, f.value.replace(/\s/g, ' '), f.code, f.note].filter((x) => x !== undefined)));
    };
    // Each row in English and in Indonesian, side by side.
    const [enRows, idRows] = [rows('en', full), rows('id', full)];
    const [trade, food] = enRows.map((list, i) => list!.map((row, j) => [row, idRows[i]![j]]));
    expect(trade).toEqual([
      [['HS code', '1905.90', true, 'as stated by the producer; confirm with your customs broker'], ['Kode HS', '1905.90', true, 'menurut produsen; pastikan dengan PPJK Anda']],
      [['Monthly capacity', '2 tonnes per month'], ['Kapasitas per bulan', '2 ton per bulan']],
      [['Incoterms', 'EXW, FOB'], ['Incoterms', 'EXW, FOB']],
      [['Samples', 'Paid samples'], ['Sampel', 'Sampel berbayar']],
      [['Private label / OEM', 'Yes'], ['Label pribadi / OEM', 'Ya']],
      [['Shelf life', '1 day'], ['Masa simpan', '1 hari']],
      [['Export markets', 'Singapore (since 2019), Malaysia'], ['Pasar ekspor', 'Singapura (sejak 2019), Malaysia']],
      [['Availability', 'Seasonal: June to September'], ['Ketersediaan', 'Musiman: June to September']],
    ]);
    expect(food).toEqual([
      [['Ingredients', 'Fish, tapioca, salt'], ['Komposisi', 'Fish, tapioca, salt']],
      [['Allergens', 'Fish'], ['Alergen', 'Ikan']],
      [['Storage', 'Dry and cool'], ['Penyimpanan', 'Dry and cool']],
      [['On the pack', '✓ Production code · ✗ Expiry date · ✓ Complete label'], ['Pada kemasan', '✓ Kode produksi · ✗ Tanggal kedaluwarsa · ✓ Label lengkap']],
      [['Market trial (tes pasar)', 'In market trial (Alfamart, Indomaret)'], ['Tes pasar', 'Sedang tes pasar (Alfamart, Indomaret)']],
    ]);
    expect(idRows.map((list) => list!.length)).toEqual([8, 5]);
    // What is not stated has no row, except what a buyer must not misread: no allergens, no private label, the trial status.
    expect(rows('en', { allergens: [], onPack: undefined })).toEqual([
      [['Incoterms', 'EXW'], ['Private label / OEM', 'No'], ['Shelf life', '90 days'], ['Availability', 'All year']],
      [['Allergens', 'None declared'], ['Market trial (tes pasar)', 'Not started']],
    ]);
    expect(buildProductPage({ ...productInput('en'), category: { id: 'batik', label: { en: 'Batik' }, food: false } }).foodFacts).toBeUndefined();
  });

  it('shows a new fact field from its schema line alone: label and hint in fieldMeta, `show` naming the list (docs/architecture.md, "A fact field")', () => {
    // Two fields a future schema might add; product-page.ts and the strings files are not touched.
    const schema = (describedSchema(definitionOf('products')) as z.ZodObject).extend({
      harvested: date.optional().register(fieldMeta, {
        label: bilingual('Harvested', 'Dipanen'),
        hint: bilingual('The day the batch on sale was harvested.', 'Tanggal panen batch yang dijual.'),
        show: { list: 'food' },
      }),
      moisturePercent: positiveNumber.optional().register(fieldMeta, {
        label: bilingual('Moisture (%)', 'Kadar air (%)'),
        hint: bilingual('As measured by the producer.', 'Menurut pengukuran produsen.'),
        show: { list: 'trade', after: 'hsCode' },
      }),
    });
    const extra = { hsCode: '1905.90', harvested: day('2026-06-01'), moisturePercent: 8.5 };
    const en = buildProductPage({ ...productInput('en', extra), schema });
    const id = buildProductPage({ ...productInput('id', extra), schema });
    expect(en.tradeFacts.slice(0, 2).map((f) => [f.label, f.value])).toEqual([['HS code', '1905.90'], ['Moisture (%)', '8.5']]);
    expect(id.tradeFacts.slice(0, 2).map((f) => [f.label, f.value])).toEqual([['Kode HS', '1905.90'], ['Kadar air (%)', '8,5']]);
    expect(en.foodFacts?.at(-1)).toEqual({ label: 'Harvested', value: '1 June 2026' });
    expect(id.foodFacts?.at(-1)).toEqual({ label: 'Dipanen', value: '1 Juni 2026' });
    // Without a value the field has no row; the registry's schema (the default) does not know the fields.
    expect(buildProductPage({ ...productInput('en'), schema }).foodFacts?.map((f) => f.label)).not.toContain('Harvested');
    expect(buildProductPage(productInput('en', extra)).tradeFacts.map((f) => f.label)).not.toContain('Moisture (%)');
  });

  it('offers no inquiry link for a contact the producer does not list', () => {
    const input = productInput('en');
    input.producer.data = { ...input.producer.data, contacts: { marketplaces: [] } } as typeof input.producer.data;
    expect(buildProductPage(input).contact).toEqual({ email: undefined, whatsapp: undefined });
  });
});

describe('trust strip', () => {
  it('names at most the given number of certificates, most important first, and counts the rest', () => {
    const views = certificateViews(certificates, (kind) => certificateLabels.get(kind)!.en, 'en', today);
    const strip = trustStrip({ locale: 'en', today, verification: { date: day('2025-01-02'), by: 'X' }, certificates: views, checklists: [], sample: false, maxCertificates: 2 });
    expect(strip.certificates.map((c) => c.kind)).toEqual(['halal', 'spp-irt']);
    expect(strip.moreCertificates).toBe(1);
    expect(strip.verified.stale).toBe(true);
    expect(strip.missing).toEqual([]);
  });

  it('shortens a certificate label to the part before its explanation', () => {
    expect(shortCertificateLabel('BPOM MD (processed food registration)')).toBe('BPOM MD');
    expect(shortCertificateLabel('GMP / CPPOB')).toBe('GMP / CPPOB');
  });
});

function producerInput(locale: 'en' | 'id', overrides: Record<string, unknown> = {}): ProducerPageInput {
  return {
    locale,
    today,
    url: 'https://etalase.example.org/producers/gula-puan-mak-inah/',
    producer: {
      name: 'Gula Puan Mak Inah',
      summary: 'Buffalo-milk sugar.',
      legalForm: 'perorangan',
      address: 'Jl. Contoh 1',
      scale: 'household',
      founded: 1998,
      workforce: 1,
      status: 'active',
      gallery: [],
      facilities: ['Wood-fired wok'],
      exportMarkets: [],
      retailChains: ['Alfamart'],
      languages: ['id'],
      certificates: [certificates[0]],
      contacts: { whatsapp: '+6200000000301', marketplaces: [] },
      verification: { date: day('2026-06-30'), by: 'Dinas (sample)' },
      sample: true,
      ...overrides,
    } as unknown as ProducerPageInput['producer'],
    imageAlts: undefined,
    region: { id: 'kabupaten-ogan-komering-ilir', name: 'Kabupaten Ogan Komering Ilir', province: 'Sumatera Selatan' },
    associations: [],
    products: [{ slug: 'gula-puan-mak-inah', name: 'Gula Puan', food: true }],
    certificateLabels,
  };
}

describe('producer page', () => {
  it('names the legal form in the page language', () => {
    const value = (locale: 'en' | 'id') => buildProducerPage(producerInput(locale)).companyFacts.find((f) => f.label === (locale === 'en' ? 'Legal form' : 'Bentuk usaha'))?.value;
    expect(value('en')).toBe('Individual producer (perorangan)');
    expect(value('id')).toBe('Perorangan');
  });

  it('leads with capacity, products, export markets and age, and says when there are no export markets yet', () => {
    const page = buildProducerPage(producerInput('en', { monthlyCapacity: { quantity: 1, unit: 'ton' } }));
    expect(page.keyFacts.map((f) => [f.label, f.value])).toEqual([
      ['Monthly capacity', '1 tonne per month'],
      ['Products', '1 product'],
      ['Export markets', 'Domestic only so far'],
      ['Founded', '1998 · 1 person'],
    ]);
  });

  it('names the permits a food producer lacks in the trust strip', () => {
    expect(buildProducerPage(producerInput('en')).trust.missing).toEqual(['food permit', 'halal certificate']);
    expect(buildProducerPage(producerInput('en', { certificates })).trust.missing).toEqual(['food permit']);
    const nonFood = producerInput('en', { certificates: [] });
    nonFood.products = [{ slug: 'wok', name: 'Wok', food: false }];
    expect(buildProducerPage(nonFood).trust.missing).toEqual(['NIB']);
  });

  it('says what each certificate covers and offers only the contacts the producer lists', () => {
    const page = buildProducerPage(producerInput('id', { certificates }));
    expect(page.certificates.map((c) => c.covers)).toEqual(['Semua produk', 'Semua produk', 'Semua produk']);
    expect(page.contact.email).toBeUndefined();
    expect(page.contact.whatsapp).toMatch(/^https:\/\/wa\.me\/6200000000301\?text=/);
  });
});
