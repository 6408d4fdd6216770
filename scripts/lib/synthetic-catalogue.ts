/**
 * Pure part of the synthetic catalogue generator: from the real catalogue's
 * regions, clusters, categories and one photo per category, the files of N
 * producers and M products in both languages. A seeded PRNG makes it
 * deterministic; every value is valid against src/schemas/.
 */
import { mulberry32 } from './seeded-random.mjs';

/** Every this-many-th generated product has no photo yet. */
export const PHOTO_TO_COME_EVERY = 20;

export interface SourceCatalogue {
  regions: string[];
  clusters: { slug: string; region: string; categories: string[] }[];
  associations: { slug: string; region: string }[];
  categories: { id: string; food: boolean; hsHint?: string | undefined }[];
  /** One real photo per category: its file and alt texts, and how it was drawn (scripts/images/manifest.json). */
  photos: Record<string, { file: string; alt: string; altId: string; drawing?: { motif: string; hue: number } | undefined }>;
}

export interface GenerateOptions {
  products: number;
  producers: number;
  seed: number;
  /**
   * `shared` (default): one photo per category, copied from content/. `unique`:
   * every product with a photo gets its own drawing (the category photo's motif,
   * its own hue, label and random details), as a real catalogue has a photo per product.
   */
  photos?: 'shared' | 'unique';
}

/** A drawing for scripts/images/motifs.mjs `drawSvg` (seeded by `seed`), to be written as a JPEG. */
export interface PhotoDrawing {
  motif: string;
  label: string;
  hue: number;
  seed: string;
}

/** A file's text, a file to copy (shared photos), or a photo to draw (unique photos). */
export type GeneratedFile = string | { copyFrom: string } | { draw: PhotoDrawing };


/** GTIN-13 with the GS1 demo prefix 952 and a correct check digit. */
export function demoGtin(serial: number): string {
  const body = `952${String(serial).padStart(9, '0')}`;
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * (i % 2 === 0 ? 1 : 3), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

interface ProductKind {
  en: string;
  id: string;
  unit: 'g' | 'kg' | 'pcs' | 'ml';
  sizes: number[];
  packaging: string;
  allergens: string[];
  shelfLife?: [number, number];
}

const KINDS: Record<string, ProductKind[]> = {
  crackers: [
    { en: 'Grilled Fish Crackers (Kemplang Panggang)', id: 'Kemplang Panggang', unit: 'g', sizes: [100, 250], packaging: 'pouch', allergens: ['fish'], shelfLife: [90, 180] },
    { en: 'Shrimp Crackers (Kerupuk Udang)', id: 'Kerupuk Udang', unit: 'g', sizes: [250, 500], packaging: 'pouch', allergens: ['crustaceans'], shelfLife: [180, 365] },
    { en: 'Garlic Crackers (Kerupuk Bawang)', id: 'Kerupuk Bawang', unit: 'g', sizes: [200, 1000], packaging: 'bag', allergens: [], shelfLife: [180, 365] },
  ],
  sweeteners: [
    { en: 'Moulded Coconut Sugar (Gula Kelapa Cetak)', id: 'Gula Kelapa Cetak', unit: 'g', sizes: [500, 1000], packaging: 'wrap', allergens: [], shelfLife: [180, 365] },
    { en: 'Crystal Coconut Sugar (Gula Semut)', id: 'Gula Semut', unit: 'g', sizes: [250, 1000], packaging: 'pouch', allergens: [], shelfLife: [365, 730] },
  ],
  'processed-fruit': [
    { en: 'Pineapple Jam (Selai Nanas)', id: 'Selai Nanas', unit: 'g', sizes: [250], packaging: 'jar', allergens: [], shelfLife: [180, 365] },
    { en: 'Pineapple Chips (Keripik Nanas)', id: 'Keripik Nanas', unit: 'g', sizes: [100, 200], packaging: 'pouch', allergens: [], shelfLife: [180, 270] },
  ],
  condiments: [
    { en: 'Shrimp Paste (Terasi)', id: 'Terasi', unit: 'g', sizes: [100, 250], packaging: 'wrap', allergens: ['crustaceans'], shelfLife: [270, 365] },
    { en: 'Chilli Sauce for Kemplang (Sambal)', id: 'Sambal Kemplang', unit: 'ml', sizes: [150, 250], packaging: 'bottle', allergens: [], shelfLife: [90, 180] },
  ],
  'rice-and-grains': [
    { en: 'Premium White Rice (Beras Premium)', id: 'Beras Premium', unit: 'kg', sizes: [5, 10], packaging: 'bag', allergens: [], shelfLife: [120, 180] },
    { en: 'Red Rice (Beras Merah)', id: 'Beras Merah', unit: 'kg', sizes: [1, 5], packaging: 'vacuum-pack', allergens: [], shelfLife: [120, 180] },
  ],
  'fish-and-seafood': [
    { en: 'Pressure-Cooked Milkfish (Bandeng Presto)', id: 'Bandeng Presto', unit: 'g', sizes: [500], packaging: 'vacuum-pack', allergens: ['fish'], shelfLife: [2, 5] },
    { en: 'Smoked Milkfish (Bandeng Asap)', id: 'Bandeng Asap', unit: 'g', sizes: [400], packaging: 'vacuum-pack', allergens: ['fish'], shelfLife: [3, 7] },
  ],
  'soy-foods': [
    { en: 'Tempe Chips (Keripik Tempe)', id: 'Keripik Tempe', unit: 'g', sizes: [100, 250], packaging: 'pouch', allergens: ['soy'], shelfLife: [90, 180] },
    { en: 'Soybean Tempe', id: 'Tempe Kedelai', unit: 'g', sizes: [250, 500], packaging: 'wrap', allergens: ['soy'], shelfLife: [2, 3] },
  ],
  'pastry-and-wrappers': [
    { en: 'Spring Roll Wrappers (Kulit Lumpia)', id: 'Kulit Lumpia', unit: 'pcs', sizes: [25, 50], packaging: 'bag', allergens: ['wheat-gluten', 'egg'], shelfLife: [3, 7] },
  ],
  'batik-and-textiles': [
    { en: 'Natural-Dye Batik Cloth', id: 'Kain Batik Warna Alam', unit: 'pcs', sizes: [1], packaging: 'box', allergens: [] },
    { en: 'Stamped Batik Cloth (Batik Cap)', id: 'Kain Batik Cap', unit: 'pcs', sizes: [1], packaging: 'wrap', allergens: [] },
  ],
  'metal-products': [
    { en: 'Steel Wok (Wajan Baja)', id: 'Wajan Baja', unit: 'pcs', sizes: [1], packaging: 'box', allergens: [] },
    { en: 'Baking Tin (Loyang Kue)', id: 'Loyang Kue', unit: 'pcs', sizes: [1, 3], packaging: 'box', allergens: [] },
  ],
};

const BRANDS = ['Sumber Rasa', 'Jaya Makmur', 'Sari Bahari', 'Berkah Mandiri', 'Lestari', 'Karya Abadi', 'Sentosa', 'Tunas Harapan', 'Mekar Sari', 'Putri Ayu', 'Rizki Usaha', 'Cahaya Baru'];
const OWNERS = ['Bu Sari', 'Pak Harjo', 'Bu Rahmah', 'Pak Yusuf', 'Bu Wulan', 'Pak Darto', 'Bu Ina', 'Pak Rudi', 'Bu Yanti', 'Pak Slamet'];
const FORMS = ['UD', 'CV', 'KUB', 'koperasi', 'perorangan'] as const;
const SCALES = ['household', 'small', 'medium'] as const;
const TRIALS = ['not-started', 'coaching', 'in-trial', 'passed', 'listed'] as const;
const MARKETS = ['SG', 'MY', 'BN', 'JP', 'AE'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const slugOf = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const yamlString = (text: string) => JSON.stringify(text);

export function generateCatalogue(source: SourceCatalogue, options: GenerateOptions): Map<string, GeneratedFile> {
  const random = mulberry32(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const chance = (p: number) => random() < p;
  const files = new Map<string, GeneratedFile>();
  const categories = source.categories.filter((c) => KINDS[c.id] && source.photos[c.id]);
  if (categories.length === 0) throw new Error('no category has both product kinds and a photo to share');
  const unique = options.photos === 'unique';
  if (unique) {
    const undrawn = categories.filter((c) => !source.photos[c.id]!.drawing).map((c) => c.id);
    if (undrawn.length) throw new Error(`unique photos: no drawing in scripts/images/manifest.json for the photo of ${undrawn.join(', ')}`);
  } else {
    for (const category of categories) {
      const photo = source.photos[category.id]!;
      files.set(`images/products/shared-${category.id}.jpg`, { copyFrom: photo.file });
    }
  }

  const digits = String(Math.max(options.producers, options.products)).length;
  const producers: { slug: string; name: string; region: string; cluster?: string | undefined; category: (typeof categories)[number]; halal: boolean; capacityKg: number }[] = [];
  for (let i = 0; i < options.producers; i++) {
    const region = source.regions[i % source.regions.length]!;
    const clusters = source.clusters.filter((c) => c.region === region);
    const cluster = clusters.length && chance(0.7) ? pick(clusters) : undefined;
    const category = categories.find((c) => cluster?.categories.includes(c.id)) ?? pick(categories);
    const form = pick(FORMS);
    const name = `${form === 'perorangan' || form === 'koperasi' ? '' : `${form} `}${pick(BRANDS)} ${pick(OWNERS)} ${pad(i + 1, digits)}`.trim();
    const slug = slugOf(name);
    const halal = category.food && chance(0.7);
    const capacityKg = between(2, 400) * 10;
    const association = source.associations.find((a) => a.region === region);
    const verified = `2026-${pad(between(1, 10), 2)}-${pad(between(1, 28), 2)}`;
    const certificates = [
      `  - kind: nib\n    number: SAMPLE-NIB-${pad(i + 1, 6)}\n    issuer: Lembaga OSS (sample)\n    validFrom: 20${between(18, 24)}-0${between(1, 9)}-15`,
      ...(category.food ? [`  - kind: spp-irt\n    number: SAMPLE-PIRT-${pad(i + 1, 6)}\n    issuer: Dinas Kesehatan (sample)\n    validFrom: 2024-01-10\n    validUntil: 20${between(27, 29)}-01-09`] : []),
      ...(halal ? [`  - kind: halal\n    number: SAMPLE-HALAL-${pad(i + 1, 6)}\n    issuer: BPJPH\n    validFrom: 2024-03-01\n    validUntil: 2028-02-29`] : []),
    ];
    const exportMarkets = chance(0.2) ? `exportMarkets:\n  - { country: ${pick(MARKETS)}, since: 20${between(19, 25)} }\n` : '';
    files.set(
      `producers/${slug}.md`,
      [
        '---',
        `name: ${yamlString(name)}`,
        `legalForm: ${form}`,
        `region: ${region}`,
        ...(cluster ? [`cluster: ${cluster.slug}`] : []),
        ...(association && chance(0.5) ? [`associations: [${association.slug}]`] : []),
        `address: ${yamlString(`Jl. Contoh No. ${i + 1}, Kecamatan Contoh, ${region.replace(/-/g, ' ')}`)}`,
        `founded: ${between(1990, 2022)}`,
        `workforce: ${between(2, 60)}`,
        `scale: ${pick(SCALES)}`,
        `monthlyCapacity: { quantity: ${capacityKg}, unit: kg }`,
        'contacts:',
        `  person: ${yamlString(name.split(' ').slice(-3, -1).join(' '))}`,
        `  email: producer${pad(i + 1, digits)}@example.com`,
        `  whatsapp: "+6200000${pad(i % 100000, 5)}"`,
        `languages: [${chance(0.3) ? 'id, en' : 'id'}]`,
        ...(chance(0.3) ? ['retailChains: [Alfamart]'] : []),
        `${exportMarkets}certificates:`,
        ...certificates,
        'verification:',
        `  date: ${verified}`,
        '  by: Synthetic benchmark data (sample)',
        `summary: ${yamlString(`A ${category.id.replace(/-/g, ' ')} producer in ${region.replace(/-/g, ' ')}, generated for benchmarks with placeholder facts.`)}`,
        'sample: true',
        '---',
        `${name} is a synthetic producer made by scripts/generate-catalogue.ts for scale tests. Its facts are placeholders drawn at random from realistic ranges.`,
        '',
      ]
        .filter((line) => line !== '')
        .join('\n') + '\n',
    );
    files.set(
      `producers/${slug}.id.md`,
      `---\nsummary: ${yamlString(`Produsen ${category.id.replace(/-/g, ' ')} di ${region.replace(/-/g, ' ')}, dibuat untuk uji kinerja dengan data contoh.`)}\n---\n${name} adalah produsen sintetis untuk uji skala; datanya contoh yang diacak dari rentang yang wajar.\n`,
    );
    producers.push({ slug, name, region, cluster: cluster?.slug, category, halal, capacityKg });
  }

  for (let j = 0; j < options.products; j++) {
    // Every producer gets at least one product; the rest are spread at random.
    const producer = j < producers.length ? producers[j]! : pick(producers);
    const category = chance(0.85) ? producer.category : pick(categories);
    const kind = pick(KINDS[category.id]!);
    const slug = `${slugOf(kind.id)}-${pad(j + 1, digits)}`;
    const photo = source.photos[category.id]!;
    const packs = kind.sizes.map((size, k) =>
      [
        `  - netWeight: { value: ${size}, unit: ${kind.unit} }`,
        `    packaging: ${kind.packaging}`,
        ...(chance(0.6) ? [`    barcode: "${demoGtin(j * 4 + k + 1)}"`] : []),
        ...(chance(0.5) ? [`    unitsPerCarton: ${pick([12, 24, 40, 50])}`] : []),
      ].join('\n'),
    );
    const food = category.food;
    const shelfLife = kind.shelfLife ? between(kind.shelfLife[0], kind.shelfLife[1]) : undefined;
    // One product in PHOTO_TO_COME_EVERY has no photo yet, as in a real catalogue (its page shows "photo to come").
    const hasPhoto = j % PHOTO_TO_COME_EVERY !== PHOTO_TO_COME_EVERY - 1;
    const photoFile = unique ? `${slug}.jpg` : `shared-${category.id}.jpg`;
    if (hasPhoto && unique) {
      const { motif, hue } = photo.drawing!;
      files.set(`images/products/${photoFile}`, { draw: { motif, label: kind.id, hue: (hue + between(-25, 25) + 360) % 360, seed: slug } });
    }
    const lines = [
      '---',
      `name: ${yamlString(kind.en)}`,
      `producer: ${producer.slug}`,
      `category: ${category.id}`,
      `tags: [${slugOf(kind.id).replace(/-/g, ' ')}, sample]`,
      ...(hasPhoto ? ['images:', `  - src: ../images/products/${photoFile}`, `    alt: ${yamlString(photo.alt)}`] : []),
      'packs:',
      ...packs,
      ...(kind.allergens.length ? [`allergens: [${kind.allergens.join(', ')}]`] : []),
      ...(shelfLife ? [`shelfLifeDays: ${shelfLife}`] : []),
      ...(category.hsHint && chance(0.8) ? [`hsCode: "${category.hsHint}"`] : []),
      ...(chance(0.7) ? [`moq: { quantity: ${pick([50, 100, 200, 500])}, unit: pack }`] : []),
      ...(chance(0.6) ? [`monthlyCapacity: { quantity: ${Math.max(10, Math.round(producer.capacityKg / 2))}, unit: kg }`] : []),
      ...(chance(0.5) ? [`leadTimeDays: { min: ${between(3, 7)}, max: ${between(8, 30)} }`] : []),
      ...(chance(0.4) ? ['incoterms: [EXW, FOB]'] : []),
      ...(food ? [`onPack: { productionCode: ${chance(0.7)}, expiryDate: ${chance(0.8)}, completeLabel: ${chance(0.6)} }`] : []),
      ...(food && chance(0.4) ? [`retailTrial: { status: ${pick(TRIALS)}, chains: [Alfamart] }`] : []),
      'verification:',
      `  date: 2026-${pad(between(1, 10), 2)}-${pad(between(1, 28), 2)}`,
      '  by: Synthetic benchmark data (sample)',
      `summary: ${yamlString(`${kind.en} from ${producer.name}, a synthetic listing with placeholder trade facts for benchmarks.`)}`,
      'sample: true',
      '---',
      `${kind.en} made by ${producer.name}. This description is generated: it stands in for the producer's own account of ingredients, process and packing.`,
      '',
    ];
    files.set(`products/${slug}.md`, lines.join('\n'));
    files.set(
      `products/${slug}.id.md`,
      [
        '---',
        `name: ${yamlString(kind.id)}`,
        ...(hasPhoto ? ['imageAlts:', `  ${photoFile}: ${yamlString(photo.altId)}`] : []),
        `summary: ${yamlString(`${kind.id} dari ${producer.name}, daftar sintetis dengan data dagang contoh untuk uji kinerja.`)}`,
        '---',
        `${kind.id} buatan ${producer.name}. Deskripsi ini dibuat otomatis sebagai pengganti cerita produsen tentang bahan, proses, dan kemasan.`,
        '',
      ].join('\n'),
    );
  }
  return files;
}
