import { describe, expect, it } from 'vitest';
import { addMonths, formatDate, isStale } from '~/lib/dates';
import { certificateStatus, certificatesCovering, isCertificateValid, verificationState } from '~/lib/trust';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('addMonths', () => {
  it('keeps the day of month and clamps to the last day', () => {
    expect(addMonths(d('2025-11-23'), 12).toISOString().slice(0, 10)).toBe('2026-11-23');
    expect(addMonths(d('2024-01-31'), 1).toISOString().slice(0, 10)).toBe('2024-02-29');
  });
});

describe('isStale (verification older than 12 months)', () => {
  const today = d('2026-11-23');
  it('is fresh up to exactly 12 months and stale the day after', () => {
    expect(isStale(d('2025-11-23'), today)).toBe(false);
    expect(isStale(d('2025-11-22'), today)).toBe(true);
    expect(isStale(d('2026-10-01'), today)).toBe(false);
  });
  it('reports the age in days', () => {
    expect(verificationState(d('2026-11-13'), today)).toEqual({ stale: false, ageDays: 10 });
  });
});

describe('certificateStatus', () => {
  const today = d('2026-11-23');
  it('flags an expired certificate', () => {
    expect(certificateStatus({ validFrom: d('2023-01-01'), validUntil: d('2026-11-22') }, today)).toBe('expired');
  });
  it('counts the last valid day as valid (expiring soon)', () => {
    expect(certificateStatus({ validFrom: d('2023-01-01'), validUntil: d('2026-11-23') }, today)).toBe('expiring-soon');
    expect(isCertificateValid({ validFrom: d('2023-01-01'), validUntil: d('2026-11-23') }, today)).toBe(true);
  });
  it('treats a permit without expiry as valid and a future one as not yet valid', () => {
    expect(certificateStatus({ validFrom: d('2020-01-01') }, today)).toBe('valid');
    expect(certificateStatus({ validFrom: d('2027-01-01') }, today)).toBe('not-yet-valid');
    expect(isCertificateValid({ validFrom: d('2027-01-01') }, today)).toBe(false);
  });
  it('is valid when expiry is more than 60 days away', () => {
    expect(certificateStatus({ validFrom: d('2023-01-01'), validUntil: d('2027-06-01') }, today)).toBe('valid');
  });
});

describe('certificatesCovering', () => {
  const certs = [
    { kind: 'halal', products: [{ id: 'a' }] },
    { kind: 'nib', products: undefined },
    { kind: 'spp-irt', products: [{ id: 'b' }] },
  ];
  it('returns certificates listing the product and those covering the whole producer', () => {
    expect(certificatesCovering(certs, 'a').map((c) => c.kind)).toEqual(['halal', 'nib']);
    expect(certificatesCovering(certs, 'c').map((c) => c.kind)).toEqual(['nib']);
  });
});

describe('formatDate', () => {
  it('writes month names in the reader language', () => {
    expect(formatDate(d('2026-02-06'), 'en')).toBe('6 February 2026');
    expect(formatDate(d('2026-02-06'), 'id')).toBe('6 Februari 2026');
  });
});
