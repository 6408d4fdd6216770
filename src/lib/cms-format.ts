/**
 * The file format the CMS reads and writes (`etalase-frontmatter`, registered
 * by src/scripts/cms-admin.ts): front matter and Markdown text, as the site
 * reads them. Sveltia keeps an entry as a map of dotted key paths, which
 * splits the keys of `imageAlts` (`{ kemplang.jpg: … }` would come back as
 * `{ kemplang: { jpg: … } }`): the formatter joins them again, since alt texts
 * are never nested.
 */
import { parse, stringify } from 'yaml';

export const FORMAT = 'etalase-frontmatter';
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

type Data = Record<string, unknown>;

export function fromFile(text: string): Data {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { body: text };
  const data = (parse(match[1] ?? '') ?? {}) as Data;
  return { ...data, body: (match[2] ?? '').replace(/^\n/, '') };
}

/** `{ kemplang: { jpg: 'x' } }` → `{ 'kemplang.jpg': 'x' }`. */
export function joinFileNames(value: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, inner] of Object.entries((value ?? {}) as Data)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (inner && typeof inner === 'object') Object.assign(out, joinFileNames(inner, name));
    else if (typeof inner === 'string' && inner.trim()) out[name] = inner;
  }
  return out;
}

export function toFile(content: Data): string {
  const { body, ...data } = content;
  if ('imageAlts' in data) {
    const alts = joinFileNames(data.imageAlts);
    if (Object.keys(alts).length) data.imageAlts = alts;
    else delete data.imageAlts;
  }
  const text = typeof body === 'string' ? body.trim() : '';
  return `---\n${stringify(data, { lineWidth: 0 })}---\n${text ? `${text}\n` : ''}`;
}
