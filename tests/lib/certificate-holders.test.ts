import { describe, expect, it } from 'vitest';
import { holdsValidCertificate } from '~/lib/trust';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = d('2026-11-23');

describe('holdsValidCertificate', () => {
  const certificates = [
    { kind: { id: 'halal' }, validFrom: d('2024-01-01'), validUntil: d('2026-01-01') },
    { kind: { id: 'halal' }, validFrom: d('2026-01-02'), validUntil: d('2030-01-01') },
    { kind: { id: 'pirt' }, validFrom: d('2020-01-01'), validUntil: d('2025-01-01') },
    { kind: { id: 'nib' }, validFrom: d('2027-01-01') },
  ];

  it('is true while one certificate of the kind is valid, even beside an expired one', () => {
    expect(holdsValidCertificate(certificates, 'halal', today)).toBe(true);
  });

  it('is false for expired, not yet valid and absent kinds', () => {
    expect(holdsValidCertificate(certificates, 'pirt', today)).toBe(false);
    expect(holdsValidCertificate(certificates, 'nib', today)).toBe(false);
    expect(holdsValidCertificate(certificates, 'bpom', today)).toBe(false);
  });
});
