/**
 * The scale curve of the benchmark: from measurements at a few catalogue sizes,
 * the cost of each further 1,000 products and the size at which each limit
 * (build memory, a host's site size, file count or file size) is reached.
 * Straight lines between measured sizes, extended past the last one.
 */

export interface CurvePoint {
  products: number;
  value: number;
}

/** The change per 1,000 products between consecutive measured sizes (sorted by size). */
export function slopes(points: readonly CurvePoint[]): { from: number; to: number; per1000: number }[] {
  const sorted = [...points].sort((a, b) => a.products - b.products);
  return sorted.slice(1).map((b, i) => {
    const a = sorted[i]!;
    return { from: a.products, to: b.products, per1000: ((b.value - a.value) / (b.products - a.products)) * 1000 };
  });
}

/**
 * The catalogue size (products) at which `value` reaches `limit`: interpolated
 * between the two measured sizes around it, or extended from the last two
 * when it lies beyond them. Undefined with fewer than two sizes, or when the
 * value does not grow past the last size.
 */
export function sizeAtLimit(points: readonly CurvePoint[], limit: number): number | undefined {
  const sorted = [...points].sort((a, b) => a.products - b.products);
  if (sorted.length < 2) return undefined;
  if (sorted[0]!.value >= limit) return sorted[0]!.products;
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    const last = i === sorted.length - 1;
    if (b.value >= limit || last) {
      if (b.value <= a.value) return undefined;
      return Math.round(a.products + ((limit - a.value) * (b.products - a.products)) / (b.value - a.value));
    }
  }
  return undefined;
}

export interface Limit {
  /** What reaches it, e.g. "peak build memory". */
  what: string;
  /** Whose limit, e.g. "Cloudflare Pages free: 20,000 files". */
  limit: string;
  value: number;
  points: CurvePoint[];
}

/** Each limit with the catalogue size that reaches it, the first reached first (never-reached ones last). */
export function limitsInOrder(limits: readonly Limit[]): (Limit & { atProducts: number | undefined })[] {
  return limits
    .map((l) => ({ ...l, atProducts: sizeAtLimit(l.points, l.value) }))
    .sort((a, b) => (a.atProducts ?? Infinity) - (b.atProducts ?? Infinity));
}
