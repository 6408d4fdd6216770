/**
 * The buyer's inquiry list and compare view (`/inquiry/`, `/inquiry/compare/`):
 * the second view of the shortlist (src/lib/shortlist.ts keeps the picks; the
 * retail table is the first view). The pages are static, so each picked
 * product's facts come from the facts files (about 32 products each, per
 * language) the build writes beside the list page (`facts-<n>.json`,
 * src/lib/listed-product.ts).
 * Pure functions only, shared by the browser scripts and unit tests: no strings
 * are imported here, the page passes its templates in.
 */
import { toCsv } from './csv';
import { mailtoLink, whatsappLink } from './inquiry';
import { fillTemplate, type Template } from '~/i18n/fill';

/** One label/value row of the compare view, in the page's language. */
export interface CompareFact {
  label: string;
  value: string;
}

/** A product as the list and compare pages show it (one file per product and language). */
export interface ListedProduct {
  slug: string;
  name: string;
  /** The product page's canonical address, put into messages and the CSV. */
  url: string;
  /** The product page's site path (under the base), for links on the page. */
  path: string;
  producer: { slug: string; name: string; path: string; email?: string | undefined; whatsapp?: string | undefined };
  region: string;
  /** The minimum order in words; absent when not stated. */
  moq?: string | undefined;
  /** The compare view's rows, grouped: trade facts, packs, certificates, readiness. */
  compare: { title: string; facts: CompareFact[] }[];
}

/** How many products the compare view puts side by side. */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

/** The picks grouped by producer: producers in the order of their first pick, products in pick order. */
export function groupByProducer(products: readonly ListedProduct[]): { producer: ListedProduct['producer']; products: ListedProduct[] }[] {
  const groups = new Map<string, { producer: ListedProduct['producer']; products: ListedProduct[] }>();
  for (const product of products) {
    const group = groups.get(product.producer.slug) ?? { producer: product.producer, products: [] };
    group.products.push(product);
    groups.set(product.producer.slug, group);
  }
  return [...groups.values()];
}

/** The templates of one producer's message, in the page's language (src/i18n strings `inquiryList.message.*`). */
export interface MessageTemplates {
  /** `{producer}`, `{count}` (plural forms). */
  subject: Template;
  /** `{producer}`, `{products}` (the product lines), `{count}` (plural forms). */
  body: Template;
  /** One product: `{index}`, `{product}`, `{url}`, `{moq}`. */
  line: Template;
  /** The minimum order when the product states none. */
  moqNotStated: string;
}

export interface ProducerMessage {
  subject: string;
  body: string;
  /** `mailto:` link; absent when the producer lists no email. */
  email?: string | undefined;
  /** `wa.me` link; absent when the producer lists no WhatsApp number. */
  whatsapp?: string | undefined;
}

/** One message to a producer listing the buyer's picks of theirs (name, link, MOQ), with blanks for quantity, port and Incoterm. */
export function producerMessage(group: { producer: ListedProduct['producer']; products: readonly ListedProduct[] }, templates: MessageTemplates, lang: string): ProducerMessage {
  const count = group.products.length;
  const lines = group.products.map((p, i) => fillTemplate(templates.line, lang, { index: i + 1, product: p.name, url: p.url, moq: p.moq ?? templates.moqNotStated }));
  const params = { producer: group.producer.name, count, products: lines.join('\n') };
  const subject = fillTemplate(templates.subject, lang, params);
  const body = fillTemplate(templates.body, lang, params);
  return {
    subject,
    body,
    email: group.producer.email ? mailtoLink(group.producer.email, { subject, body }) : undefined,
    whatsapp: group.producer.whatsapp ? whatsappLink(group.producer.whatsapp, `${subject}\n\n${body}`) : undefined,
  };
}

/** The CSV columns, in order: the header texts come from the page's strings. */
export const INQUIRY_CSV_COLUMNS = ['product', 'producer', 'region', 'moq', 'url', 'email', 'whatsapp', 'quantity', 'port', 'incoterm'] as const;

/**
 * The list as a spreadsheet (UTF-8 with BOM, CRLF): one row per product,
 * grouped by producer, with empty quantity, destination port and Incoterm
 * columns for the buyer to fill in.
 */
export function inquiryCsv(products: readonly ListedProduct[], header: Record<(typeof INQUIRY_CSV_COLUMNS)[number], string>): string {
  const rows = groupByProducer(products).flatMap((group) =>
    group.products.map((p) => [p.name, p.producer.name, p.region, p.moq ?? '', p.url, p.producer.email ?? '', p.producer.whatsapp ?? '', '', '', '']),
  );
  return toCsv(
    INQUIRY_CSV_COLUMNS.map((c) => header[c]),
    rows,
  );
}

export interface CompareRow {
  label: string;
  /** One value per product, in the products' order; a fact a product does not state is `missing`. */
  values: string[];
  /** The products do not all have the same value. */
  differs: boolean;
}

/**
 * The compare table: for each group (trade facts, packs, ...) the union of the
 * products' rows in order of first appearance, each product's value (or
 * `missing`), and whether the values differ.
 */
export function compareTable(products: readonly ListedProduct[], missing: string): { title: string; rows: CompareRow[] }[] {
  const titles: string[] = [];
  const labels = new Map<string, string[]>();
  for (const product of products) {
    for (const group of product.compare) {
      if (!labels.has(group.title)) {
        titles.push(group.title);
        labels.set(group.title, []);
      }
      const known = labels.get(group.title)!;
      for (const fact of group.facts) if (!known.includes(fact.label)) known.push(fact.label);
    }
  }
  return titles.map((title) => ({
    title,
    rows: labels.get(title)!.map((label) => {
      const values = products.map((p) => p.compare.find((g) => g.title === title)?.facts.find((f) => f.label === label)?.value ?? missing);
      return { label, values, differs: new Set(values).size > 1 };
    }),
  }));
}

/** The slugs in an address parameter (`?products=a,b,c`, `?add=a`): well-formed ones only, each once, at most `max`. */
export function slugsParam(param: string | null, max: number): string[] {
  const slugs = (param ?? '').split(',').filter((s) => /^[a-z0-9-]{1,100}$/.test(s));
  return [...new Set(slugs)].slice(0, max);
}
