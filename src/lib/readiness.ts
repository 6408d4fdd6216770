/**
 * Export- and retail-readiness checklists, computed from a product's facts and
 * never typed by hand. THE RULES ARE WRITTEN HERE, in one place: each item says
 * when it is met, missing or not applicable, and why. Editors' explanation of the
 * same rules: docs/readiness.md (keep the two in step).
 *
 * Sources for the rules (docs/architecture.md, "Product rules the code follows"): retail chains ask for NIB, PIRT or MD, halal,
 * barcode, expiry/production code, complete label, standard packaging and supply
 * continuity; halal is mandatory for micro and small producers' food and drink from
 * October 2026; a GS1 barcode needs a food permit first; export buyers judge HS
 * code, capacity, MOQ, certificates, English information, shelf life and packaging.
 */
import { isCertificateValid } from './trust';

export type ItemStatus = 'met' | 'missing' | 'not-applicable';

export interface ChecklistItem {
  /** Stable id, also the UI string key suffix: `readiness.item.<id>`. */
  id: string;
  status: ItemStatus;
  /** Why: a UI string key suffix `readiness.reason.<reason>`, filled with `params`. */
  reason: string;
  params?: Record<string, string | number>;
}

export interface Checklist {
  kind: 'export' | 'retail';
  items: ChecklistItem[];
  met: number;
  /** Items that apply to this product (met + missing). */
  applicable: number;
  /** Every applicable item is met. */
  ready: boolean;
}

export interface ReadinessCertificate {
  kind: string;
  validFrom: Date;
  validUntil?: Date | undefined;
}

/** The facts the rules look at, independent of how content is stored. */
export interface ReadinessInput {
  /** Food or drink (halal, food permit, shelf life and pack dating apply). */
  food: boolean;
  hsCode?: string | undefined;
  moq?: unknown;
  /** The product's monthly capacity, or the producer's when the product has none. */
  monthlyCapacity?: unknown;
  leadTimeDays?: unknown;
  shelfLifeDays?: number | undefined;
  packs: { barcode?: string | undefined; unitsPerCarton?: number | undefined }[];
  onPack?: { productionCode: boolean; expiryDate: boolean; completeLabel: boolean } | undefined;
  retailTrial: { status: string };
  availability: 'all-year' | 'seasonal' | 'discontinued';
  /** Certificates and permits covering this product (the producer's, filtered). */
  certificates: ReadinessCertificate[];
  /** The English summary and description are written (the default locale). */
  hasEnglishDescription: boolean;
}

const FOOD_SAFETY_FOR_EXPORT = ['bpom-md', 'haccp', 'iso-22000', 'gmp-cppob'];
/** SPP-IRT (home industry), BPOM MD (separate site) or PSAT registration (fresh plant food such as packed rice). */
const FOOD_PERMITS = ['spp-irt', 'bpom-md', 'psat'];
/**
 * Fresh foods keeping less than a week (fresh tahu and tempe) are not issued an
 * SPP-IRT, so the food permit does not apply to them.
 */
export const PERMIT_EXEMPT_BELOW_DAYS = 7;

function item(id: string, status: ItemStatus, reason: string, params?: Record<string, string | number>): ChecklistItem {
  return params ? { id, status, reason, params } : { id, status, reason };
}

function validKinds(input: ReadinessInput, today: Date): Set<string> {
  return new Set(input.certificates.filter((c) => isCertificateValid(c, today)).map((c) => c.kind));
}

function expiredKinds(input: ReadinessInput, today: Date, kinds: string[]): string[] {
  const valid = validKinds(input, today);
  return [...new Set(input.certificates.filter((c) => kinds.includes(c.kind) && !valid.has(c.kind)).map((c) => c.kind))];
}

/** A certificate requirement: met by any valid kind in `kinds`; says so when only expired ones exist. */
function certificateItem(id: string, input: ReadinessInput, today: Date, kinds: string[], applies: boolean): ChecklistItem {
  if (!applies) return item(id, 'not-applicable', 'non-food');
  const valid = validKinds(input, today);
  const found = kinds.find((k) => valid.has(k));
  if (found) return item(id, 'met', 'valid-certificate', { kind: found });
  const expired = expiredKinds(input, today, kinds);
  return expired.length ? item(id, 'missing', 'certificate-expired', { kind: expired[0]! }) : item(id, 'missing', 'no-certificate');
}

function stated(id: string, value: unknown, applies = true): ChecklistItem {
  if (!applies) return item(id, 'not-applicable', 'non-food');
  return value === undefined || value === null ? item(id, 'missing', 'not-stated') : item(id, 'met', 'stated');
}

function summarize(kind: Checklist['kind'], items: ChecklistItem[]): Checklist {
  const met = items.filter((i) => i.status === 'met').length;
  const applicable = items.filter((i) => i.status !== 'not-applicable').length;
  return { kind, items, met, applicable, ready: met === applicable };
}

export function exportReadiness(input: ReadinessInput, today: Date): Checklist {
  const { food } = input;
  const cartonPacked = input.packs.some((p) => p.unitsPerCarton !== undefined);
  return summarize('export', [
    stated('hs-code', input.hsCode),
    stated('moq', input.moq),
    stated('capacity', input.monthlyCapacity),
    stated('lead-time', input.leadTimeDays),
    certificateItem('business-id', input, today, ['nib'], true),
    certificateItem('food-safety', input, today, FOOD_SAFETY_FOR_EXPORT, food),
    certificateItem('halal', input, today, ['halal'], food),
    stated('shelf-life', input.shelfLifeDays, food),
    cartonPacked ? item('export-packing', 'met', 'carton-stated') : item('export-packing', 'missing', 'no-carton'),
    input.hasEnglishDescription ? item('english', 'met', 'english-written') : item('english', 'missing', 'no-english'),
    input.availability === 'discontinued' ? item('supply', 'missing', 'discontinued') : item('supply', 'met', input.availability === 'seasonal' ? 'seasonal' : 'all-year'),
  ]);
}

function barcodeItem(input: ReadinessInput, hasFoodPermit: boolean): ChecklistItem {
  const withBarcode = input.packs.filter((p) => p.barcode).length;
  if (withBarcode === input.packs.length) return item('barcode', 'met', 'all-packs-barcoded');
  if (input.food && !hasFoodPermit) return item('barcode', 'missing', 'barcode-needs-permit');
  return item('barcode', 'missing', 'packs-without-barcode', { count: input.packs.length - withBarcode });
}

function onPackItem(id: string, value: boolean | undefined, applies: boolean): ChecklistItem {
  if (!applies) return item(id, 'not-applicable', 'non-food');
  if (value === undefined) return item(id, 'missing', 'not-stated');
  return value ? item(id, 'met', 'on-pack') : item(id, 'missing', 'not-on-pack');
}

function trialItem(status: string): ChecklistItem {
  switch (status) {
    case 'passed':
    case 'listed':
      return item('market-trial', 'met', `trial-${status}`);
    case 'not-applicable':
      return item('market-trial', 'not-applicable', 'trial-not-applicable');
    default:
      return item('market-trial', 'missing', `trial-${status}`);
  }
}

export function retailReadiness(input: ReadinessInput, today: Date): Checklist {
  const { food } = input;
  const shortLived = food && input.shelfLifeDays !== undefined && input.shelfLifeDays < PERMIT_EXEMPT_BELOW_DAYS;
  const foodPermit = shortLived
    ? item('food-permit', 'not-applicable', 'short-shelf-life', { days: PERMIT_EXEMPT_BELOW_DAYS })
    : certificateItem('food-permit', input, today, FOOD_PERMITS, food);
  return summarize('retail', [
    certificateItem('business-id', input, today, ['nib'], true),
    foodPermit,
    certificateItem('halal', input, today, ['halal'], food),
    barcodeItem(input, foodPermit.status !== 'missing'),
    onPackItem('production-code', input.onPack?.productionCode, food),
    onPackItem('expiry-date', input.onPack?.expiryDate, food),
    onPackItem('complete-label', input.onPack?.completeLabel, true),
    stated('shelf-life', input.shelfLifeDays, food),
    stated('capacity', input.monthlyCapacity),
    input.availability === 'all-year' ? item('supply', 'met', 'all-year') : item('supply', 'missing', input.availability),
    trialItem(input.retailTrial.status),
  ]);
}

/** The parts of a product entry the rules read (structural, so tests need no Astro). */
export interface ProductFacts extends Omit<ReadinessInput, 'food' | 'certificates' | 'hasEnglishDescription' | 'monthlyCapacity'> {
  monthlyCapacity?: unknown;
  summary: string;
}

/**
 * Builds the rules' input from a product, its producer's certificates covering it
 * (see `certificatesCovering`), its category and its English body.
 */
export function readinessInputOf(
  product: ProductFacts,
  producer: { monthlyCapacity?: unknown; certificates: { kind: { id: string }; validFrom: Date; validUntil?: Date | undefined }[] },
  food: boolean,
  englishBody: string | undefined,
): ReadinessInput {
  return {
    ...product,
    food,
    monthlyCapacity: product.monthlyCapacity ?? producer.monthlyCapacity,
    certificates: producer.certificates.map((c) => ({ kind: c.kind.id, validFrom: c.validFrom, validUntil: c.validUntil })),
    hasEnglishDescription: product.summary.trim().length > 0 && (englishBody ?? '').trim().length > 0,
  };
}
