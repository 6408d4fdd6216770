/**
 * Reads a content root the way Astro's loaders see it: same file patterns, same
 * front-matter split, same YAML reader (js-yaml, which Astro uses for front
 * matter and data files, and which is about ten times faster than `yaml` on a
 * large catalogue). The `yaml` package, which keeps source positions, is used
 * only for files with issues: to pin each issue to a line and explain syntax errors.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_SCHEMA, Type, load as loadYaml, types as yamlTypes } from 'js-yaml';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';
import { ImpossibleDate, impossibleDate } from '~/lib/dates';
import { parseEntryFileName } from '~/lib/content-paths';
import { entryCollections, taxonomyCollections, type EntryCollection, type TaxonomyCollection } from '~/schemas/registry';
import { hint, hints } from './hints';
import { clip } from './text';
import type { Issue } from './types';

export interface YamlSource {
  /** 1-based line in the file of the value at `path`, or of its nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** The value at `path` as written, e.g. `1905.90` where YAML read the number 1905.9. */
  sourceOf(path: readonly PropertyKey[]): string | undefined;
}

export interface EntryFile extends YamlSource {
  collection: EntryCollection;
  absPath: string;
  /** Display path (see `Issue.file`). */
  file: string;
  fileName: string;
  slug: string;
  /** Set for translation files (`<slug>.<locale>.md`). */
  locale?: string;
  /** The front matter; empty when it could not be read (an issue says why). */
  data: Record<string, unknown>;
  readable: boolean;
  /** The text after the front matter ('' when unreadable) and the file line it starts on. */
  body: string;
  bodyLine: number;
  format: 'md' | 'mdx';
}

export interface TaxonomyItem {
  index: number;
  id?: string;
  data: Record<string, unknown>;
}

export interface TaxonomyFile extends YamlSource {
  collection: TaxonomyCollection;
  absPath: string;
  file: string;
  /** Null when the file is missing or unreadable (an issue says why). */
  items: TaxonomyItem[] | null;
}

export interface LoadedContent {
  root: string;
  entries: EntryFile[];
  translations: EntryFile[];
  taxonomies: Record<TaxonomyCollection, TaxonomyFile>;
  /** Problems found while reading: YAML syntax, missing front matter, ignored files. */
  issues: Issue[];
}

/** Display path: relative to `cwd` when inside it, else absolute; always with forward slashes. */
export function displayPath(absPath: string, cwd: string): string {
  const relative = path.relative(cwd, absPath);
  const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absPath;
  return shown.split(path.sep).join('/');
}

export function loadContent(root: string, { cwd = process.cwd() }: { cwd?: string } = {}): LoadedContent {
  const issues: Issue[] = [];
  const entries: EntryFile[] = [];
  const translations: EntryFile[] = [];

  for (const collection of entryCollections) {
    const folder = path.join(root, collection);
    let dirents: fs.Dirent[] = [];
    try {
      dirents = fs.readdirSync(folder, { withFileTypes: true });
    } catch {
      continue; // An absent folder is an empty collection.
    }
    dirents.sort((a, b) => a.name.localeCompare(b.name));
    for (const dirent of dirents) {
      if (dirent.name.startsWith('.')) continue;
      const absPath = path.join(folder, dirent.name);
      const file = displayPath(absPath, cwd);
      if (dirent.isDirectory()) {
        const nested = entriesUnder(absPath);
        if (nested.length === 0) issues.push(ignoredFile(file, collection, true));
        for (const entry of nested) issues.push(nestedEntry(displayPath(entry, cwd), collection, path.basename(entry)));
        continue;
      }
      if (!dirent.isFile() || !/\.mdx?$/.test(dirent.name)) {
        issues.push(ignoredFile(file, collection, false));
        continue;
      }
      const entry = readEntry(collection, absPath, file, issues);
      (entry.locale ? translations : entries).push(entry);
    }
  }

  const taxonomies = Object.fromEntries(
    taxonomyCollections.map((collection) => [collection, readTaxonomy(collection, root, cwd, issues)]),
  ) as Record<TaxonomyCollection, TaxonomyFile>;

  return { root, entries, translations, taxonomies, issues };
}

// Same pattern as Astro's front-matter reader (@astrojs/internal-helpers/frontmatter).
const FRONT_MATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

function readEntry(collection: EntryCollection, absPath: string, file: string, issues: Issue[]): EntryFile {
  const { slug, locale } = parseEntryFileName(path.basename(absPath));
  const format = absPath.endsWith('.mdx') ? 'mdx' : 'md';
  const base = { collection, absPath, file, fileName: path.basename(absPath), slug, format, ...(locale ? { locale } : {}) } as const;
  const unreadable = { ...base, ...emptySource, data: {}, readable: false, body: '', bodyLine: 1 };

  let text: string;
  try {
    text = fs.readFileSync(absPath, 'utf8');
  } catch (error) {
    issues.push(fileIssue(file, '(file)', 'file-unreadable', `the file cannot be read: ${(error as Error).message}`));
    return unreadable;
  }
  const match = FRONT_MATTER.exec(text);
  const raw = match?.[1];
  if (!match || raw === undefined) {
    issues.push(
      fileIssue(file, '(front matter)', 'no-front-matter', 'no front matter found: expected the file to start with a line `---`, the fields, and a closing `---`', 1, hints.noFrontMatter()),
    );
    return unreadable;
  }
  const openerIndex = match.index + match[0].length - raw.length - 6;
  const firstLine = 1 + countNewlines(text, openerIndex);
  if (text.slice(openerIndex, openerIndex + 3) === '+++') {
    issues.push(fileIssue(file, '(front matter)', 'no-front-matter', 'front matter is written in TOML (`+++`): expected YAML between `---` lines', firstLine, hints.noFrontMatter()));
    return unreadable;
  }
  const parsed = parseYaml(raw, firstLine);
  if ('error' in parsed) {
    const { code = 'yaml-syntax', message, line, hint: fix } = parsed.error;
    issues.push(fileIssue(file, '(front matter)', code, code === 'yaml-syntax' ? `the front matter is not valid YAML: ${message}` : message, line, fix));
    return unreadable;
  }
  if (parsed.data !== null && (typeof parsed.data !== 'object' || Array.isArray(parsed.data))) {
    issues.push(fileIssue(file, '(front matter)', 'yaml-syntax', 'the front matter is not a list of fields: expected lines like `name: …`', firstLine + 1, hints.noFrontMatter()));
    return unreadable;
  }
  const bodyStart = match.index + match[0].length;
  const body = text.slice(bodyStart);
  return { ...base, ...parsed.source, data: (parsed.data ?? {}) as Record<string, unknown>, readable: true, body, bodyLine: 1 + countNewlines(text, bodyStart) };
}

function readTaxonomy(collection: TaxonomyCollection, root: string, cwd: string, issues: Issue[]): TaxonomyFile {
  const absPath = path.join(root, 'taxonomies', `${collection}.yaml`);
  const file = displayPath(absPath, cwd);
  const result: TaxonomyFile = { collection, absPath, file, items: null, ...emptySource };
  let text: string;
  try {
    text = fs.readFileSync(absPath, 'utf8');
  } catch {
    issues.push(
      fileIssue(file, '(file)', 'missing-taxonomy', `the ${collection} taxonomy file is missing: expected a YAML list of items with \`id\``, undefined, hint(
        `Create ${file} as a list: \`- id: some-id\` followed by its fields (label, description).`,
        `Buat ${file} berupa daftar: \`- id: nama-id\` diikuti isiannya (label, description).`,
      )),
    );
    return result;
  }
  const parsed = parseYaml(text, 1);
  if ('error' in parsed) {
    const { code = 'yaml-syntax', message, line, hint: fix } = parsed.error;
    issues.push(fileIssue(file, '(file)', code, code === 'yaml-syntax' ? `not valid YAML: ${message}` : message, line, fix));
    return result;
  }
  if (!Array.isArray(parsed.data)) {
    issues.push(
      fileIssue(file, '(file)', 'wrong-type', 'expected a YAML list of items, each starting with `- id: …`', 1, hint(
        'Write each item as `- id: some-id` with its fields indented below it.',
        'Tulis setiap butir sebagai `- id: nama-id` dengan isiannya menjorok di bawahnya.',
      )),
    );
    return result;
  }
  const items = parsed.data.map((item, index): TaxonomyItem => {
    const data = item && typeof item === 'object' && !Array.isArray(item) ? { ...(item as Record<string, unknown>) } : {};
    const id = typeof data.id === 'string' ? data.id : undefined;
    delete data.id;
    return { index, ...(id ? { id } : {}), data };
  });
  return { ...result, ...parsed.source, items };
}

/** Markdown files anywhere under `folder` (a subfolder of a collection, which Astro does not read). */
function entriesUnder(folder: string): string[] {
  let names: string[] = [];
  try {
    names = fs.readdirSync(folder, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names.filter((name) => /\.mdx?$/i.test(name) && !name.split(path.sep).some((part) => part.startsWith('.'))).sort().map((name) => path.join(folder, name));
}

/**
 * js-yaml's reading (the YAML Astro uses) with one change: a date that is not on
 * the calendar (`2028-31-12`, `2026-02-31`) becomes an `ImpossibleDate` instead
 * of being rolled over into another real day, so the checker can report it.
 */
const strictTimestamp = new Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: (data: string | null) => yamlTypes.timestamp.resolve(data),
  construct: (data: string) => (impossibleDate(data) ? new ImpossibleDate(data) : yamlTypes.timestamp.construct(data)),
  instanceOf: Date,
  represent: (date: object) => (date as Date).toISOString(),
});
const CHECKER_SCHEMA = DEFAULT_SCHEMA.extend({ implicit: [strictTimestamp] });

const emptySource: YamlSource = { lineOf: () => undefined, sourceOf: () => undefined };

interface YamlError {
  /** Set for YAML that is valid but refused (aliases); else a syntax error. */
  code?: 'yaml-alias';
  message: string;
  line: number | undefined;
  hint: ReturnType<typeof hint>;
}

function parseYaml(text: string, firstLine: number): { data: unknown; source: YamlSource } | { error: YamlError } {
  const alias = firstAlias(text, firstLine);
  if (alias) return { error: alias };
  let data: unknown;
  try {
    data = loadYaml(text, { schema: CHECKER_SCHEMA });
  } catch (error) {
    // The `yaml` package explains syntax errors better; js-yaml decides, as it does for Astro.
    const parsed = parseWithLines(text, firstLine);
    const first = parsed.doc.errors[0];
    if (first) return { error: { ...explainYamlError(first.code, first.message), line: parsed.toFileLine(first.pos[0]) } };
    const { reason, mark } = error as { reason?: string; mark?: { line: number } };
    return { error: { message: reason ?? (error as Error).message, line: mark ? firstLine + mark.line : undefined, hint: hints.yamlSyntax() } };
  }

  // Positions come from a second parse with `yaml`, only when an issue asks for a line.
  let located: ReturnType<typeof parseWithLines> | undefined;
  /** The deepest node along `path`, and the line of its key (for map entries) or start. */
  const locate = (target: readonly PropertyKey[]) => {
    located ??= parseWithLines(text, firstLine);
    const { doc, toFileLine } = located;
    let node: unknown = doc.contents;
    let line: number | undefined;
    let complete = true;
    for (const segment of target) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) {
          complete = false;
          break;
        }
        const at = ((pair.key as Node | null)?.range ?? (pair.value as Node | null)?.range)?.[0];
        if (at !== undefined) line = toFileLine(at);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        node = node.items[segment];
        const at = (node as Node).range?.[0];
        if (at !== undefined) line = toFileLine(at);
      } else {
        complete = false;
        break;
      }
    }
    return { node, line, complete };
  };

  return {
    data,
    source: {
      lineOf: (target) => locate(target).line,
      sourceOf: (target) => {
        const { node, complete } = locate(target);
        return complete && isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
      },
    },
  };
}

/**
 * Aliases (`*name`, repeating what an anchor `&name` marks) are refused: editors
 * never need them, a page of nested aliases expands into billions of values,
 * and an entry should say each fact where it is used. Only files with a `*` are
 * parsed a second time to look.
 */
function firstAlias(text: string, firstLine: number): YamlError | undefined {
  if (!text.includes('*')) return undefined;
  const { doc, toFileLine } = parseWithLines(text, firstLine);
  let found: { name: string; offset: number } | undefined;
  visit(doc, {
    Alias(_, node) {
      found = { name: node.source, offset: node.range?.[0] ?? 0 };
      return visit.BREAK;
    },
  });
  if (!found) return undefined;
  const name = clip(found.name, 40);
  return {
    code: 'yaml-alias',
    message: `\`*${name}\` repeats a value marked \`&${name}\` elsewhere (a YAML alias): aliases are not allowed in content files`,
    line: toFileLine(found.offset),
    hint: hint(
      `Write the value out in full instead of \`*${name}\`, and remove the mark \`&${name}\`. Each field holds its own value; nothing needs to be repeated by reference.`,
      `Tulis nilainya secara lengkap sebagai ganti \`*${name}\`, lalu hapus tanda \`&${name}\`. Setiap isian memuat nilainya sendiri; tidak ada yang perlu diulang lewat rujukan.`,
    ),
  };
}

/** The same YAML as js-yaml reads (1.2 core schema plus timestamps and merge keys), with positions. */
function parseWithLines(text: string, firstLine: number) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { customTags: ['timestamp'], merge: true, prettyErrors: false, lineCounter });
  return { doc, toFileLine: (offset: number) => firstLine - 1 + lineCounter.linePos(offset).line };
}

function explainYamlError(code: string, raw: string): Omit<YamlError, 'line'> {
  const detail = raw.replace(/\s+at line \d+, column \d+[\s\S]*$/, '');
  switch (code) {
    case 'DUPLICATE_KEY':
      return {
        message: `a field is written twice (${detail})`,
        hint: hint('Keep one of the two lines with this field name and delete the other.', 'Simpan salah satu dari dua baris dengan nama isian ini dan hapus yang lain.'),
      };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        message: `a value contains ": " or runs over several lines without quotes (${detail})`,
        hint: hint(
          'Wrap the whole value in double quotes, e.g. `summary: "Kemplang: crisp fish crackers"`; for long text use `summary: >-` and indent the text below.',
          'Apit seluruh nilai dengan tanda kutip ganda, mis. `summary: "Kemplang: kerupuk ikan renyah"`; untuk teks panjang pakai `summary: >-` dan tulis teksnya menjorok di bawahnya.',
        ),
      };
    case 'TAB_AS_INDENT':
      return {
        message: `a tab is used for indentation (${detail})`,
        hint: hint('Replace the tab with spaces (two per level).', 'Ganti tab dengan spasi (dua per tingkat).'),
      };
    default:
      return { message: detail, hint: hints.yamlSyntax() };
  }
}

function ignoredFile(file: string, collection: string, isDirectory: boolean): Issue {
  return {
    severity: 'warning',
    code: 'ignored-file',
    file,
    field: '(file name)',
    message: isDirectory
      ? `this folder is not read: entries must be .md or .mdx files directly in content/${collection}/`
      : `this file is not read: only .md and .mdx files (lowercase extension) in content/${collection}/ become entries`,
    hint: hint(
      isDirectory ? 'Move its entries up into the collection folder, or delete the folder.' : 'Rename it to end in .md if it is an entry; otherwise move it out of the content folder.',
      isDirectory ? 'Pindahkan entrinya ke folder koleksi, atau hapus folder ini.' : 'Ubah namanya agar berakhiran .md bila ini entri; bila bukan, pindahkan keluar dari folder konten.',
    ),
  };
}

function nestedEntry(file: string, collection: string, name: string): Issue {
  const moved = `content/${collection}/${name}`;
  return {
    severity: 'error',
    code: 'nested-entry',
    file,
    field: '(file name)',
    message: `this entry is in a subfolder, so it is not published: entries must be directly in content/${collection}/`,
    hint: hint(
      `Move it to ${moved} (rename it if that name is taken), then delete the empty subfolder.`,
      `Pindahkan ke ${moved} (ganti namanya bila nama itu sudah dipakai), lalu hapus subfolder yang kosong.`,
    ),
  };
}

function fileIssue(file: string, field: string, code: Issue['code'], message: string, line?: number, fix = hints.yamlSyntax()): Issue {
  return { severity: 'error', code, file, ...(line ? { line } : {}), field, message, hint: fix };
}

function countNewlines(text: string, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** `{ line }` of the value at `field` in a file, for spreading into an issue; `{}` when unknown. */
export function lineAt(source: YamlSource, field: readonly PropertyKey[]): { line?: number } {
  const line = source.lineOf(field);
  return line ? { line } : {};
}
