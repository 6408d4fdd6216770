import { describe, expect, it } from 'vitest';
import { exportReadiness, retailReadiness, type ReadinessInput } from '~/lib/readiness';

const today = new Date('2026-11-23T00:00:00Z');
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const cert = (kind: string, validUntil?: string) => ({ kind, validFrom: d('2024-01-01'), validUntil: validUntil ? d(validUntil) : undefined });

/** A food product that satisfies every rule of both checklists. */
function ready(overrides: Partial<ReadinessInput> = {}): ReadinessInput {
  return {
    food: true,
    hsCode: '1905.90',
    moq: { quantity: 500, unit: 'kg' },
    monthlyCapacity: { quantity: 2, unit: 'ton' },
    leadTimeDays: { min: 14, max: 21 },
    shelfLifeDays: 180,
    packs: [{ barcode: '9520000000011', unitsPerCarton: 40 }],
    onPack: { productionCode: true, expiryDate: true, completeLabel: true },
    retailTrial: { status: 'listed' },
    availability: 'all-year',
    certificates: [cert('nib'), cert('bpom-md', '2029-01-01'), cert('halal', '2028-01-01')],
    hasEnglishDescription: true,
    ...overrides,
  };
}

const statusOf = (list: { items: { id: string; status: string; reason: string }[] }, id: string) => {
  const found = list.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return `${found.status}:${found.reason}`;
};

describe('export readiness', () => {
  it('is ready when every applicable item is met', () => {
    const list = exportReadiness(ready(), today);
    expect(list.ready).toBe(true);
    expect(list.met).toBe(list.applicable);
    expect(list.items.map((i) => i.id)).toEqual([
      'hs-code', 'moq', 'capacity', 'lead-time', 'business-id', 'food-safety', 'halal', 'shelf-life', 'export-packing', 'english', 'supply',
    ]);
  });

  it.each([
    ['hs-code', { hsCode: undefined }, 'missing:not-stated'],
    ['moq', { moq: undefined }, 'missing:not-stated'],
    ['capacity', { monthlyCapacity: undefined }, 'missing:not-stated'],
    ['lead-time', { leadTimeDays: undefined }, 'missing:not-stated'],
    ['shelf-life', { shelfLifeDays: undefined }, 'missing:not-stated'],
    ['export-packing', { packs: [{ barcode: '9520000000011' }] }, 'missing:no-carton'],
    ['english', { hasEnglishDescription: false }, 'missing:no-english'],
    ['supply', { availability: 'discontinued' as const }, 'missing:discontinued'],
  ])('%s is missing when not stated', (id, override, expected) => {
    const list = exportReadiness(ready(override), today);
    expect(statusOf(list, id)).toBe(expected);
    expect(list.ready).toBe(false);
  });

  it('accepts any one food-safety credential and explains an expired one', () => {
    const withHaccp = ready({ certificates: [cert('nib'), cert('haccp', '2028-01-01'), cert('halal', '2028-01-01')] });
    expect(statusOf(exportReadiness(withHaccp, today), 'food-safety')).toBe('met:valid-certificate');
    const expired = ready({ certificates: [cert('nib'), cert('bpom-md', '2026-06-01'), cert('halal', '2028-01-01')] });
    expect(statusOf(exportReadiness(expired, today), 'food-safety')).toBe('missing:certificate-expired');
    const pirtOnly = ready({ certificates: [cert('nib'), cert('spp-irt', '2029-01-01'), cert('halal', '2028-01-01')] });
    expect(statusOf(exportReadiness(pirtOnly, today), 'food-safety')).toBe('missing:no-certificate');
  });

  it('counts a halal certificate expiring today as valid and one that expired yesterday as missing', () => {
    expect(statusOf(exportReadiness(ready({ certificates: [cert('nib'), cert('bpom-md', '2029-01-01'), cert('halal', '2026-11-23')] }), today), 'halal')).toBe('met:valid-certificate');
    expect(statusOf(exportReadiness(ready({ certificates: [cert('nib'), cert('bpom-md', '2029-01-01'), cert('halal', '2026-11-22')] }), today), 'halal')).toBe('missing:certificate-expired');
  });

  it('marks food-only items not applicable for non-food products', () => {
    const batik = exportReadiness(ready({ food: false, shelfLifeDays: undefined, certificates: [cert('nib')] }), today);
    expect(statusOf(batik, 'food-safety')).toBe('not-applicable:non-food');
    expect(statusOf(batik, 'halal')).toBe('not-applicable:non-food');
    expect(statusOf(batik, 'shelf-life')).toBe('not-applicable:non-food');
    expect(batik.ready).toBe(true);
    expect(batik.applicable).toBe(8);
  });

  it('treats seasonal supply as met for export but says so', () => {
    expect(statusOf(exportReadiness(ready({ availability: 'seasonal' }), today), 'supply')).toBe('met:seasonal');
  });
});

describe('retail readiness', () => {
  it('is ready when every applicable item is met', () => {
    const list = retailReadiness(ready(), today);
    expect(list.ready).toBe(true);
    expect(list.items.map((i) => i.id)).toEqual([
      'business-id', 'food-permit', 'halal', 'barcode', 'production-code', 'expiry-date', 'complete-label', 'shelf-life', 'capacity', 'supply', 'market-trial',
    ]);
  });

  it('accepts SPP-IRT or BPOM MD as the food permit', () => {
    const pirt = ready({ certificates: [cert('nib'), cert('spp-irt', '2029-01-01'), cert('halal', '2028-01-01')] });
    expect(statusOf(retailReadiness(pirt, today), 'food-permit')).toBe('met:valid-certificate');
  });

  it('accepts a PSAT registration for fresh plant food such as rice', () => {
    const rice = ready({ certificates: [cert('nib'), cert('psat', '2029-01-01'), cert('halal', '2028-01-01')] });
    expect(statusOf(retailReadiness(rice, today), 'food-permit')).toBe('met:valid-certificate');
  });

  it('does not ask a food permit of fresh food keeping less than 7 days', () => {
    const tempe = retailReadiness(ready({ shelfLifeDays: 3, certificates: [cert('nib'), cert('halal', '2028-01-01')] }), today);
    expect(tempe.items.find((i) => i.id === 'food-permit')).toEqual({ id: 'food-permit', status: 'not-applicable', reason: 'short-shelf-life', params: { days: 7 } });
    expect(statusOf(retailReadiness(ready({ shelfLifeDays: 7, certificates: [cert('nib'), cert('halal', '2028-01-01')] }), today), 'food-permit')).toBe('missing:no-certificate');
  });

  it('requires NIB and halal and reports them missing', () => {
    const list = retailReadiness(ready({ certificates: [cert('bpom-md', '2029-01-01')] }), today);
    expect(statusOf(list, 'business-id')).toBe('missing:no-certificate');
    expect(statusOf(list, 'halal')).toBe('missing:no-certificate');
    expect(list.ready).toBe(false);
  });

  it('explains that a barcode needs a food permit first', () => {
    const noPermit = ready({ packs: [{}], certificates: [cert('nib'), cert('halal', '2028-01-01')] });
    expect(statusOf(retailReadiness(noPermit, today), 'barcode')).toBe('missing:barcode-needs-permit');
    const someBarcoded = ready({ packs: [{ barcode: '9520000000011' }, {}, {}] });
    const item = retailReadiness(someBarcoded, today).items.find((i) => i.id === 'barcode');
    expect(item).toEqual({ id: 'barcode', status: 'missing', reason: 'packs-without-barcode', params: { count: 2 } });
  });

  it('checks production code, expiry and label on the pack', () => {
    const list = retailReadiness(ready({ onPack: { productionCode: false, expiryDate: true, completeLabel: false } }), today);
    expect(statusOf(list, 'production-code')).toBe('missing:not-on-pack');
    expect(statusOf(list, 'expiry-date')).toBe('met:on-pack');
    expect(statusOf(list, 'complete-label')).toBe('missing:not-on-pack');
    expect(statusOf(retailReadiness(ready({ onPack: undefined }), today), 'complete-label')).toBe('missing:not-stated');
  });

  it.each([
    ['passed', 'met:trial-passed'],
    ['listed', 'met:trial-listed'],
    ['in-trial', 'missing:trial-in-trial'],
    ['coaching', 'missing:trial-coaching'],
    ['not-started', 'missing:trial-not-started'],
    ['not-applicable', 'not-applicable:trial-not-applicable'],
  ])('market trial %s → %s', (status, expected) => {
    expect(statusOf(retailReadiness(ready({ retailTrial: { status } }), today), 'market-trial')).toBe(expected);
  });

  it('needs supply all year', () => {
    expect(statusOf(retailReadiness(ready({ availability: 'seasonal' }), today), 'supply')).toBe('missing:seasonal');
    expect(statusOf(retailReadiness(ready({ availability: 'discontinued' }), today), 'supply')).toBe('missing:discontinued');
  });

  it('does not ask non-food products for food permits, halal or dating', () => {
    const metal = retailReadiness(ready({ food: false, shelfLifeDays: undefined, onPack: { productionCode: false, expiryDate: false, completeLabel: true }, certificates: [cert('nib')] }), today);
    for (const id of ['food-permit', 'halal', 'production-code', 'expiry-date', 'shelf-life']) {
      expect(statusOf(metal, id)).toBe('not-applicable:non-food');
    }
    expect(metal.ready).toBe(true);
  });
});
