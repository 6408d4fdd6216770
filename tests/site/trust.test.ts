/**
 * Trust is shown, not claimed (docs/architecture.md, "Product rules the code follows"): every producer and product page says
 * when and by whom it was last verified, flags listings unverified for more than
 * 12 months, and flags certificates expired as of the build date. Expectations
 * are computed from the content and the build date (ETALASE_TODAY, else today).
 */
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { listed, mainText, pageAt, requireDist, textOf } from '../helpers/built-site';
import { buildDay, entries, isExpired, isStale, localeCodes, longDate, pathIn, shortDate, uiString, type Entry, type Locale } from '../helpers/catalogue';

beforeAll(requireDist);

const today = buildDay();
/** Expectations depend on the day: a build from another day needs the same ETALASE_TODAY here. */
const asOf = `as of ${today.toISOString().slice(0, 10)}; a build of another day needs the same ETALASE_TODAY`;
const verifiedEntries = () => [...entries('producers'), ...entries('products')];

/** Certificates shown on a page: the producer's own, or on a product page those covering the product. */
function certificatesOn(entry: Entry): any[] {
  if (entry.collection === 'producers') return entry.data.certificates ?? [];
  const producer = entries('producers').find((p) => p.slug === entry.data.producer);
  return (producer?.data.certificates ?? []).filter((c: any) => !c.products || c.products.includes(entry.slug));
}

/** The table row or list item that shows a certificate number. */
function rowOf(root: HTMLElement, number: string): HTMLElement | undefined {
  const cell = root.querySelectorAll('code, td, li, dd').find((el) => textOf(el) === number);
  return cell?.closest('tr') ?? cell?.closest('li') ?? cell ?? undefined;
}

describe('verification', () => {
  it('every producer and product page says when and by whom it was last verified', () => {
    const problems: string[] = [];
    for (const entry of verifiedEntries()) {
      for (const locale of localeCodes) {
        const where = pathIn(locale, entry.collection, entry.slug);
        const page = pageAt(where);
        const { date, by } = entry.data.verification ?? {};
        const expected = uiString(locale, 'trust.verified', { date: shortDate(date, locale), by });
        if (!page) problems.push(`${where}: missing`);
        else if (!mainText(page).includes(expected)) problems.push(`${where}: no "${expected}"`);
      }
    }
    expect(problems, listed(problems, 'missing verification lines')).toEqual([]);
  });

  it('listings verified more than 12 months before the build date, and only those, carry the stale flag', () => {
    const problems: string[] = [];
    for (const entry of verifiedEntries()) {
      const stale = isStale(entry.data.verification.date, today);
      for (const locale of localeCodes) {
        const where = pathIn(locale, entry.collection, entry.slug);
        const page = pageAt(where);
        if (!page) continue;
        const flagged = mainText(page).includes(uiString(locale, 'trust.stale'));
        if (flagged !== stale) problems.push(`${where}: verified ${longDate(entry.data.verification.date, 'en')}, ${stale ? 'stale but not flagged' : 'flagged but not stale'}`);
      }
    }
    expect(problems, listed(problems, `stale-flag problems (${asOf})`)).toEqual([]);
  });

  it('sample listings say so in the byline under their name, a word apart from the place before it', () => {
    const problems: string[] = [];
    const samples = verifiedEntries().filter((e) => e.data.sample);
    expect(samples.length, 'no sample listing in the catalogue').toBeGreaterThan(0);
    for (const entry of samples) {
      for (const locale of localeCodes) {
        const where = pathIn(locale, entry.collection, entry.slug);
        const byline = pageAt(where)?.dom.querySelector('.byline');
        const label = uiString(locale, 'notice.sample');
        // The byline's text as read aloud or copied: the badge is its own word.
        const text = byline ? byline.textContent.replace(/\s+/g, ' ') : '';
        if (!new RegExp(`\\s${label}$`).test(text.trim())) problems.push(`${where}: byline "${text.trim()}"`);
      }
    }
    expect(problems, listed(problems, 'bylines without their sample badge set apart')).toEqual([]);
  });

  it('the catalogue has a stale listing, so the flag is exercised', () => {
    expect(verifiedEntries().filter((e) => isStale(e.data.verification.date, today)).length, 'no stale listing in the catalogue').toBeGreaterThan(0);
  });
});

describe('certificates', () => {
  const expiredText = (locale: Locale) => uiString(locale, 'cert.status.expired');

  it('each certificate on a producer or product page shows its number and issuer, and the expired badge exactly when expired', () => {
    const problems: string[] = [];
    for (const entry of verifiedEntries()) {
      for (const locale of localeCodes) {
        const where = pathIn(locale, entry.collection, entry.slug);
        const page = pageAt(where);
        const main = page?.dom.querySelector('main');
        if (!main) continue;
        for (const cert of certificatesOn(entry)) {
          const row = rowOf(main, String(cert.number));
          if (!row) {
            problems.push(`${where}: certificate ${cert.number} not shown`);
            continue;
          }
          const text = textOf(row);
          if (!text.includes(cert.issuer)) problems.push(`${where}: certificate ${cert.number} without its issuer "${cert.issuer}"`);
          const expired = isExpired(cert, today);
          if (text.includes(expiredText(locale)) !== expired) {
            problems.push(`${where}: certificate ${cert.number} (valid until ${cert.validUntil ? longDate(cert.validUntil, 'en') : '—'}) ${expired ? 'expired but not flagged' : `flagged "${expiredText(locale)}" but valid`}`);
          }
        }
      }
    }
    expect(problems, listed(problems, `certificate problems (${asOf})`)).toEqual([]);
  });

  it('the catalogue has an expired certificate, so the badge is exercised', () => {
    const expired = entries('producers').flatMap((p) => (p.data.certificates ?? []).filter((c: any) => isExpired(c, today)));
    expect(expired.length, 'no expired certificate in the catalogue').toBeGreaterThan(0);
  });
});
