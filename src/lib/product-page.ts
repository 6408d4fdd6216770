/**
 * What a product page shows, in the page's language, built in one place:
 * `productPage(slug, locale, url)` gathers the entry and its context from the
 * catalogue; `buildProductPage` turns them into plain data (pure, unit-tested);
 * the `.astro` page only renders it.
 */
import type { ImageMetadata } from 'astro';
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '~/i18n/locales';
import { t } from '~/i18n/strings';
import { byId, localize } from './catalogue';
import { buildDate } from './dates';
import { formatExportMarkets, formatMonthly, formatNetWeight, formatPriceRange, formatQuantity, priceIncoterm } from './format';
import { localizedAlt } from './images';
import { certificateViews, contactActions, facts, readinessView, trustStrip, type CertificateView, type ContactActions, type Fact, type ReadinessView, type TrustStrip } from './page-view';
import { productContext } from './product-view';
import type { Checklist } from './readiness';
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
  tradeFacts: Fact[];
  trust: TrustStrip;
  contact: ContactActions;
  certificates: CertificateView[];
  sni?: string | undefined;
  readiness: ReadinessView[];
  packs: PackView[];
  /** Ingredients, allergens, storage, what is printed on the pack, market trial; absent for non-food with none stated. */
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
}

const yesNo = (locale: Locale, value: boolean) => t(locale, value ? 'product.yes' : 'product.no');

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

  return {
    name: data.name,
    summary: data.summary,
    sample: data.sample,
    availability: {
      label: `${t(locale, `product.availability.${data.availability}`)}${data.season ? `: ${data.season}` : ''}`,
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
    tradeFacts: facts([
      data.hsCode && { label: t(locale, 'product.hsCode'), value: data.hsCode, code: true, note: t(locale, 'product.hsCodeNote') },
      data.monthlyCapacity && { label: t(locale, 'product.capacity'), value: formatMonthly(data.monthlyCapacity, locale) },
      data.incoterms.length > 0 && { label: t(locale, 'product.incoterms'), value: data.incoterms.join(', ') },
      data.samples && { label: t(locale, 'product.samples'), value: t(locale, `product.samples.${data.samples}`) },
      { label: t(locale, 'product.privateLabel'), value: yesNo(locale, data.privateLabel) },
      data.shelfLifeDays && { label: t(locale, 'product.shelfLife'), value: t(locale, 'product.shelfLifeDays', { count: data.shelfLifeDays }) },
      data.exportMarkets.length > 0 && { label: t(locale, 'product.exportMarkets'), value: formatExportMarkets(data.exportMarkets, locale) },
      { label: t(locale, 'product.availability'), value: `${t(locale, `product.availability.${data.availability}`)}${data.season ? `: ${data.season}` : ''}` },
    ]),
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
    foodFacts: food
      ? facts([
          data.ingredients && { label: t(locale, 'product.ingredients'), value: data.ingredients },
          {
            label: t(locale, 'product.allergens'),
            value: data.allergens.length ? data.allergens.map((a) => labelOf(input.allergenLabels, a.id)).join(', ') : t(locale, 'product.noAllergens'),
          },
          data.storage && { label: t(locale, 'product.storage'), value: data.storage },
          data.onPack && {
            label: t(locale, 'product.onPack'),
            value: (['productionCode', 'expiryDate', 'completeLabel'] as const)
              .map((key) => `${data.onPack![key] ? '✓' : '✗'} ${t(locale, `product.${key}`)}`)
              .join(' · '),
          },
          {
            label: t(locale, 'product.retailTrial'),
            value: `${t(locale, `product.retailTrial.${data.retailTrial.status}`)}${data.retailTrial.chains.length ? ` (${data.retailTrial.chains.join(', ')})` : ''}`,
          },
        ])
      : undefined,
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
