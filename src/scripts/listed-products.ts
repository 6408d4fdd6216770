/**
 * Loads the facts of picked products for the inquiry list and compare view
 * from the facts files at `base` (the list page's address in the page's
 * language; src/lib/listed-product.ts): only the files the picks fall in, each
 * once, in parallel. `files` is how many there are (the page says).
 */
import type { ListedProduct } from '~/lib/inquiry-list';
import { factsFileName, factsFileOf } from '~/lib/listed-product';

export async function loadListed(base: string, files: number, slugs: readonly string[]): Promise<{ products: ListedProduct[]; failed: string[] }> {
  const needed = [...new Set(slugs.map((slug) => factsFileOf(slug, files)))];
  const loaded = await Promise.all(
    needed.map(async (file) => {
      try {
        const response = await fetch(`${base}${factsFileName(file)}`);
        return response.ok ? ((await response.json()) as Record<string, ListedProduct>) : {};
      } catch {
        return {};
      }
    }),
  );
  const found = new Map(loaded.flatMap((file) => Object.entries(file)));
  return {
    products: slugs.flatMap((slug) => (found.has(slug) ? [found.get(slug)!] : [])),
    failed: slugs.filter((slug) => !found.has(slug)),
  };
}

/** A small element factory: `el('a', { href }, 'text')`. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> & Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}
