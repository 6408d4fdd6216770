/** What the content folder says should be on the site, read from the files directly. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentRoot } from '../../src/lib/content-paths';

const root = contentRoot();

export function frontMatter(file: string): Record<string, any> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  return (match ? parse(match[1]!) : {}) as Record<string, any>;
}

export interface ContentEntry {
  collection: string;
  slug: string;
  data: Record<string, any>;
  translation: Record<string, any> | undefined;
}

export function entries(collection: string): ContentEntry[] {
  const dir = path.join(root, collection);
  return readdirSync(dir)
    .filter((f) => /^[a-z0-9-]+\.mdx?$/.test(f))
    .map((file) => {
      const slug = file.replace(/\.mdx?$/, '');
      const idFile = ['md', 'mdx'].map((ext) => path.join(dir, `${slug}.id.${ext}`)).find(existsSync);
      return { collection, slug, data: frontMatter(path.join(dir, file)), translation: idFile ? frontMatter(idFile) : undefined };
    });
}

export function taxonomyIds(name: string): string[] {
  return (parse(readFileSync(path.join(root, 'taxonomies', `${name}.yaml`), 'utf8')) as { id: string }[]).map((i) => i.id);
}

export function buildDay(): Date {
  const fixed = process.env.ETALASE_TODAY;
  const now = fixed ? new Date(`${fixed}T00:00:00Z`) : new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
