/**
 * The retail table's rows for a locale: one per product, with the facts its
 * cells show, sorted by product name. Built once per locale and build, then
 * shared by the for-retailers page and every region's table page.
 */
import type { Locale } from '~/i18n/locales';
import { localeConfig } from '~/i18n/locales';
import type { Quantity } from './format';
import { byId, localize } from './catalogue';
import { buildDate } from './dates';
import { memoize } from './memo';
import { productCards, productContext } from './product-view';
import { barcodeCoverage, capacityKg, shortClusterName } from './retail-table';
import type { TrialStatus } from './retail-overview';
import { labelIn } from './taxonomy';
import { isCertificateValid } from './trust';
import { entryPath } from './urls';

export interface RetailRow {
  slug: string;
  name: string;
  path: string;
  producerName: string;
  producerPath: string;
  region: string;
  regionName: string;
  cluster: string;
  clusterName: string;
  /** The cluster's name shortened for a table cell (shortClusterName). */
  clusterShort: string;
  /** The valid food permit's short name (`SPP-IRT`) and number, if the product has one. */
  permit: { kind: string; number: string } | undefined;
  permitStatus: string;
  halal: 'yes' | 'no' | 'na';
  barcode: 'all' | 'some' | 'none';
  barcoded: number;
  packs: number;
  shelfLifeDays: number | undefined;
  capacity: Quantity | undefined;
  capacityKg: number | undefined;
  trial: { status: TrialStatus; chains: readonly string[] };
  met: number;
  applicable: number;
  ready: boolean;
}

export const retailRows = memoize((locale: Locale): Promise<RetailRow[]> => buildRows(locale));

async function buildRows(locale: Locale): Promise<RetailRow[]> {
  const today = buildDate();
  const certificateKinds = await byId('certificates');
  /** `SPP-IRT (PIRT)` → `SPP-IRT`: the table shows the short name, the explainer page the rest. */
  const shortKind = (kind: string) => labelIn(certificateKinds.get(kind)?.data.label ?? { en: kind }, locale).replace(/\s*\(.*\)$/, '');
  const clusterNames = new Map<string, Promise<string>>();
  const clusterName = (cluster: Parameters<typeof localize<'clusters'>>[1]) => {
    if (!clusterNames.has(cluster.id)) clusterNames.set(cluster.id, localize('clusters', cluster, locale).then((c) => c.data.name));
    return clusterNames.get(cluster.id)!;
  };

  const cards = await productCards(locale);
  const rows = await Promise.all(
    cards.map(async (card): Promise<RetailRow> => {
      const context = await productContext(card.product.entry.id);
      const { product, producer, region, cluster, retailChecklist } = context;
      const itemOf = (id: string) => retailChecklist.items.find((i) => i.id === id);
      const permitItem = itemOf('food-permit');
      const permitKind = permitItem?.status === 'met' ? String(permitItem.params?.kind ?? '') : '';
      const permitCert = context.certificates.find((c) => c.kind.id === permitKind && isCertificateValid(c, today));
      const halalStatus = itemOf('halal')?.status;
      const capacity = product.data.monthlyCapacity ?? producer.data.monthlyCapacity;
      return {
        slug: product.id,
        name: card.product.data.name,
        path: entryPath(locale, 'products', product.id),
        producerName: card.producerName,
        producerPath: entryPath(locale, 'producers', producer.id),
        region: region.id,
        regionName: region.data.name,
        cluster: cluster?.id ?? '',
        clusterName: cluster ? await clusterName(cluster) : '',
        clusterShort: cluster ? shortClusterName(await clusterName(cluster), region.data.name) : '',
        permit: permitKind ? { kind: shortKind(permitKind), number: permitCert?.number ?? '' } : undefined,
        permitStatus: permitItem?.status ?? 'missing',
        halal: halalStatus === 'met' ? 'yes' : halalStatus === 'not-applicable' ? 'na' : 'no',
        barcode: barcodeCoverage(product.data.packs),
        barcoded: product.data.packs.filter((p) => p.barcode).length,
        packs: product.data.packs.length,
        shelfLifeDays: product.data.shelfLifeDays,
        capacity,
        capacityKg: capacityKg(capacity),
        trial: product.data.retailTrial,
        met: retailChecklist.met,
        applicable: retailChecklist.applicable,
        ready: retailChecklist.ready,
      };
    }),
  );
  const collator = new Intl.Collator(localeConfig(locale).intl);
  return rows.sort((a, b) => collator.compare(a.name, b.name));
}
