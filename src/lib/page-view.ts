/**
 * The parts of a product or producer page that are the same for both, as plain
 * data in the page's language: label/value facts, certificate cards, the trust
 * strip, the readiness view and the inquiry links. Pure: everything comes in as
 * arguments, so unit tests build pages without Astro.
 */
import type { Locale } from '~/i18n/locales';
import { t, type StringKey } from '~/i18n/strings';
import { formatDate, formatShortDate, isoDate } from './dates';
import type { CertificationInput } from './jsonld';
import { mailtoLink, whatsappLink } from './inquiry';
import type { Checklist, ChecklistItem } from './readiness';
import { certificateStatus, verificationState, type CertificateStatus } from './trust';
import { pagePath } from './urls';

/** One row of a label/value list; rows without a value are left out by `facts()`. */
export interface Fact {
  label: string;
  value: string;
  /** The value links here. */
  href?: string | undefined;
  /** The value is a list of links (then `value` is their text, for plain-text uses). */
  links?: { text: string; href: string }[] | undefined;
  /** A short qualification shown after the value, e.g. "confirm with your customs broker". */
  note?: string | undefined;
  /** The value is a code (HS code, barcode) and is set in a monospace font. */
  code?: boolean;
}

/** The rows that are given (a falsy entry is a fact not stated), in order. */
export function facts(rows: readonly (Fact | false | undefined | null | '' | 0)[]): Fact[] {
  return rows.filter((row): row is Fact => Boolean(row) && (row as Fact).value !== '');
}

/** A certificate as the page shows it. */
export interface CertificateView {
  kind: string;
  /** Full label, e.g. "Halal certificate (BPJPH)". */
  label: string;
  /** The label without its explanation in brackets, e.g. "Halal certificate", for the trust strip. */
  shortLabel: string;
  /** The certificate explainer page. */
  href: string;
  number: string;
  issuer: string;
  /** "21 October 2024 – 21 October 2029" or "from 3 December 2018, no expiry". */
  validity: string;
  /** "valid until 21 Oct 2029", "no expiry", "expired 30 Jun 2026". */
  validityShort: string;
  status: CertificateStatus;
  statusLabel: string;
  /** The dates as YYYY-MM-DD, for structured data. */
  validFrom: string;
  validUntil?: string | undefined;
  document?: string | undefined;
  /** What the certificate covers (producer pages): product names or "All products". */
  covers?: string | undefined;
}

export interface CertificateInput {
  kind: { id: string };
  number: string;
  issuer: string;
  validFrom: Date;
  validUntil?: Date | undefined;
  document?: string | undefined;
  products?: readonly { id: string }[] | undefined;
}

/** "NIB (business identification number)" → "NIB". */
export function shortCertificateLabel(label: string): string {
  return label.replace(/\s*\([^)]*\)\s*$/, '') || label;
}

export function certificateViews(
  certificates: readonly CertificateInput[],
  labelOf: (kind: string) => string,
  locale: Locale,
  today: Date,
  productNames?: ReadonlyMap<string, string>,
): CertificateView[] {
  return certificates.map((cert) => {
    const status = certificateStatus(cert, today);
    const label = labelOf(cert.kind.id);
    const from = formatDate(cert.validFrom, locale);
    const until = cert.validUntil && formatDate(cert.validUntil, locale);
    const short = (date: Date) => formatShortDate(date, locale);
    return {
      kind: cert.kind.id,
      label,
      shortLabel: shortCertificateLabel(label),
      href: pagePath(locale, 'certificates', cert.kind.id),
      number: cert.number,
      issuer: cert.issuer,
      validity: until ? t(locale, 'cert.validFromUntil', { from, until }) : t(locale, 'cert.validFrom', { from }),
      validityShort:
        status === 'not-yet-valid'
          ? t(locale, 'cert.validFromShort', { date: short(cert.validFrom) })
          : !cert.validUntil
            ? t(locale, 'cert.noExpiry')
            : t(locale, status === 'expired' ? 'cert.expiredOn' : 'cert.validUntil', { date: short(cert.validUntil) }),
      status,
      statusLabel: t(locale, `cert.status.${status}`),
      validFrom: isoDate(cert.validFrom),
      validUntil: cert.validUntil && isoDate(cert.validUntil),
      document: cert.document,
      covers: productNames && (cert.products ? cert.products.map((p) => productNames.get(p.id) ?? p.id).join(', ') : t(locale, 'cert.coversAll')),
    };
  });
}

/** The trust facts a buyer needs before contacting anyone, in one strip near the top of the page. */
export interface TrustStrip {
  verified: { text: string; isoDate: string; stale: boolean };
  /** The certificates shown in the strip (at most `TRUST_STRIP_CERTIFICATES` unless told), most important first. */
  certificates: CertificateView[];
  /** How many more certificates the page lists below. */
  moreCertificates: number;
  /** Readiness scores, e.g. "Export checklist 9/11". */
  scores: { kind: Checklist['kind']; label: string; ready: boolean }[];
  /** What is missing, in words: "minimum order, lead time". Empty when nothing is. */
  missing: string[];
  sample: boolean;
}

export const TRUST_STRIP_CERTIFICATES = 4;
/** Gaps named in the strip before "and N more" (the readiness section lists them all). */
export const TRUST_STRIP_MISSING = 4;

/** Kinds in the order a buyer looks for them; others follow in their own order. */
const CERTIFICATE_PRIORITY = ['halal', 'bpom-md', 'spp-irt', 'psat', 'haccp', 'iso-22000', 'gmp-cppob', 'sni', 'organic', 'nib'];

function priority(kind: string): number {
  const index = CERTIFICATE_PRIORITY.indexOf(kind);
  return index === -1 ? CERTIFICATE_PRIORITY.length : index;
}

/** The unmet items of the checklists in words, each once ("minimum order", "halal certificate"). */
export function missingItems(checklists: readonly Checklist[], locale: Locale): string[] {
  const ids = [...new Set(checklists.flatMap((c) => c.items.filter((i) => i.status === 'missing').map((i) => i.id)))];
  return ids.map((id) => t(locale, `readiness.gap.${id}` as StringKey));
}

export function trustStrip(input: {
  locale: Locale;
  today: Date;
  verification: { date: Date; by: string };
  certificates: readonly CertificateView[];
  checklists: readonly Checklist[];
  /** Gaps already in words, when they do not come from checklists (producer pages). */
  missing?: readonly string[];
  sample: boolean;
  /** How many certificates the strip names before "and N more". */
  maxCertificates?: number;
}): TrustStrip {
  const { locale, today, verification } = input;
  const { stale } = verificationState(verification.date, today);
  const ranked = [...input.certificates].sort((a, b) => priority(a.kind) - priority(b.kind));
  const max = input.maxCertificates ?? TRUST_STRIP_CERTIFICATES;
  return {
    verified: { text: t(locale, 'trust.verified', { date: formatShortDate(verification.date, locale), by: verification.by }), isoDate: isoDate(verification.date), stale },
    certificates: ranked.slice(0, max),
    moreCertificates: Math.max(0, ranked.length - max),
    scores: input.checklists.map((c) => ({
      kind: c.kind,
      label: t(locale, c.kind === 'export' ? 'trust.exportScore' : 'trust.retailScore', { met: c.met, applicable: c.applicable }),
      ready: c.ready,
    })),
    missing: [...missingItems(input.checklists, locale), ...(input.missing ?? [])],
    sample: input.sample,
  };
}

/** A checklist item in words: what it is, why it has its status and, when missing, what fixes it. */
export interface ReadinessItemView {
  id: string;
  label: string;
  reason: string;
  fix?: string | undefined;
}

export interface ReadinessView {
  kind: Checklist['kind'];
  title: string;
  summary: string;
  ready: boolean;
  readyLabel: string;
  /** Shown first, each with its reason and fix. */
  missing: ReadinessItemView[];
  /** Collapsed: met and not applicable items. */
  met: ReadinessItemView[];
  notApplicable: ReadinessItemView[];
}

function itemView(item: ChecklistItem, locale: Locale): ReadinessItemView {
  const view: ReadinessItemView = {
    id: item.id,
    label: t(locale, `readiness.item.${item.id}` as StringKey),
    reason: t(locale, `readiness.reason.${item.reason}` as StringKey, item.params),
  };
  if (item.status === 'missing') view.fix = t(locale, `readiness.fix.${item.id}` as StringKey, item.params);
  return view;
}

export function readinessView(checklist: Checklist, locale: Locale): ReadinessView {
  const of = (status: ChecklistItem['status']) => checklist.items.filter((i) => i.status === status).map((i) => itemView(i, locale));
  return {
    kind: checklist.kind,
    title: t(locale, checklist.kind === 'export' ? 'readiness.export' : 'readiness.retail'),
    summary: t(locale, 'readiness.summary', { met: checklist.met, applicable: checklist.applicable }),
    ready: checklist.ready,
    readyLabel: t(locale, checklist.ready ? 'readiness.ready' : 'readiness.notReady'),
    missing: of('missing'),
    met: of('met'),
    notApplicable: of('not-applicable'),
  };
}

/** The email and WhatsApp inquiry links, prefilled in the page's language; absent when the producer lists neither. */
export interface ContactActions {
  email?: string | undefined;
  whatsapp?: string | undefined;
}

export function contactActions(
  locale: Locale,
  contacts: { email?: string | undefined; whatsapp?: string | undefined },
  about: { producer: string; url: string; product?: { name: string; moq?: string | undefined } | undefined },
): ContactActions {
  const { product } = about;
  const params = { producer: about.producer, product: product?.name ?? '', url: about.url, moq: product?.moq ?? t(locale, 'inquiry.moqNotStated') };
  const subject = t(locale, product ? 'inquiry.subjectProduct' : 'inquiry.subjectProducer', params);
  const body = t(locale, product ? 'inquiry.bodyProduct' : 'inquiry.bodyProducer', params);
  return {
    email: contacts.email ? mailtoLink(contacts.email, { subject, body }) : undefined,
    whatsapp: contacts.whatsapp ? whatsappLink(contacts.whatsapp, `${subject}\n\n${body}`) : undefined,
  };
}

/** The certificates of a page as schema.org `Certification` input (JSON-LD `hasCertification`). */
export function certificationsOf(certificates: readonly CertificateView[]): CertificationInput[] {
  return certificates.map((c) => ({
    name: c.label,
    number: c.number,
    issuer: c.issuer,
    validFrom: c.validFrom,
    validUntil: c.validUntil,
    active: c.status === 'valid' || c.status === 'expiring-soon',
    document: c.document,
  }));
}
