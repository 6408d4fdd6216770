/**
 * Trust signals (docs/architecture.md, "Product rules the code follows": trust is shown, not claimed): certificate validity
 * and how recently a listing was verified.
 */
import { daysBetween, isStale, startOfDay } from './dates';

export interface CertificateDates {
  validFrom: Date;
  validUntil?: Date | undefined;
}

export type CertificateStatus = 'valid' | 'expiring-soon' | 'expired' | 'not-yet-valid';

/** Certificates expiring within this many days are flagged so buyers ask for the renewal. */
export const EXPIRING_SOON_DAYS = 60;

export function certificateStatus(cert: CertificateDates, today: Date): CertificateStatus {
  const day = startOfDay(today).getTime();
  if (startOfDay(cert.validFrom).getTime() > day) return 'not-yet-valid';
  if (!cert.validUntil) return 'valid';
  const daysLeft = daysBetween(today, cert.validUntil);
  if (daysLeft < 0) return 'expired';
  return daysLeft <= EXPIRING_SOON_DAYS ? 'expiring-soon' : 'valid';
}

/** Valid on `today`: started and not expired (expiring soon still counts). */
export function isCertificateValid(cert: CertificateDates, today: Date): boolean {
  const status = certificateStatus(cert, today);
  return status === 'valid' || status === 'expiring-soon';
}

/** A producer holds a certificate of `kind` while one of that kind is valid (certificate pages list it then). */
export function holdsValidCertificate(certificates: readonly (CertificateDates & { kind: { id: string } })[], kind: string, today: Date): boolean {
  return certificates.some((c) => c.kind.id === kind && isCertificateValid(c, today));
}

/**
 * The certificates of a producer that cover one product: those listing it, or
 * those with no product list (they cover the whole producer).
 */
export function certificatesCovering<C extends { products?: readonly { id: string }[] | undefined }>(
  certificates: readonly C[],
  productSlug: string,
): C[] {
  return certificates.filter((c) => !c.products || c.products.some((p) => p.id === productSlug));
}

export interface VerificationState {
  stale: boolean;
  /** Whole days since the last verification. */
  ageDays: number;
}

export function verificationState(verifiedOn: Date, today: Date): VerificationState {
  return { stale: isStale(verifiedOn, today), ageDays: daysBetween(verifiedOn, today) };
}
