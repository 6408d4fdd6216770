/**
 * Loads the facts of picked products for the inquiry list and compare view
 * from the facts files where the page says they are (src/lib/facts-files.ts):
 * only the files the picks fall in, each once, in parallel.
 */
import { factsFileName, factsFileOf, type FactsLocation } from '~/lib/facts-files';
import type { ListedProduct } from '~/lib/inquiry-list';

export async function loadListed({ factsBase, factsFiles }: FactsLocation, slugs: readonly string[]): Promise<{ products: ListedProduct[]; failed: string[] }> {
  const needed = [...new Set(slugs.map((slug) => factsFileOf(slug, factsFiles)))];
  const loaded = await Promise.all(
    needed.map(async (file) => {
      try {
        const response = await fetch(`${factsBase}${factsFileName(file)}`);
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
