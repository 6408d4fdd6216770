/**
 * Loads the facts of picked products for the inquiry list and compare view:
 * one small JSON file per product (src/lib/listed-product.ts) from `base`
 * (the list page's address in the page's language), fetched in parallel.
 */
import type { ListedProduct } from '../lib/inquiry-list';

export async function loadListed(base: string, slugs: readonly string[]): Promise<{ products: ListedProduct[]; failed: string[] }> {
  const results = await Promise.all(
    slugs.map(async (slug) => {
      try {
        const response = await fetch(`${base}${slug}.json`);
        return response.ok ? ((await response.json()) as ListedProduct) : slug;
      } catch {
        return slug;
      }
    }),
  );
  return {
    products: results.filter((r): r is ListedProduct => typeof r !== 'string'),
    failed: results.filter((r): r is string => typeof r === 'string'),
  };
}

/** A small element factory: `el('a', { href }, 'text')`. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> & Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}
