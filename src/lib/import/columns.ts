/**
 * The sheets of a spreadsheet import and where each column goes: a field of the
 * base file `<slug>.md` (facts and English prose), of the translation
 * `<slug>.id.md` (Indonesian prose), or either file's text. How a cell is read
 * (number, date, yes/no, list) follows from the schema field it fills
 * (src/lib/schema-fields.ts), so the sheets cannot disagree with the schemas.
 *
 * Product columns are those of the site's own `/data/products.csv`
 * (src/lib/catalogue-export.ts), one row per pack, so that file imports back;
 * its columns computed by the site are listed as `derived` and not read.
 */
import type { Hint } from '~/lib/content-check';
import { PRODUCT_CSV_COLUMNS } from '~/lib/catalogue-export';

export type SheetName = 'producers' | 'products' | 'certificates';
export type ImportCollection = 'producers' | 'products';

export type ColumnTarget =
  | { file: 'base' | 'translation'; path: readonly string[] }
  /** The Markdown text after the front matter. */
  | { file: 'base' | 'translation'; body: true };

export interface ColumnSpec {
  column: string;
  target: ColumnTarget;
  /** Shown as the header's note in the template, in both languages. */
  note: Hint;
}

export interface SheetSpec {
  sheet: SheetName;
  collection: ImportCollection;
  /** The column holding the entry's slug (its file name); several rows may share one. */
  keyColumn: string;
  /** Each row adds one item to this list, matched to the entry's items by position or by these fields. */
  rowList?: { field: string; match: 'position' | readonly string[] };
  columns: readonly ColumnSpec[];
  /** Columns the site computes (in products.csv): accepted and not read. */
  derived: readonly string[];
  note: Hint;
}

const n = (en: string, id: string): Hint => ({ en, id });
const base = (...path: string[]): ColumnTarget => ({ file: 'base', path });
const translated = (...path: string[]): ColumnTarget => ({ file: 'translation', path });
const LIST = n('Several values separated by ";".', 'Beberapa nilai dipisah tanda ";".');
const joinNote = (a: Hint, b: Hint): Hint => n(`${a.en} ${b.en}`, `${a.id} ${b.id}`);

const verificationColumns: ColumnSpec[] = [
  { column: 'last_verified', target: base('verification', 'date'), note: n('Date the facts were last checked with the producer, YYYY-MM-DD.', 'Tanggal data terakhir dicek ke produsen, TTTT-BB-HH.') },
  { column: 'verified_by', target: base('verification', 'by'), note: n('Person or office that checked them.', 'Orang atau kantor yang mengecek.') },
];

const proseColumns = (what: Hint): ColumnSpec[] => [
  { column: 'summary_en', target: base('summary'), note: n(`One or two sentences about the ${what.en}, in English (20–320 characters).`, `Satu-dua kalimat tentang ${what.id}, bahasa Inggris (20–320 karakter).`) },
  { column: 'summary_id', target: translated('summary'), note: n(`The same in Indonesian.`, `Sama, dalam bahasa Indonesia.`) },
  { column: 'description_en', target: { file: 'base', body: true }, note: n('Longer description in English (the page text).', 'Uraian lebih panjang dalam bahasa Inggris (teks halaman).') },
  { column: 'description_id', target: { file: 'translation', body: true }, note: n('The same in Indonesian.', 'Sama, dalam bahasa Indonesia.') },
];

const sampleColumn: ColumnSpec = {
  column: 'sample',
  target: base('sample'),
  note: n('"yes" only for made-up example data; leave empty for real producers.', '"yes" hanya untuk data contoh karangan; kosongkan untuk produsen sungguhan.'),
};

export const producerSheet: SheetSpec = {
  sheet: 'producers',
  collection: 'producers',
  keyColumn: 'producer_slug',
  note: n('One row per producer.', 'Satu baris per produsen.'),
  derived: [],
  columns: [
    { column: 'producer_slug', target: base(), note: n('File and web address name: lowercase a-z, digits, hyphens, e.g. "kemplang-ibu-sari".', 'Nama berkas dan alamat web: huruf kecil a-z, angka, tanda hubung, mis. "kemplang-ibu-sari".') },
    { column: 'producer_name_en', target: base('name'), note: n('Business name as used in English.', 'Nama usaha dalam bahasa Inggris.') },
    { column: 'producer_name_id', target: translated('name'), note: n('Business name in Indonesian, if different.', 'Nama usaha dalam bahasa Indonesia, bila berbeda.') },
    { column: 'legal_form', target: base('legalForm'), note: n('Legal form.', 'Bentuk usaha.') },
    { column: 'region', target: base('region'), note: n('Region id (kota/kabupaten), see the "regions" sheet.', 'Id wilayah (kota/kabupaten), lihat lembar "regions".') },
    { column: 'cluster', target: base('cluster'), note: n('Sentra id, if any.', 'Id sentra, bila ada.') },
    { column: 'associations', target: base('associations'), note: joinNote(n('Association ids.', 'Id asosiasi.'), LIST) },
    { column: 'address', target: base('address'), note: n('Street, kelurahan, kecamatan, city.', 'Jalan, kelurahan, kecamatan, kota.') },
    { column: 'founded', target: base('founded'), note: n('Year founded, e.g. 2015.', 'Tahun berdiri, mis. 2015.') },
    { column: 'workforce', target: base('workforce'), note: n('Number of workers.', 'Jumlah pekerja.') },
    { column: 'scale', target: base('scale'), note: n('Business scale.', 'Skala usaha.') },
    { column: 'monthly_capacity', target: base('monthlyCapacity', 'quantity'), note: n('Output per month (number).', 'Kapasitas per bulan (angka).') },
    { column: 'monthly_capacity_unit', target: base('monthlyCapacity', 'unit'), note: n('Unit of the monthly capacity.', 'Satuan kapasitas per bulan.') },
    { column: 'facilities_en', target: base('facilities'), note: joinNote(n('Equipment and rooms, in English.', 'Peralatan dan ruang, bahasa Inggris.'), LIST) },
    { column: 'facilities_id', target: translated('facilities'), note: joinNote(n('The same in Indonesian.', 'Sama, bahasa Indonesia.'), LIST) },
    { column: 'contact_person', target: base('contacts', 'person'), note: n('Contact person.', 'Nama kontak.') },
    { column: 'contact_role', target: base('contacts', 'role'), note: n('Their role, e.g. Owner.', 'Jabatannya, mis. Pemilik.') },
    { column: 'email', target: base('contacts', 'email'), note: n('Email address.', 'Alamat email.') },
    { column: 'whatsapp', target: base('contacts', 'whatsapp'), note: n('WhatsApp number as +62…, no spaces.', 'Nomor WhatsApp sebagai +62…, tanpa spasi.') },
    { column: 'phone', target: base('contacts', 'phone'), note: n('Phone number as +62…, no spaces.', 'Nomor telepon sebagai +62…, tanpa spasi.') },
    { column: 'website', target: base('contacts', 'website'), note: n('Website starting with https://.', 'Situs web, diawali https://.') },
    { column: 'languages', target: base('languages'), note: joinNote(n('Languages spoken, two-letter codes (id, en).', 'Bahasa yang dipakai, kode dua huruf (id, en).'), LIST) },
    { column: 'export_markets', target: base('exportMarkets'), note: joinNote(n('Countries exported to, as code or code:year, e.g. "SG:2019".', 'Negara tujuan ekspor, kode atau kode:tahun, mis. "SG:2019".'), LIST) },
    { column: 'retail_chains', target: base('retailChains'), note: joinNote(n('Retail chains that stock the producer.', 'Jaringan ritel yang menjual produknya.'), LIST) },
    { column: 'status', target: base('status'), note: n('active, paused or closed (empty: active).', 'active, paused atau closed (kosong: active).') },
    ...verificationColumns,
    ...proseColumns(n('producer', 'produsen')),
    sampleColumn,
  ],
};

export const certificateSheet: SheetSpec = {
  sheet: 'certificates',
  collection: 'producers',
  keyColumn: 'producer_slug',
  rowList: { field: 'certificates', match: ['kind', 'number'] },
  note: n('One row per permit or certificate of a producer.', 'Satu baris per izin atau sertifikat produsen.'),
  derived: [],
  columns: [
    { column: 'producer_slug', target: base(), note: n('The producer it belongs to.', 'Produsen pemiliknya.') },
    { column: 'kind', target: base('certificates', 'kind'), note: n('Kind of permit or certificate.', 'Jenis izin atau sertifikat.') },
    { column: 'number', target: base('certificates', 'number'), note: n('Number as printed on the document.', 'Nomor seperti tercetak di dokumen.') },
    { column: 'issuer', target: base('certificates', 'issuer'), note: n('Issuing body, e.g. BPJPH.', 'Penerbit, mis. BPJPH.') },
    { column: 'valid_from', target: base('certificates', 'validFrom'), note: n('Date issued, YYYY-MM-DD.', 'Tanggal terbit, TTTT-BB-HH.') },
    { column: 'valid_until', target: base('certificates', 'validUntil'), note: n('Expiry date, YYYY-MM-DD, if it has one.', 'Tanggal berakhir, TTTT-BB-HH, bila ada.') },
    { column: 'products', target: base('certificates', 'products'), note: joinNote(n('Product slugs covered; empty means all.', 'Slug produk yang dicakup; kosong berarti semua.'), LIST) },
    { column: 'document', target: base('certificates', 'document'), note: n('Link to the document, https://…', 'Tautan dokumen, https://…') },
  ],
};

export const productSheet: SheetSpec = {
  sheet: 'products',
  collection: 'products',
  keyColumn: 'product_slug',
  rowList: { field: 'packs', match: 'position' },
  note: n('One row per pack size; repeat the product on a second row for a second pack.', 'Satu baris per ukuran kemasan; ulangi produk di baris kedua untuk kemasan kedua.'),
  derived: PRODUCT_CSV_COLUMNS.filter((c) => ['region', 'cluster', 'halal_valid', 'food_permit', 'export_ready', 'retail_ready', 'url_en', 'url_id'].includes(c)),
  columns: [
    { column: 'product_slug', target: base(), note: n('File and web address name: lowercase a-z, digits, hyphens.', 'Nama berkas dan alamat web: huruf kecil a-z, angka, tanda hubung.') },
    { column: 'product_name_en', target: base('name'), note: n('Product name in English.', 'Nama produk dalam bahasa Inggris.') },
    { column: 'product_name_id', target: translated('name'), note: n('Product name in Indonesian.', 'Nama produk dalam bahasa Indonesia.') },
    { column: 'producer', target: base('producer'), note: n('Producer slug (from the producers sheet or the site).', 'Slug produsen (dari lembar producers atau situs).') },
    { column: 'category', target: base('category'), note: n('Category.', 'Kategori.') },
    { column: 'hs_code', target: base('hsCode'), note: n('HS code, e.g. 1905.90.', 'Kode HS, mis. 1905.90.') },
    { column: 'net_weight', target: base('packs', 'netWeight', 'value'), note: n('Net weight of this pack (number).', 'Berat bersih kemasan ini (angka).') },
    { column: 'net_weight_unit', target: base('packs', 'netWeight', 'unit'), note: n('Unit of the net weight.', 'Satuan berat bersih.') },
    { column: 'packaging', target: base('packs', 'packaging'), note: n('Packaging type.', 'Jenis kemasan.') },
    { column: 'barcode', target: base('packs', 'barcode'), note: n('GS1 barcode (8, 12, 13 or 14 digits), typed as text.', 'Barcode GS1 (8, 12, 13 atau 14 digit), diketik sebagai teks.') },
    { column: 'units_per_carton', target: base('packs', 'unitsPerCarton'), note: n('Packs per carton.', 'Jumlah kemasan per karton.') },
    { column: 'moq', target: base('moq', 'quantity'), note: n('Minimum order (number).', 'Pesanan minimum (angka).') },
    { column: 'moq_unit', target: base('moq', 'unit'), note: n('Unit of the minimum order.', 'Satuan pesanan minimum.') },
    { column: 'monthly_capacity', target: base('monthlyCapacity', 'quantity'), note: n('Output per month; empty: the producer\'s.', 'Kapasitas per bulan; kosong: milik produsen.') },
    { column: 'monthly_capacity_unit', target: base('monthlyCapacity', 'unit'), note: n('Unit of the monthly capacity.', 'Satuan kapasitas per bulan.') },
    { column: 'shelf_life_days', target: base('shelfLifeDays'), note: n('Shelf life in days.', 'Masa simpan dalam hari.') },
    { column: 'retail_trial_status', target: base('retailTrial', 'status'), note: n('Modern-retail trial status.', 'Status tes pasar ritel modern.') },
    { column: 'retail_trial_chains', target: base('retailTrial', 'chains'), note: joinNote(n('Chains of the trial.', 'Jaringan ritel tes pasar.'), LIST) },
    { column: 'retail_trial_since', target: base('retailTrial', 'since'), note: n('Trial start, YYYY-MM-DD.', 'Mulai tes pasar, TTTT-BB-HH.') },
    { column: 'price_min', target: base('priceRange', 'min'), note: n('Lowest price (number).', 'Harga terendah (angka).') },
    { column: 'price_max', target: base('priceRange', 'max'), note: n('Highest price (number).', 'Harga tertinggi (angka).') },
    { column: 'currency', target: base('priceRange', 'currency'), note: n('Currency, e.g. IDR.', 'Mata uang, mis. IDR.') },
    { column: 'price_per', target: base('priceRange', 'per'), note: n('Price per what, e.g. pack, kg.', 'Harga per apa, mis. pack, kg.') },
    { column: 'availability', target: base('availability'), note: n('all-year, seasonal or discontinued (empty: all-year).', 'all-year, seasonal atau discontinued (kosong: all-year).') },
    ...verificationColumns,
    sampleColumn,
    { column: 'tags', target: base('tags'), note: joinNote(n('Search words.', 'Kata kunci pencarian.'), LIST) },
    { column: 'allergens', target: base('allergens'), note: joinNote(n('Allergen ids.', 'Id alergen.'), LIST) },
    { column: 'ingredients_en', target: base('ingredients'), note: n('Ingredients in English.', 'Komposisi dalam bahasa Inggris.') },
    { column: 'ingredients_id', target: translated('ingredients'), note: n('Ingredients in Indonesian.', 'Komposisi dalam bahasa Indonesia.') },
    { column: 'storage_en', target: base('storage'), note: n('Storage advice in English.', 'Cara penyimpanan dalam bahasa Inggris.') },
    { column: 'storage_id', target: translated('storage'), note: n('Storage advice in Indonesian.', 'Cara penyimpanan dalam bahasa Indonesia.') },
    { column: 'incoterms', target: base('incoterms'), note: joinNote(n('Incoterms offered, e.g. FOB.', 'Incoterms yang ditawarkan, mis. FOB.'), LIST) },
    { column: 'samples', target: base('samples'), note: n('Samples: free, paid or none.', 'Sampel: free, paid atau none.') },
    { column: 'private_label', target: base('privateLabel'), note: n('"yes" if made under a buyer\'s brand.', '"yes" bila bisa dibuat dengan merek pembeli.') },
    { column: 'export_markets', target: base('exportMarkets'), note: joinNote(n('Countries exported to, code or code:year.', 'Negara tujuan ekspor, kode atau kode:tahun.'), LIST) },
    { column: 'on_pack_production_code', target: base('onPack', 'productionCode'), note: n('"yes" if a production code is printed on the pack.', '"yes" bila kode produksi tercetak di kemasan.') },
    { column: 'on_pack_expiry_date', target: base('onPack', 'expiryDate'), note: n('"yes" if an expiry date is printed on the pack.', '"yes" bila tanggal kedaluwarsa tercetak di kemasan.') },
    { column: 'on_pack_complete_label', target: base('onPack', 'completeLabel'), note: n('"yes" if the label is complete (BPOM rules).', '"yes" bila label lengkap (aturan BPOM).') },
    ...proseColumns(n('product', 'produk')),
  ],
};

export const sheets: readonly SheetSpec[] = [producerSheet, productSheet, certificateSheet];

export const LIST_SEPARATOR = ';';
