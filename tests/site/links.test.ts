/**
 * No broken internal links (docs/architecture.md, "Product rules the code follows", budgets: zero). Every address a page
 * refers to on the site's own origin must be a file of the build, and every
 * `#fragment` an id on the page it points at. Other origins (wa.me, marketplaces,
 * mailto:, tel:) are not this test's business.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { allPages, attr, fileFor, listed, pageAt, requireDist, siteOrigin, srcsetUrls, type Page } from '../helpers/built-site';

beforeAll(requireDist);

/** Every address a page refers to, as written. */
function references(page: Page): string[] {
  const { dom } = page;
  const all = (selector: string, name: string) => dom.querySelectorAll(selector).map((el) => el.getAttribute(name) ?? '');
  return [
    ...all('a[href], area[href], link[href]', 'href'),
    ...all('img[src], script[src], source[src], iframe[src], video[src], audio[src], track[src], embed[src], input[src]', 'src'),
    ...all('video[poster]', 'poster'),
    ...all('object[data]', 'data'),
    ...all('form[action]', 'action'),
    ...dom.querySelectorAll('img[srcset], source[srcset]').flatMap((el) => srcsetUrls(el.getAttribute('srcset') ?? '')),
    ...all('meta[property="og:image"], meta[name="twitter:image"]', 'content'),
  ];
}

/** Ids on a page, cached: fragment checks look the same page up many times. */
const idCache = new Map<string, Set<string>>();
function idsOf(page: Page): Set<string> {
  if (!idCache.has(page.path)) {
    idCache.set(page.path, new Set([...page.dom.querySelectorAll('[id]').map((el) => el.id), ...page.dom.querySelectorAll('a[name]').map((a) => attr(a, 'name') ?? '')]));
  }
  return idCache.get(page.path)!;
}

describe('internal links', () => {
  it('resolve to files of the build, and fragments to ids on the target page', () => {
    const broken = new Set<string>();
    let checked = 0;
    for (const page of allPages()) {
      const pageUrl = new URL(page.path, siteOrigin);
      for (const ref of references(page)) {
        const trimmed = ref.trim();
        if (trimmed === '') {
          broken.add(`${page.path} → (empty address)`);
          continue;
        }
        let url: URL;
        try {
          url = new URL(trimmed, pageUrl);
        } catch {
          broken.add(`${page.path} → ${ref} (not a URL)`);
          continue;
        }
        if (url.origin !== siteOrigin || !/^https?:$/.test(url.protocol)) continue;
        checked += 1;
        const file = fileFor(url.pathname);
        if (!file) {
          broken.add(`${page.path} → ${ref}${ref === url.pathname ? '' : ` (${url.pathname})`}`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (!fragment || fragment === 'top') continue;
        const target = url.pathname === page.path ? page : pageAt(url.pathname);
        if (target && !idsOf(target).has(fragment)) broken.add(`${page.path} → ${ref} (no id "${fragment}" on ${target.path})`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect([...broken], listed([...broken], 'broken internal links (page → target)')).toEqual([]);
  });
});
