/**
 * schema.org JSON-LD builders. Pure functions of already-localized data, so
 * pages stay thin and the shapes are unit-tested.
 */

export type JsonLd = Record<string, unknown>;

/** Serializes for a `<script type="application/ld+json">` block; `<` is escaped so content cannot close the tag. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export interface Crumb {
  name: string;
  url: string;
}

export function breadcrumbList(crumbs: Crumb[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: crumb.url })),
  };
}

export function websiteJsonLd(input: { name: string; url: string; description: string; inLanguage: string }): JsonLd {
  return { '@context': 'https://schema.org', '@type': 'WebSite', ...input };
}

export interface CertificationInput {
  /** The kind in the page's language, e.g. "Halal certificate (BPJPH)". */
  name: string;
  number: string;
  issuer: string;
  /** YYYY-MM-DD. */
  validFrom: string;
  validUntil?: string | undefined;
  /** Valid on the build date (expiring soon still is); expired and not-yet-valid ones are inactive. */
  active: boolean;
  document?: string | undefined;
}

/** A schema.org `Certification` (for `hasCertification` on a Product or an organization). */
export function certificationJsonLd(c: CertificationInput): JsonLd {
  return compact({
    '@type': 'Certification',
    name: c.name,
    certificationIdentification: c.number,
    issuedBy: { '@type': 'Organization', name: c.issuer },
    validFrom: c.validFrom,
    expires: c.validUntil,
    certificationStatus: c.active ? 'https://schema.org/CertificationActive' : 'https://schema.org/CertificationInactive',
    url: c.document,
  });
}

/** `hasCertification`, absent when there is none. */
function certifications(list: readonly CertificationInput[] | undefined): JsonLd[] | undefined {
  return list?.length ? list.map(certificationJsonLd) : undefined;
}

export interface OrganizationInput {
  name: string;
  url: string;
  description: string;
  /** LocalBusiness for producers with an address; Organization for associations. */
  type: 'LocalBusiness' | 'Organization';
  address?: { streetAddress: string; addressLocality: string; addressRegion: string; addressCountry: string } | undefined;
  email?: string | undefined;
  telephone?: string | undefined;
  image?: string | undefined;
  foundingYear?: number | undefined;
  employees?: number | undefined;
  geo?: { lat: number; lng: number } | undefined;
  sameAs?: string[] | undefined;
  memberOf?: { name: string; url: string }[] | undefined;
  certifications?: CertificationInput[] | undefined;
}

export function organizationJsonLd(org: OrganizationInput): JsonLd {
  return compact({
    '@context': 'https://schema.org',
    '@type': org.type,
    '@id': `${org.url}#org`,
    name: org.name,
    url: org.url,
    description: org.description,
    image: org.image,
    email: org.email,
    telephone: org.telephone,
    foundingDate: org.foundingYear ? String(org.foundingYear) : undefined,
    numberOfEmployees: org.employees ? { '@type': 'QuantitativeValue', value: org.employees } : undefined,
    address: org.address ? { '@type': 'PostalAddress', ...org.address } : undefined,
    geo: org.geo ? { '@type': 'GeoCoordinates', latitude: org.geo.lat, longitude: org.geo.lng } : undefined,
    sameAs: org.sameAs?.length ? org.sameAs : undefined,
    memberOf: org.memberOf?.length ? org.memberOf.map((m) => ({ '@type': 'Organization', name: m.name, url: m.url })) : undefined,
    hasCertification: certifications(org.certifications),
  });
}

export interface ProductInput {
  name: string;
  url: string;
  description: string;
  images: string[];
  category: string;
  producer: { name: string; url: string };
  gtin?: string | undefined;
  sku: string;
  price?: { min: number; max: number; currency: string } | undefined;
  available: boolean;
  countryOfOrigin: string;
  certifications?: CertificationInput[] | undefined;
}

/** A Product; `offers` only when a price range is stated (schema.org requires a price for an offer). */
export function productJsonLd(p: ProductInput): JsonLd {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Product',
    '@id': `${p.url}#product`,
    name: p.name,
    url: p.url,
    description: p.description,
    image: p.images,
    category: p.category,
    sku: p.sku,
    gtin: p.gtin,
    countryOfOrigin: { '@type': 'Country', name: p.countryOfOrigin },
    brand: { '@type': 'Brand', name: p.producer.name },
    manufacturer: { '@type': 'Organization', name: p.producer.name, url: p.producer.url },
    hasCertification: certifications(p.certifications),
    offers: p.price
      ? {
          '@type': 'AggregateOffer',
          lowPrice: p.price.min,
          highPrice: p.price.max,
          priceCurrency: p.price.currency,
          availability: p.available ? 'https://schema.org/InStock' : 'https://schema.org/Discontinued',
          seller: { '@type': 'Organization', name: p.producer.name, url: p.producer.url },
        }
      : undefined,
  });
}

export interface EventInput {
  name: string;
  url: string;
  description: string;
  startDate: string;
  endDate?: string | undefined;
  place?: string | undefined;
  region?: string | undefined;
  image?: string | undefined;
  performers?: { name: string; url: string }[] | undefined;
}

export function eventJsonLd(e: EventInput): JsonLd {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: e.name,
    url: e.url,
    description: e.description,
    startDate: e.startDate,
    endDate: e.endDate ?? e.startDate,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    image: e.image,
    location: {
      '@type': 'Place',
      name: e.place ?? e.region ?? 'Indonesia',
      address: { '@type': 'PostalAddress', addressLocality: e.region ?? e.place ?? 'Indonesia', addressCountry: 'ID' },
    },
    performer: e.performers?.length ? e.performers.map((p) => ({ '@type': 'Organization', name: p.name, url: p.url })) : undefined,
  });
}

export function newsArticleJsonLd(a: { headline: string; url: string; description: string; datePublished: string; image?: string | undefined; inLanguage: string }): JsonLd {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.headline,
    url: a.url,
    description: a.description,
    datePublished: a.datePublished,
    image: a.image,
    inLanguage: a.inLanguage,
    publisher: { '@type': 'Organization', name: 'Etalase' },
  });
}

/** Drops undefined values so the JSON has no empty keys. */
function compact(obj: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}
