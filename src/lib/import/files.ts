/**
 * What an entry patch does to the files of one entry: create them, leave them
 * unchanged, or change the named fields. Existing files are edited in place
 * with the `yaml` document API, so fields the sheet does not mention, their
 * order, comments and flow style stay as the editor wrote them; an empty cell
 * never removes anything. A value equal to what the file already means (the
 * field's default, or a product's capacity inherited from its producer) is
 * not written, so importing the site's own products.csv changes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Document, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { formatPath } from '~/lib/content-check/text';
import type { FieldInfo } from '~/lib/schema-fields';
import { BODY_FIELD as BODY, type Cell, type EntryPatch, type FieldValue, type FilePatch, type RowItem } from './rows';

export type FileAction = 'create' | 'update' | 'unchanged' | 'conflict';

export interface PlannedFile {
  absPath: string;
  action: FileAction;
  /** The file's text after the import (the current text when unchanged or in conflict). */
  text: string;
  /** Fields (dotted paths, `(text)` for the body) the import sets to a new value. */
  changed: string[];
  /** The cell each written field came from, by dotted path. */
  sources: Map<string, Cell>;
  /** Where problems of the file as a whole are shown. */
  cell: Cell;
  /** The column of each field on the entry's first row, for a field the sheet left empty. */
  columns: Map<string, Cell>;
}

export interface PlanOptions {
  root: string;
  locale: string;
  /** Overwrite fields of existing entries (`--update`). */
  update: boolean;
  fields: readonly FieldInfo[];
  translationFields: readonly FieldInfo[];
  /** Values the entry shows when it does not state them itself, e.g. a product's capacity from its producer. */
  inherited?: (field: string) => unknown;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

export function splitFrontMatter(text: string): { yaml: string; body: string } {
  const match = FRONT_MATTER.exec(text);
  return match ? { yaml: match[1] ?? '', body: match[2] ?? '' } : { yaml: '', body: text };
}

/** Flow lists as editors write them (`[fish]`), and text left wrapped where the editor wrapped it. */
const YAML_OUTPUT = { flowCollectionPadding: false, lineWidth: 0 } as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The default a field takes when the file leaves it out, through nested objects' defaults. */
export function defaultAt(fields: readonly FieldInfo[], fieldPath: readonly (string | number)[]): unknown {
  const [head, ...rest] = fieldPath;
  const field = fields.find((f) => f.name === head);
  if (!field) return undefined;
  if (rest.length === 0) return field.defaultValue;
  if (field.defaultValue !== undefined && typeof field.defaultValue === 'object') {
    let value: unknown = field.defaultValue;
    for (const key of rest) value = (value as Record<string | number, unknown> | undefined)?.[key];
    if (value !== undefined) return value;
  }
  return field.fields ? defaultAt(field.fields, rest.filter((k) => typeof k === 'string')) : undefined;
}

/** Position of a path in the schema's field order, for writing new files in a familiar order. */
function orderOf(fields: readonly FieldInfo[], fieldPath: readonly (string | number)[]): number[] {
  const [head, ...rest] = fieldPath;
  const index = fields.findIndex((f) => f.name === head);
  const field = fields[index];
  return [index, ...(field?.fields && rest.length ? orderOf(field.fields, rest.filter((k) => typeof k === 'string')) : [])];
}

function compareOrder(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? -1) !== (b[i] ?? -1)) return (a[i] ?? -1) - (b[i] ?? -1);
  return 0;
}

/** The base file and, when the sheet gives any Indonesian text or it exists, the translation. */
export function planEntry(patch: EntryPatch, options: PlanOptions): PlannedFile[] {
  const folder = path.join(options.root, patch.collection);
  const basePath = existingPath(folder, patch.slug, '') ?? path.join(folder, `${patch.slug}.md`);
  const base = planFile(basePath, patch.base, patch.rowItems, patch.cell, options.fields, options);
  const translationPath = existingPath(folder, patch.slug, `.${options.locale}`) ?? path.join(folder, `${patch.slug}.${options.locale}.md`);
  const translationPatch = withoutUntranslatedName(patch, base.text);
  const wantsTranslation = translationPatch.values.length > 0 || translationPatch.body !== undefined;
  if (!wantsTranslation) return [base];
  return [base, planFile(translationPath, translationPatch, [], patch.cell, options.translationFields, options)];
}

function existingPath(folder: string, slug: string, suffix: string): string | undefined {
  return ['.md', '.mdx'].map((ext) => path.join(folder, `${slug}${suffix}${ext}`)).find((p) => fs.existsSync(p));
}

/** A translated name equal to the English one adds nothing: the page falls back to the base name. */
function withoutUntranslatedName(patch: EntryPatch, baseText: string): FilePatch {
  const baseName = parseDocument(splitFrontMatter(baseText).yaml).get('name');
  return { ...patch.translation, values: patch.translation.values.filter((v) => !(v.path.length === 1 && v.path[0] === 'name' && v.value === baseName)) };
}

function planFile(absPath: string, patch: FilePatch, rowItems: EntryPatch['rowItems'], cell: Cell, fields: readonly FieldInfo[], options: PlanOptions): PlannedFile {
  const exists = fs.existsSync(absPath);
  const current = exists ? fs.readFileSync(absPath, 'utf8') : '';
  const { yaml, body } = splitFrontMatter(current);
  const doc = exists ? parseDocument(yaml) : new Document({});
  const sources = new Map<string, Cell>();
  const changed: string[] = [];
  // A changed value is written over the old one in the text, so the rest of the file keeps its layout;
  // only a new field or list item makes the whole front matter be written out again.
  const splices: { from: number; to: number; text: string }[] = [];
  let restructured = !exists;
  const stated = (p: readonly (string | number)[]) => doc.getIn(p) !== undefined;
  const meansAlready = (p: readonly (string | number)[], value: unknown) => {
    const now = doc.getIn(p, false);
    const plain = now !== undefined && typeof now === 'object' && now !== null && 'toJSON' in now ? (now as { toJSON(): unknown }).toJSON() : now;
    if (plain !== undefined) return same(plain, value);
    return same(defaultAt(fields, p), value) || (options.inherited !== undefined && same(options.inherited(formatPath(p)), value));
  };

  const set = (p: readonly (string | number)[], value: unknown, from: Cell) => {
    sources.set(formatPath(p), from);
    if (meansAlready(p, value)) return;
    changed.push(formatPath(p));
    const node = doc.getIn(p, true);
    if (isScalar(node) && node.range && (typeof value !== 'object' || value === null)) splices.push({ from: node.range[0], to: node.range[1], text: scalarText(value) });
    else restructured = true;
    doc.setIn(p, doc.createNode(value));
  };

  const values = exists ? patch.values : [...patch.values].sort((a, b) => compareOrder(orderOf(fields, a.path), orderOf(fields, b.path)));
  for (const { path: p, value, cell: from } of withoutInherited(values, options, stated)) set(p, value, from);
  for (const list of rowItems) if (applyRowItems(list, doc, set, sources, changed)) restructured = true;

  if (!exists && isMap(doc.contents)) {
    const rank = (key: unknown) => fields.findIndex((f) => f.name === String(isScalar(key) ? key.value : key));
    doc.contents.items.sort((a, b) => rank(a.key) - rank(b.key));
  }
  let text = current;
  let newBody = body;
  if (patch.body) {
    sources.set(BODY, patch.body.cell);
    if (patch.body.text !== body.trim()) {
      changed.push(BODY);
      newBody = `${patch.body.text}\n`;
    }
  }
  if (!exists || changed.length) {
    const front = restructured ? doc.toString(YAML_OUTPUT) : `${splice(yaml, splices)}\n`;
    text = `---\n${front}---\n${newBody}`;
  }
  const action: FileAction = !exists ? 'create' : changed.length === 0 ? 'unchanged' : options.update ? 'update' : 'conflict';
  return { absPath, action, text: action === 'conflict' ? current : text, changed, sources, cell, columns: patch.columns ?? new Map() };
}

function splice(text: string, splices: readonly { from: number; to: number; text: string }[]): string {
  return [...splices].sort((a, b) => b.from - a.from).reduce((out, s) => out.slice(0, s.from) + s.text + out.slice(s.to), text);
}

/** A value as one line of YAML that reads back as the same value, also inside `{ … }`. */
function scalarText(value: unknown): string {
  if (typeof value !== 'string') return String(value);
  const plain = new Document(value).toString(YAML_OUTPUT).trimEnd();
  return plain.includes('\n') || /[,{}[\]]/.test(plain) ? JSON.stringify(value) : plain;
}

/**
 * An object-valued fact (a capacity: quantity and unit) equal as a whole to the
 * one the entry inherits is not written when the entry does not state its own.
 */
function withoutInherited(values: readonly FieldValue[], options: PlanOptions, stated: (p: readonly (string | number)[]) => boolean): FieldValue[] {
  if (!options.inherited) return [...values];
  const groups = new Map<string, FieldValue[]>();
  for (const v of values) if (v.path.length === 2) groups.set(String(v.path[0]), [...(groups.get(String(v.path[0])) ?? []), v]);
  const dropped = new Set<FieldValue>();
  for (const [field, group] of groups) {
    const inherited = options.inherited(field);
    if (inherited === undefined || stated([field])) continue;
    const written = Object.fromEntries(group.map((v) => [v.path[1], v.value]));
    if (same(Object.fromEntries(Object.keys(inherited as object).sort().map((k) => [k, (inherited as Record<string, unknown>)[k]])), Object.fromEntries(Object.keys(written).sort().map((k) => [k, written[k]])))) {
      group.forEach((v) => dropped.add(v));
    }
  }
  return values.filter((v) => !dropped.has(v));
}

function applyRowItems(
  list: EntryPatch['rowItems'][number],
  doc: Document,
  set: (p: readonly (string | number)[], value: unknown, from: Cell) => void,
  sources: Map<string, Cell>,
  changed: string[],
): boolean {
  let appended = false;
  const existing = doc.getIn([list.field]);
  const items = (isSeq(existing) ? existing.toJSON() : []) as Record<string, unknown>[];
  list.items.forEach((item: RowItem, position) => {
    const index = list.match === 'position' ? position : items.findIndex((e) => (list.match as readonly string[]).every((key) => same(e[key], valueOf(item, key))));
    if (index >= 0 && index < items.length) {
      sources.set(formatPath([list.field, index]), item.cell);
      for (const v of item.values) set([list.field, index, ...v.path], v.value, v.cell);
      return;
    }
    const at = items.length;
    items.push({});
    const value: Record<string, unknown> = {};
    for (const v of item.values) {
      setPlain(value, v.path, v.value);
      sources.set(formatPath([list.field, at, ...v.path]), v.cell);
    }
    sources.set(formatPath([list.field, at]), item.cell);
    changed.push(formatPath([list.field, at]));
    appended = true;
    const seq = doc.getIn([list.field]);
    if (isSeq(seq)) seq.items.push(doc.createNode(value));
    else doc.setIn([list.field], doc.createNode([value]));
  });
  return appended;
}

const valueOf = (item: RowItem, key: string) => item.values.find((v) => v.path.length === 1 && v.path[0] === key)?.value;

function setPlain(target: Record<string, unknown>, p: readonly (string | number)[], value: unknown) {
  let node = target;
  p.forEach((key, i) => {
    if (i === p.length - 1) node[key] = value;
    else node = (node[key] ??= {}) as Record<string, unknown>;
  });
}
