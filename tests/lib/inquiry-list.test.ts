import { describe, expect, it } from 'vitest';
import { t, templateOf } from '~/i18n/strings';
import type { Locale } from '~/i18n/locales';
import { compareTable, groupByProducer, inquiryCsv, INQUIRY_CSV_COLUMNS, producerMessage, type ListedProduct, type MessageTemplates, slugsParam } from '~/lib/inquiry-list';
import { factsFileCount, factsFileOf } from '~/lib/facts-files';

const product = (slug: string, producer: string, extra: Partial<ListedProduct> = {}): ListedProduct => ({
  slug,
  name: `Name of ${slug}`,
  url: `https://etalase.example.org/products/${slug}/`,
  path: `/products/${slug}/`,
  producer: { slug: producer, name: `Producer ${producer}`, path: `/producers/${producer}/`, email: `${producer}@example.com`, whatsapp: '+628123456789' },
  region: 'Kota Palembang, Sumatera Selatan',
  moq: '100 kg',
  compare: [],
  ...extra,
});

const templates = (locale: Locale): MessageTemplates => ({
  subject: templateOf(locale, 'inquiryList.message.subject'),
  body: templateOf(locale, 'inquiryList.message.body'),
  line: templateOf(locale, 'inquiryList.message.line'),
  moqNotStated: t(locale, 'inquiry.moqNotStated'),
});

describe('groupByProducer', () => {
  it('keeps producers in the order of their first pick and products in pick order', () => {
    const groups = groupByProducer([product('a', 'x'), product('b', 'y'), product('c', 'x')]);
    expect(groups.map((g) => [g.producer.slug, g.products.map((p) => p.slug)])).toEqual([
      ['x', ['a', 'c']],
      ['y', ['b']],
    ]);
  });
});

describe('producerMessage', () => {
  const group = { producer: product('a', 'x').producer, products: [product('a', 'x'), product('c', 'x', { moq: undefined })] };

  it('lists every product with its name, link and minimum order, and leaves blanks for quantity, port and Incoterm', () => {
    const message = producerMessage(group, templates('en'), 'en');
    expect(message.subject).toBe('Inquiry: 2 products — via Etalase');
    expect(message.body).toContain('Hello Producer x,');
    expect(message.body).toContain('1. Name of a\n   https://etalase.example.org/products/a/\n   Minimum order: 100 kg\n   Quantity needed: ____');
    expect(message.body).toContain('2. Name of c');
    expect(message.body).toContain('Minimum order: not stated');
    expect(message.body).toMatch(/Destination port: ____\nIncoterm \(e\.g\. FOB, CIF\): ____/);
  });

  it('builds the email and WhatsApp links from the same text', () => {
    const message = producerMessage(group, templates('en'), 'en');
    const mail = new URL(message.email!);
    expect(mail.pathname).toBe('x@example.com');
    expect(mail.searchParams.get('subject')).toBe(message.subject);
    expect(mail.searchParams.get('body')).toBe(message.body.replace(/\n/g, '\r\n'));
    const wa = new URL(message.whatsapp!);
    expect(wa.host + wa.pathname).toBe('wa.me/628123456789');
    expect(wa.searchParams.get('text')).toBe(`${message.subject}\n\n${message.body}`);
  });

  it('writes in the page language, one product in the singular', () => {
    const message = producerMessage({ producer: group.producer, products: [group.products[0]!] }, templates('id'), 'id');
    expect(message.subject).toBe('Permintaan: 1 produk — melalui Etalase');
    expect(message.body).toContain('Halo Producer x,');
    expect(message.body).toContain('Pesanan minimum: 100 kg');
    expect(message.body).toContain('Pelabuhan tujuan: ____');
    expect(producerMessage({ producer: group.producer, products: [group.products[0]!] }, templates('en'), 'en').subject).toBe('Inquiry: 1 product — via Etalase');
  });

  it('gives no link for a contact the producer does not list', () => {
    const message = producerMessage({ producer: { ...group.producer, email: undefined, whatsapp: undefined }, products: group.products }, templates('en'), 'en');
    expect(message.email).toBeUndefined();
    expect(message.whatsapp).toBeUndefined();
  });
});

describe('inquiryCsv', () => {
  it('is UTF-8 with a BOM and CRLF, one row per product grouped by producer, with empty columns to fill in', () => {
    const header = Object.fromEntries(INQUIRY_CSV_COLUMNS.map((c) => [c, t('id', `inquiryList.csv.${c}`)])) as Record<(typeof INQUIRY_CSV_COLUMNS)[number], string>;
    const csv = inquiryCsv([product('a', 'x'), product('b', 'y', { name: 'Kemplang, "asli"' }), product('c', 'x')], header);
    const lines = csv.split('\r\n');
    expect(csv.startsWith('\uFEFFProduk,Produsen,Daerah,Pesanan minimum,Tautan,Email,WhatsApp,Jumlah,Pelabuhan tujuan,Incoterm\r\n')).toBe(true);
    expect(lines.slice(1, 4).map((l) => l.split(',')[0])).toEqual(['Name of a', 'Name of c', '"Kemplang']);
    // A leading + is kept as text, not read as a formula (src/lib/csv.ts).
    expect(lines[3]).toBe(`"Kemplang, ""asli""",Producer y,"Kota Palembang, Sumatera Selatan",100 kg,https://etalase.example.org/products/b/,y@example.com,'+628123456789,,,`);
    expect(lines.at(-1)).toBe('');
  });
});

describe('compareTable', () => {
  const a = product('a', 'x', { compare: [{ title: 'Trade facts', facts: [{ label: 'MOQ', value: '100 kg' }, { label: 'Shelf life', value: '180 days' }] }, { title: 'Certificates', facts: [{ label: 'Halal', value: 'Valid' }] }] });
  const b = product('b', 'y', { compare: [{ title: 'Trade facts', facts: [{ label: 'MOQ', value: '100 kg' }, { label: 'HS code', value: '1905.90' }, { label: 'Shelf life', value: '90 days' }] }] });

  it('takes the union of the rows in order, fills the gaps and marks the rows that differ', () => {
    expect(compareTable([a, b], '—')).toEqual([
      {
        title: 'Trade facts',
        rows: [
          { label: 'MOQ', values: ['100 kg', '100 kg'], differs: false },
          { label: 'Shelf life', values: ['180 days', '90 days'], differs: true },
          { label: 'HS code', values: ['—', '1905.90'], differs: true },
        ],
      },
      { title: 'Certificates', rows: [{ label: 'Halal', values: ['Valid', '—'], differs: true }] },
    ]);
  });
});

describe('slugsParam', () => {
  it('keeps well-formed slugs once, at most the number asked', () => {
    expect(slugsParam('a,b,a,Bad,../x,c,d,e', 4)).toEqual(['a', 'b', 'c', 'd']);
    expect(slugsParam(null, 4)).toEqual([]);
  });
});

describe('facts files', () => {
  it('holds about 32 products a file, at least one file', () => {
    expect(factsFileCount(0)).toBe(1);
    expect(factsFileCount(32)).toBe(1);
    expect(factsFileCount(33)).toBe(2);
    expect(factsFileCount(10_000)).toBe(313);
  });

  it('puts a product in the same file every time, and spreads a catalogue evenly', () => {
    expect(factsFileOf('kemplang-panggang', 7)).toBe(factsFileOf('kemplang-panggang', 7));
    const counts = new Array(313).fill(0) as number[];
    for (let i = 0; i < 10_000; i++) counts[factsFileOf(`product-${i}`, 313)]!++;
    expect(Math.min(...counts)).toBeGreaterThan(10);
    expect(Math.max(...counts)).toBeLessThan(60);
  });
});
