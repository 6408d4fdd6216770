/**
 * What a product page shows, in the page's language, built in one place:
 * `productPage(slug, locale, url)` gathers the entry and its context from the
 * catalogue; `buildProductPage` turns them into plain data (pure, unit-tested);
 * the `.astro` page only renders it.
 */
import type { ImageMetadata } from 'astro';
import type { CollectionEntry } from 'astro:content';
import type { z } from 'astro/zod';
import type { Locale } from '~/i18n/locales';
import { t } from '~/i18n/strings';
import { byId, localize } from './catalogue';
import { buildDate } from './dates';
import { definitionOf, describedSchema } from '~/schemas/registry';
import { formatNetWeight, formatPriceRange, formatQuantity, priceIncoterm } from './format';
import { localizedAlt } from './images';
import { certificateViews, contactActions, readinessView, trustStrip, type CertificateView, type ContactActions, type Fact, type ReadinessView, type TrustStrip } from './page-view';
import { productContext } from './product-view';
import type { Checklist } from './readiness';
import { availabilityText, shownFacts } from './shown-facts';
import { labelIn, type LocalizedText } from './taxonomy';
import { entryPath } from './urls';

export interface PageImage {
  src: ImageMetadata;
  alt: string;
}

export interface PackView {
  netWeight: string;
  packaging: string;
  barcode?: string | undefined;
  unitsPerCarton?: number | undefined;
}

export interface ProductPageView {
  name: string;
  summary: string;
  sample: boolean;
  availability: { label: string; discontinued: boolean };
  /** The main photo; absent when the product has none yet (the page shows "photo to come"). */
  hero?: PageImage | undefined;
  /** Further photos, never the hero again. */
  gallery: PageImage[];
  producer: { name: string; href: string };
  region: { name: string; province: string; href: string };
  cluster?: { name: string; href: string } | undefined;
  category: { label: string; href: string };
  /** MOQ, price and lead time, always all three: "On request" when the producer has not stated one. */
  keyFacts: Fact[];
  /** The rows of the fields the schema shows in the `trade` list (src/lib/shown-facts.ts). */
  tradeFacts: Fact[];
  trust: TrustStrip;
  contact: ContactActions;
  certificates: CertificateView[];
  sni?: string | undefined;
  readiness: ReadinessView[];
  packs: PackView[];
  /** The rows of the `food` list (ingredients, allergens, storage, what is printed on the pack, market trial); absent for non-food with none stated. */
  foodFacts?: Fact[] | undefined;
  /** Texts for the search result card, in the page's language. */
  card: { moq?: string | undefined; price?: string | undefined; certificates: string };
}

type ProductData = CollectionEntry<'products'>['data'];
type ProducerData = CollectionEntry<'producers'>['data'];

export interface ProductPageInput {
  locale: Locale;
  today: Date;
  /** The canonical address of the page, put into inquiry messages. */
  url: string;
  slug: string;
  product: ProductData;
  imageAlts: Record<string, string> | undefined;
  producer: { id: string; data: ProducerData };
  region: { id: string; name: string; province: string };
  cluster?: { id: string; name: string } | undefined;
  category: { id: string; label: LocalizedText; food: boolean };
  certificates: ProducerData['certificates'];
  exportChecklist: Checklist;
  retailChecklist: Checklist;
  certificateLabels: ReadonlyMap<string, LocalizedText>;
  allergenLabels: ReadonlyMap<string, LocalizedText>;
  /** Kinds of the valid certificates (search facts), for the result card. */
  validCertificateKinds: readonly string[];
  /** The products' schema, whose `show` fields are the facts lists; the registry's by default. */
  schema?: z.ZodType;
}

let registrySchema: z.ZodType | undefined;
const productsSchema = () => (registrySchema ??= describedSchema(definitionOf('products')));

export function buildProductPage(input: ProductPageInput): ProductPageView {
  const { locale, product: data, producer, today } = input;
  const labelOf = (map: ReadonlyMap<string, LocalizedText>, id: string) => labelIn(map.get(id) ?? { en: id }, locale);
  const images = data.images.map((image) => ({ src: image.src, alt: localizedAlt(image, input.imageAlts) }));
  const [hero, ...gallery] = images;
  const moq = data.moq && formatQuantity(data.moq, locale);
  const price = data.priceRange && formatPriceRange(data.priceRange, locale, priceIncoterm(data.incoterms));
  const leadTime = data.leadTimeDays && t(locale, 'product.leadTimeDays', data.leadTimeDays);
  const onRequest = t(locale, 'product.priceOnRequest');
  const certificates = certificateViews(input.certificates, (kind) => labelOf(input.certificateLabels, kind), locale, today);
  const checklists = [input.exportChecklist, input.retailChecklist];
  const food = input.category.food || Boolean(data.ingredients || data.storage);
  const termLabels: Record<string, ReadonlyMap<string, LocalizedText>> = { allergens: input.allergenLabels, certificates: input.certificateLabels };
  const factContext = { locale, data, termLabel: (collection: string, id: string) => labelOf(termLabels[collection] ?? new Map(), id) };
  const schema = input.schema ?? productsSchema();

  return {
    name: data.name,
    summary: data.summary,
    sample: data.sample,
    availability: {
      label: availabilityText(data.availability, data.season, locale),
      discontinued: data.availability === 'discontinued',
    },
    hero,
    gallery,
    producer: { name: producer.data.name, href: entryPath(locale, 'producers', producer.id) },
    region: { name: input.region.name, province: input.region.province, href: entryPath(locale, 'regions', input.region.id) },
    cluster: input.cluster && { name: input.cluster.name, href: entryPath(locale, 'clusters', input.cluster.id) },
    category: { label: labelIn(input.category.label, locale), href: entryPath(locale, 'categories', input.category.id) },
    keyFacts: [
      { label: t(locale, 'product.keyMoq'), value: moq ?? onRequest },
      { label: t(locale, 'product.keyPrice'), value: price ?? onRequest },
      { label: t(locale, 'product.leadTime'), value: leadTime ?? onRequest },
    ],
    tradeFacts: shownFacts(schema, 'trade', factContext),
    trust: trustStrip({ locale, today, verification: data.verification, certificates, checklists, sample: data.sample }),
    contact: contactActions(locale, producer.data.contacts, { producer: producer.data.name, url: input.url, product: { name: data.name, moq } }),
    certificates,
    sni: data.sni,
    readiness: checklists.map((checklist) => readinessView(checklist, locale)),
    packs: data.packs.map((pack) => ({
      netWeight: formatNetWeight(pack.netWeight, locale),
      packaging: t(locale, `packaging.${pack.packaging}`),
      barcode: pack.barcode,
      unitsPerCarton: pack.unitsPerCarton,
    })),
    foodFacts: food ? shownFacts(schema, 'food', factContext) : undefined,
    card: {
      moq,
      price,
      certificates: input.validCertificateKinds.map((kind) => labelOf(input.certificateLabels, kind)).join(', '),
    },
  };
}

/** The product page of `slug` in `locale`, from the catalogue. */
export async function productPage(slug: string, locale: Locale, url: string): Promise<ProductPageView & { entry: Awaited<ReturnType<typeof localize<'products'>>> }> {
  const context = await productContext(slug);
  const product = await localize('products', context.product, locale);
  const producer = await localize('producers', context.producer, locale);
  const [certificateKinds, allergens] = await Promise.all([byId('certificates'), byId('allergens')]);
  const labels = <T extends { data: { label: LocalizedText } }>(map: Map<string, T>) => new Map([...map].map(([id, e]) => [id, e.data.label]));
  const view = buildProductPage({
    locale,
    today: buildDate(),
    url,
    slug,
    product: product.data,
    imageAlts: product.imageAlts,
    producer: { id: context.producer.id, data: producer.data },
    region: { id: context.region.id, name: context.region.data.name, province: context.region.data.province },
    cluster: context.cluster && { id: context.cluster.id, name: context.cluster.data.name },
    category: { id: context.category.id, label: context.category.data.label, food: context.category.data.food },
    certificates: context.certificates,
    exportChecklist: context.exportChecklist,
    retailChecklist: context.retailChecklist,
    certificateLabels: labels(certificateKinds),
    allergenLabels: labels(allergens),
    validCertificateKinds: context.searchFacts.certificates,
  });
  return { ...view, entry: product };
}
