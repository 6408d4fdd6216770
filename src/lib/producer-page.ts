/**
 * What a producer page shows, in the page's language, built in one place:
 * `producerPage(slug, locale, url)` gathers the entry from the catalogue;
 * `buildProducerPage` turns it into plain data (pure, unit-tested); the `.astro`
 * page only renders it.
 */
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '~/i18n/locales';
import { t, type StringKey } from '~/i18n/strings';
import { byId, localize } from './catalogue';
import { buildDate } from './dates';
import { countryName, formatExportMarkets, formatMonthly, formatNumber, languageName } from './format';
import { localizedAlt } from './images';
import { certificateViews, contactActions, facts, trustStrip, type CertificateView, type ContactActions, type Fact, type TrustStrip } from './page-view';
import type { PageImage } from './product-page';
import { productsByProducer } from './product-view';
import { labelIn, type LocalizedText } from './taxonomy';
import { holdsValidCertificate } from './trust';
import { entryPath } from './urls';

export interface ProducerPageView {
  name: string;
  summary: string;
  sample: boolean;
  /** "Production paused" / "No longer trading"; absent while active. */
  status?: string | undefined;
  cover?: PageImage | undefined;
  gallery: PageImage[];
  region: { name: string; province: string; href: string };
  cluster?: { name: string; href: string } | undefined;
  /** Capacity, products, export markets, founded and workforce: what a buyer weighs first. */
  keyFacts: Fact[];
  companyFacts: Fact[];
  trust: TrustStrip;
  contact: ContactActions;
  certificates: CertificateView[];
  facilities: string[];
}

type ProducerData = CollectionEntry<'producers'>['data'];

export interface ProducerPageInput {
  locale: Locale;
  today: Date;
  url: string;
  producer: ProducerData;
  imageAlts: Record<string, string> | undefined;
  region: { id: string; name: string; province: string };
  cluster?: { id: string; name: string } | undefined;
  associations: { id: string; shortName: string }[];
  /** The producer's products in this locale: names by slug, and whether any is food. */
  products: { slug: string; name: string; food: boolean }[];
  certificateLabels: ReadonlyMap<string, LocalizedText>;
}

/** Permits a buyer expects of any producer, and of a food producer; each missing one is named in the trust strip. */
function permitGaps(certificates: ProducerData['certificates'], food: boolean, locale: Locale, today: Date): string[] {
  const gaps: string[] = [];
  const holds = (...kinds: string[]) => kinds.some((kind) => holdsValidCertificate(certificates, kind, today));
  if (!holds('nib')) gaps.push('business-id');
  if (food && !holds('spp-irt', 'bpom-md', 'psat')) gaps.push('food-permit');
  if (food && !holds('halal')) gaps.push('halal');
  return gaps.map((id) => t(locale, `readiness.gap.${id}` as StringKey));
}

export function buildProducerPage(input: ProducerPageInput): ProducerPageView {
  const { locale, producer: data, today } = input;
  const image = (img: { src: PageImage['src']; alt: string }) => ({ src: img.src, alt: localizedAlt(img, input.imageAlts) });
  const names = new Map(input.products.map((p) => [p.slug, p.name]));
  const certificates = certificateViews(data.certificates, (kind) => labelIn(input.certificateLabels.get(kind) ?? { en: kind }, locale), locale, today, names);
  const region = { name: input.region.name, province: input.region.province, href: entryPath(locale, 'regions', input.region.id) };
  const cluster = input.cluster && { name: input.cluster.name, href: entryPath(locale, 'clusters', input.cluster.id) };
  const workforce = data.workforce && t(locale, 'producer.workforceCount', { count: formatNumber(data.workforce, locale) });
  return {
    name: data.name,
    summary: data.summary,
    sample: data.sample,
    status: data.status === 'active' ? undefined : t(locale, `producer.status.${data.status}`),
    cover: data.cover && image(data.cover),
    gallery: data.gallery.map(image),
    region,
    cluster,
    keyFacts: facts([
      data.monthlyCapacity && { label: t(locale, 'product.capacity'), value: formatMonthly(data.monthlyCapacity, locale) },
      { label: t(locale, 'producer.products'), value: t(locale, 'producer.productCount', { count: input.products.length }), href: '#products' },
      {
        label: t(locale, 'product.exportMarkets'),
        value: data.exportMarkets.length ? data.exportMarkets.map((m) => countryName(m.country, locale)).join(', ') : t(locale, 'producer.exportMarketsNone'),
      },
      (data.founded || workforce) && {
        label: t(locale, data.founded ? 'producer.founded' : 'producer.workforce'),
        value: [data.founded, workforce].filter(Boolean).join(' · '),
      },
    ]),
    companyFacts: facts([
      { label: t(locale, 'producer.legalForm'), value: t(locale, `legalForm.${data.legalForm}` as StringKey) },
      { label: t(locale, 'product.region'), value: `${region.name}, ${region.province}`, href: region.href },
      cluster && { label: t(locale, 'product.cluster'), value: cluster.name, href: cluster.href },
      input.associations.length > 0 && {
        label: t(locale, 'producer.associations'),
        value: input.associations.map((a) => a.shortName).join(', '),
        links: input.associations.map((a) => ({ text: a.shortName, href: entryPath(locale, 'associations', a.id) })),
      },
      { label: t(locale, 'producer.address'), value: data.address },
      data.founded && { label: t(locale, 'producer.founded'), value: String(data.founded) },
      workforce && { label: t(locale, 'producer.workforce'), value: workforce },
      { label: t(locale, 'producer.scale'), value: t(locale, `producer.scale.${data.scale}`) },
      data.exportMarkets.length > 0 && { label: t(locale, 'product.exportMarkets'), value: formatExportMarkets(data.exportMarkets, locale) },
      data.retailChains.length > 0 && { label: t(locale, 'producer.retailChains'), value: data.retailChains.join(', ') },
      { label: t(locale, 'producer.languages'), value: data.languages.map((code) => languageName(code, locale)).join(', ') },
    ]),
    trust: trustStrip({
      locale,
      today,
      verification: data.verification,
      certificates,
      checklists: [],
      missing: permitGaps(data.certificates, input.products.some((p) => p.food), locale, today),
      maxCertificates: 3,
      sample: data.sample,
    }),
    contact: contactActions(locale, data.contacts, { producer: data.name, url: input.url }),
    certificates,
    facilities: data.facilities,
  };
}

/** The producer page of `slug` in `locale`, from the catalogue. */
export async function producerPage(slug: string, locale: Locale, url: string) {
  const entry = (await byId('producers')).get(slug);
  if (!entry) throw new Error(`No producer "${slug}"`);
  const producer = await localize('producers', entry, locale);
  const [regions, clusters, associations, certificateKinds, categories] = await Promise.all([
    byId('regions'),
    byId('clusters'),
    byId('associations'),
    byId('certificates'),
    byId('categories'),
  ]);
  const region = regions.get(entry.data.region.id)!;
  const cluster = entry.data.cluster && clusters.get(entry.data.cluster.id);
  const products = (await productsByProducer(locale)).get(slug) ?? [];
  const view = buildProducerPage({
    locale,
    today: buildDate(),
    url,
    producer: producer.data,
    imageAlts: producer.imageAlts,
    region: { id: region.id, name: region.data.name, province: region.data.province },
    cluster: cluster ? { id: cluster.id, name: cluster.data.name } : undefined,
    associations: entry.data.associations.map((a) => associations.get(a.id)).filter((a) => a !== undefined).map((a) => ({ id: a.id, shortName: a.data.shortName })),
    products: products.map((p) => ({ slug: p.entry.id, name: p.data.name, food: Boolean(categories.get(p.data.category.id)?.data.food) })),
    certificateLabels: new Map([...certificateKinds].map(([id, kind]) => [id, kind.data.label])),
  });
  return { ...view, entry: producer, products, regionEntry: region };
}
