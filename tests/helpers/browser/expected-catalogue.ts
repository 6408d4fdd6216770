/**
 * Expected answers for browser tests, read straight from the content files
 * (not from the site's own code), so a search result is checked against the
 * catalogue itself.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentRoot } from '~/lib/content-paths';

export interface ExpectedProduct {
  slug: string;
  name: string;
  nameId: string;
  hasIndonesian: boolean;
  category: string;
  region: string;
  halal: boolean;
  /** Monthly capacity in kg (masses converted), or undefined when not stated. */
  capacityKg: number | undefined;
}

type FrontMatter = Record<string, any>;

function frontMatter(file: string): FrontMatter {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  return (match ? parse(match[1]!) : {}) as FrontMatter;
}

function baseFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => /^[a-z0-9-]+\.mdx?$/.test(f));
}

const toKg: Record<string, number> = { g: 0.001, kg: 1, ton: 1000 };

export function today(): Date {
  const fixed = process.env.ETALASE_TODAY;
  const now = fixed ? new Date(`${fixed}T00:00:00Z`) : new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export function readCatalogue(root = contentRoot()): ExpectedProduct[] {
  const day = today().getTime();
  const producers = new Map(baseFiles(path.join(root, 'producers')).map((f) => [f.replace(/\.mdx?$/, ''), frontMatter(path.join(root, 'producers', f))]));
  return baseFiles(path.join(root, 'products')).map((file) => {
    const slug = file.replace(/\.mdx?$/, '');
    const data = frontMatter(path.join(root, 'products', file));
    const producer = producers.get(data.producer) ?? {};
    const idFile = path.join(root, 'products', `${slug}.id.md`);
    const translation = existsSync(idFile) ? frontMatter(idFile) : undefined;
    const halal = (producer.certificates ?? []).some(
      (c: FrontMatter) =>
        c.kind === 'halal' &&
        new Date(c.validFrom).getTime() <= day &&
        (!c.validUntil || new Date(c.validUntil).getTime() >= day) &&
        (!c.products || c.products.includes(slug)),
    );
    const capacity = data.monthlyCapacity ?? producer.monthlyCapacity;
    return {
      slug,
      name: data.name,
      nameId: translation?.name ?? data.name,
      hasIndonesian: Boolean(translation),
      category: data.category,
      region: producer.region,
      halal,
      capacityKg: capacity ? capacity.quantity * (toKg[capacity.unit] ?? 1) : undefined,
    };
  });
}
