/**
 * Reading a paginated list the way a visitor does: from its first page, follow
 * "next" until there is none, collecting what each page lists.
 */
import type { HTMLElement } from 'node-html-parser';

/** Links of the cards (product or producer) on a list page. */
export const CARD_LINKS = 'main .card__title a';

export interface WalkedList {
  /** Site paths of the pages, in the order "next" reached them. */
  pages: string[];
  /** What the pages list (hrefs of `itemSelector`), in order. */
  items: string[];
}

export function walkList(first: string, load: (sitePath: string) => HTMLElement | undefined, itemSelector = CARD_LINKS): WalkedList {
  const walked: WalkedList = { pages: [], items: [] };
  for (let at: string | undefined = first; at; ) {
    if (walked.pages.includes(at)) throw new Error(`"next" leads back to ${at} after ${walked.pages.join(' → ')}`);
    const dom = load(at);
    if (!dom) throw new Error(`no page at ${at}${walked.pages.length ? ` (the "next" link of ${walked.pages.at(-1)})` : ''}`);
    walked.pages.push(at);
    walked.items.push(...dom.querySelectorAll(itemSelector).map((a) => a.getAttribute('href') ?? ''));
    at = dom.querySelector('nav.pagination a[rel="next"]')?.getAttribute('href') ?? undefined;
  }
  return walked;
}

/** Items listed more than once. */
export function repeated(items: readonly string[]): string[] {
  return [...new Set(items.filter((item, i) => items.indexOf(item) !== i))];
}
