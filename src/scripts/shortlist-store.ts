/**
 * The shortlist in the browser's localStorage (src/lib/shortlist.ts): one list
 * for every view of it (the retail tables, the inquiry list and compare view,
 * the "Add to inquiry list" buttons). Storage can be blocked (privacy modes):
 * the list then lives for the page only.
 */
import { parseShortlist, SHORTLIST_KEY, type ShortlistEntry } from '~/lib/shortlist';

export function readStoredShortlist(): ShortlistEntry[] {
  try {
    return parseShortlist(localStorage.getItem(SHORTLIST_KEY));
  } catch {
    return [];
  }
}

export function storeShortlist(list: readonly ShortlistEntry[]): void {
  try {
    localStorage.setItem(SHORTLIST_KEY, JSON.stringify(list));
  } catch {
    /* see readStoredShortlist */
  }
}

/** Calls `changed` with the new list when another tab changes it. */
export function onOtherTabChange(changed: (list: ShortlistEntry[]) => void): void {
  window.addEventListener('storage', (event) => {
    if (event.key === SHORTLIST_KEY) changed(parseShortlist(event.newValue));
  });
}
