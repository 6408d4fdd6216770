/**
 * The partner downloads in dist/ (npm test builds the site first): products.csv
 * read with a real CSV parser (Python's csv module), catalogue.json and the
 * event calendar files, all compared with the content files; data/index.json
 * and the parts it lists (per collection, and per region for producers and
 * products), which together hold exactly what the whole files hold.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { downloadLinks, PART_SIZE, type DataIndex } from '~/lib/data-files';
import { basePath, distDir as dist, fileFor, requireDist, sitePathOf as sitePath } from '../helpers/built-site';
import { collapse, entries, entryCollections, taxonomy, type TaxonomyName } from '../helpers/catalogue';

beforeAll(requireDist);

const EVENT_KINDS = ['exhibition', 'training', 'programme'];
const dayString = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

function readCsv(file: string): Record<string, string>[] {
  const script = [
    'import csv, json, sys',
    "with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:",
    '    print(json.dumps(list(csv.DictReader(f))))',
  ].join('\n');
  const result = spawnSync('python3', ['-c', script, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`python3 csv failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Record<string, string>[];
}

describe('products.csv', () => {
  const file = path.join(dist, 'data', 'products.csv');

  it('starts with a UTF-8 byte order mark and uses CRLF row ends', () => {
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toMatch(/^\uFEFFproduct_slug,product_name_en,product_name_id,/);
    expect(bytes.toString('utf8').split('\r\n')[0]).not.toContain('\n');
  });

  it('has one row per pack of every product, matching the front matter', () => {
    const rows = readCsv(file);
    const products = entries('products');
    expect(rows.length).toBe(products.reduce((n, p) => n + p.data.packs.length, 0));
    for (const product of products) {
      const mine = rows.filter((r) => r.product_slug === product.slug);
      expect(mine, product.slug).toHaveLength(product.data.packs.length);
      product.data.packs.forEach((pack: Record<string, any>, i: number) => {
        const r = mine[i]!;
        expect(r.product_name_en).toBe(product.data.name);
        expect(r.product_name_id).toBe(product.translations.id?.name ?? product.data.name);
        expect(r.producer).toBe(product.data.producer);
        expect(r.category).toBe(product.data.category);
        expect(r.hs_code).toBe(product.data.hsCode ?? '');
        expect(r.barcode).toBe(pack.barcode ?? '');
        expect(Number(r.net_weight)).toBe(pack.netWeight.value);
        expect(r.net_weight_unit).toBe(pack.netWeight.unit);
        expect(r.packaging).toBe(pack.packaging);
        expect(r.last_verified).toBe(dayString(product.data.verification.date));
        expect(['yes', 'no']).toContain(r.export_ready);
        expect(['yes', 'no']).toContain(r.retail_ready);
        expect(['yes', 'no']).toContain(r.halal_valid);
        expect(fileFor(sitePath(r.url_en!)!), r.url_en).toBeDefined();
        expect(fileFor(sitePath(r.url_id!)!), r.url_id).toBeDefined();
      });
    }
  });
});

describe('catalogue.json', () => {
  const catalogue = () => JSON.parse(readFileSync(path.join(dist, 'data', 'catalogue.json'), 'utf8'));

  it('has the schema version, locales and one entry per content file', () => {
    const data = catalogue();
    expect(data.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(data.schemaVersion.split('.')[0]).toBe('2');
    expect(data.generatedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.locales).toEqual(['en', 'id']);
    for (const collection of entryCollections) {
      const slugs = entries(collection).map((e) => e.slug).sort();
      expect(data[collection].map((e: { slug: string }) => e.slug).sort(), collection).toEqual(slugs);
    }
    for (const name of ['categories', 'certificates', 'allergens', 'markets'] as TaxonomyName[]) {
      expect(data.taxonomies[name].map((e: { slug: string }) => e.slug).sort(), name).toEqual(taxonomy(name).map((t) => t.id).sort());
    }
  });

  it('gives every entry prose per locale and URLs that exist in the built site', () => {
    const data = catalogue();
    for (const collection of entryCollections) {
      const bySlug = new Map(entries(collection).map((e) => [e.slug, e]));
      for (const entry of data[collection]) {
        const source = bySlug.get(entry.slug)!;
        for (const locale of ['en', 'id']) expect(fileFor(sitePath(entry.urls[locale])!), entry.urls[locale]).toBeDefined();
        expect(collapse(entry.text.en.summary)).toBe(collapse(String(source.data.summary)));
        const translation = source.translations.id;
        if (translation) expect(collapse(entry.text.id.summary)).toBe(collapse(String(translation.summary)));
        else expect(entry.text.id).toBeNull();
      }
    }
  });

  it('gives every product both readiness checklists, references as slugs and dates as days', () => {
    const data = catalogue();
    const bySlug = new Map(entries('products').map((e) => [e.slug, e]));
    for (const product of data.products) {
      const source = bySlug.get(product.slug)!;
      expect(product.producer).toBe(source.data.producer);
      expect(product.verification.date).toBe(dayString(source.data.verification.date));
      expect(product.hsCode).toBe(source.data.hsCode);
      expect(product.packs.map((p: { barcode?: string }) => p.barcode)).toEqual(source.data.packs.map((p: { barcode?: string }) => p.barcode));
      for (const kind of ['export', 'retail']) {
        const list = product.readiness[kind];
        expect(typeof list.ready, `${product.slug} ${kind}`).toBe('boolean');
        expect(list.items.length).toBeGreaterThan(0);
        expect(list.met).toBe(list.items.filter((i: { status: string }) => i.status === 'met').length);
        expect(list.ready).toBe(list.met === list.applicable);
      }
      expect(fileFor(sitePath(product.image)!), product.image).toBeDefined();
    }
  });
});

describe('data/index.json and the parts', () => {
  const json = (rel: string) => JSON.parse(readFileSync(path.join(dist, rel), 'utf8'));
  const index = () => json('data/index.json') as DataIndex;
  const relOf = (url: string) => sitePath(url)!.slice(basePath.length);
  const partsOf = (collection: string, format = 'json') => index().files.filter((f) => f.collection === collection && f.format === format);

  it('lists every data file with a URL that exists, its size in bytes and its count', () => {
    const data = index();
    expect(data.schemaVersion).toBe(json('data/catalogue.json').schemaVersion);
    expect(data.locales).toEqual(['en', 'id']);
    for (const collection of entryCollections) expect(data.counts[collection], collection).toBe(entries(collection).length);
    const files = [data.whole.json!, data.whole.csv, ...data.files];
    expect(data.whole.json, 'the seed catalogue is small enough for one catalogue.json').not.toBeNull();
    for (const file of files) {
      const rel = relOf(file.url);
      expect(existsSync(path.join(dist, rel)), file.url).toBe(true);
      expect(file.bytes, file.url).toBe(statSync(path.join(dist, rel)).size);
      if (file.format === 'json' && file.collection !== 'catalogue') {
        const part = json(rel);
        const items = file.collection === 'taxonomies' ? Object.values(part.taxonomies).flat() : part.items;
        expect(items.length, file.url).toBe(file.count);
      }
    }
    // No data file is left out of the index.
    const listed = new Set(files.map((f) => relOf(f.url)));
    const built = readdirSync(path.join(dist, 'data'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name !== 'index.json')
      .map((e) => path.relative(dist, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
    expect(built.sort()).toEqual([...listed].sort());
  });

  it('splits producers and products per region into parts that add up to catalogue.json', () => {
    const whole = json('data/catalogue.json');
    for (const collection of ['producers', 'products'] as const) {
      const items = [];
      for (const file of partsOf(collection)) {
        const part = json(relOf(file.url));
        expect([part.collection, part.region, part.part, part.parts]).toEqual([collection, file.region, file.part, file.parts]);
        expect(part.items.length).toBeLessThanOrEqual(PART_SIZE);
        const regionOf = (item: { slug: string; region?: string; producer?: string }) =>
          collection === 'producers' ? item.region : whole.producers.find((p: { slug: string }) => p.slug === item.producer).region;
        for (const item of part.items) expect(regionOf(item), item.slug).toBe(part.region);
        items.push(...part.items);
      }
      expect(items.sort(bySlug), collection).toEqual([...whole[collection]].sort(bySlug));
    }
    for (const collection of ['regions', 'clusters', 'associations', 'news']) {
      expect(json(`data/${collection}.json`).items, collection).toEqual(whole[collection]);
    }
    expect(json('data/taxonomies.json').taxonomies).toEqual(whole.taxonomies);
  });

  it('splits products.csv per region: the same header, and together the same rows', () => {
    const wholeRows = readCsv(path.join(dist, 'data', 'products.csv'));
    const regionRows = partsOf('products', 'csv').flatMap((file) => {
      const text = readFileSync(path.join(dist, relOf(file.url)), 'utf8');
      expect(text.split('\r\n')[0]).toBe(readFileSync(path.join(dist, 'data', 'products.csv'), 'utf8').split('\r\n')[0]);
      const rows = readCsv(path.join(dist, relOf(file.url)));
      expect(rows.length, file.url).toBe(file.count);
      for (const row of rows) expect(row.region).toBe(file.region);
      return rows;
    });
    const key = (r: Record<string, string>) => JSON.stringify(r);
    expect(regionRows.map(key).sort()).toEqual(wholeRows.map(key).sort());
  });

  it('are linked from the buyers\' and retailers\' pages in both languages', () => {
    const links = downloadLinks(entries('products').length).map((d) => `href="${basePath}${d.path}"`);
    expect(links).toHaveLength(3);
    for (const page of ['for-buyers', 'id/for-buyers', 'for-retailers', 'id/for-retailers']) {
      const html = readFileSync(path.join(dist, page, 'index.html'), 'utf8');
      for (const link of links) expect(html, `${page} ${link}`).toContain(link);
    }
  });
});

const bySlug = (a: { slug: string }, b: { slug: string }) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

describe('event calendar files', () => {
  const events = () => entries('news').filter((n) => EVENT_KINDS.includes(n.data.kind));

  it('exist for every exhibition, training and programme in both locales', () => {
    expect(events().length).toBeGreaterThan(0);
    for (const event of events()) {
      const day = dayString(event.data.date).replace(/-/g, '');
      for (const prefix of ['', 'id/']) {
        const file = path.join(dist, `${prefix}news`, event.slug, 'event.ics');
        expect(existsSync(file), file).toBe(true);
        const text = readFileSync(file, 'utf8');
        expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
        expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        expect(text).toContain(`\r\nDTSTART;VALUE=DATE:${day}\r\n`);
        expect(text).toContain(`\r\nUID:${event.slug}@etalase\r\n`);
      }
    }
  });

  it('are linked from the event pages, and news items have none', () => {
    for (const item of entries('news')) {
      const html = readFileSync(path.join(dist, 'news', item.slug, 'index.html'), 'utf8');
      const linked = html.includes(`/news/${item.slug}/event.ics"`);
      expect(linked, item.slug).toBe(EVENT_KINDS.includes(item.data.kind));
      if (!EVENT_KINDS.includes(item.data.kind)) expect(existsSync(path.join(dist, 'news', item.slug, 'event.ics'))).toBe(false);
    }
  });
});
