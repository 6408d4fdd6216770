/**
 * Turns Zod issues into editor-facing issues: what was expected, what was
 * found, where, and how to fix it. Messages written in the schemas are kept;
 * Zod's generic defaults are replaced.
 */
import type { z } from 'astro/zod';
import { hint, hints } from './hints';
import type { YamlSource } from './load';
import { ImpossibleDate, impossibleDate } from '~/lib/dates';
import { metaOf, objectKeysAt, schemaAt, type ComparisonParams, type FieldMeta } from '~/schemas/field-meta';
import { emailHint, urlHint } from '~/schemas/fields';
import { clip, closest, describeValue, formatPath, isoDay, listSome, quote } from './text';
import type { Hint, Issue, IssueCode } from './types';

type ZodIssue = z.core.$ZodIssue;

/** Marks messages Zod would make up itself, so schema-written messages can be told apart. */
const DEFAULT_MARK = '\u0000zod-default:';
export const markDefaultMessages = (issue: { code?: string | undefined }) => `${DEFAULT_MARK}${issue.code ?? ''}`;
const isDefault = (issue: ZodIssue) => issue.message.startsWith(DEFAULT_MARK);

export interface Explained {
  code: IssueCode;
  message: string;
  hint: Hint;
}

export interface ExplainContext {
  file: string;
  source: YamlSource;
  /** The value that was parsed. */
  data: unknown;
  schema: z.ZodType;
  /** Where `data` sits in the YAML document (e.g. `[3]` for a taxonomy item). */
  pathPrefix?: PropertyKey[];
  /** For translation files: facts that belong in the base file instead. */
  translation?: { baseFile: string; factFields: ReadonlySet<string>; allowed: readonly string[] };
  /** Explains checks added by the checker (`params.check`), e.g. references and images. */
  explainCustom?: (check: string, value: unknown, params: Record<string, unknown>) => Explained | undefined;
}

export function explainZodIssues(issues: readonly ZodIssue[], ctx: ExplainContext): Issue[] {
  return issues.flatMap((issue) => explainOne(issue, ctx));
}

/**
 * Parses `ctx.data` with `ctx.schema` and explains every problem. The schemas'
 * objects are strict at every level, so a misspelt nested key (`contacts.whatsap`)
 * is reported like a top-level one instead of vanishing from the site.
 */
export function validate(ctx: ExplainContext): { success: boolean; issues: Issue[] } {
  const result = ctx.schema.safeParse(ctx.data, { error: markDefaultMessages });
  return { success: result.success, issues: result.success ? [] : explainZodIssues(result.error.issues, ctx) };
}

function explainOne(issue: ZodIssue, ctx: ExplainContext): Issue[] {
  const make = (issuePath: PropertyKey[], explained: Explained): Issue => {
    const fullPath = [...(ctx.pathPrefix ?? []), ...issuePath];
    const line = ctx.source.lineOf(fullPath);
    return { severity: 'error', file: ctx.file, ...(line ? { line } : {}), field: formatPath(fullPath) || '(front matter)', ...explained };
  };
  const path = issue.path;
  const value = valueAt(ctx.data, path);
  const key = String([...path].reverse().find((s) => typeof s === 'string') ?? path.at(-1) ?? '');
  const written = () => ctx.source.sourceOf([...(ctx.pathPrefix ?? []), ...path]);
  const meta = metaOf(schemaAt(ctx.schema, path));

  switch (issue.code) {
    case 'invalid_type': {
      const expected = isDefault(issue) ? expectedText(issue.expected, meta, ctx.schema, path) : issue.message;
      if (value === undefined) {
        return [make(path, { code: 'missing-field', message: `missing required field \`${key}\`: ${expected}`, hint: hints.missingField(key, [...(ctx.pathPrefix ?? []), ...path.slice(0, -1)]) })];
      }
      if (value === null) return [make(path, { code: 'empty-field', message: `\`${key}\` is empty: ${expected}`, hint: meta.whenEmpty ?? hints.emptyField(key) })];
      const notOnCalendar = issue.expected === 'date' ? explainImpossibleDate(key, value) : undefined;
      if (notOnCalendar) return [make(path, notOnCalendar)];
      const source = written();
      const rewritten = source !== undefined && source !== String(value) && typeof value !== 'string' ? ` (written \`${clip(source)}\`, which YAML reads as ${typeof value === 'number' ? 'a number' : 'a date'})` : '';
      return [make(path, { code: 'wrong-type', message: `${expected}, got ${describeValue(value)}${rewritten}`, hint: typeHint(issue.expected, key, meta, value, source) })];
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      const expected = isDefault(issue) ? `expected one of: ${values.join(', ')}` : issue.message;
      return [
        make(path, {
          code: 'invalid-value',
          message: `${expected}, got ${describeValue(value)}`,
          hint: hints.oneOf(values, typeof value === 'string' ? closest(value, values) : undefined),
        }),
      ];
    }
    case 'invalid_format': {
      const expected = isDefault(issue) ? `expected ${issue.format === 'regex' ? 'a value in the required format' : `a valid ${issue.format}`}` : issue.message;
      return [make(path, { code: 'invalid-value', message: `${expected}, got ${quote(value)}`, hint: fixFor(meta, value) ?? formatHint(issue.format) })];
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = Number(small ? issue.minimum : issue.maximum);
      const [found, fix] =
        issue.origin === 'string'
          ? [`${String(value).length} characters`, small ? hints.longerText(limit) : hints.shorterText(limit)]
          : issue.origin === 'array'
            ? [Array.isArray(value) ? `${value.length} item${value.length === 1 ? '' : 's'}` : describeValue(value), small ? hints.moreItems(limit) : hints.generic()]
            : [describeValue(value), hints.numberRange()];
      const expected = isDefault(issue)
        ? `expected ${small ? 'at least' : 'at most'} ${limit}${issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : ''}`
        : issue.message;
      return [make(path, { code: 'invalid-value', message: `${expected}, got ${found}`, hint: fix })];
    }
    case 'unrecognized_keys':
      return issue.keys.map((unknown) => make([...path, unknown], unknownKey(unknown, path, ctx)));
    case 'custom': {
      const check = issue.params?.check;
      const custom = typeof check === 'string' ? ctx.explainCustom?.(check, value, issue.params ?? {}) : undefined;
      if (custom) return [make(path, custom)];
      const comparison = issue.params as Partial<ComparisonParams> | undefined;
      return [
        make(path, {
          code: 'invalid-value',
          message: `${issue.message}${foundForRefinement(key, comparison?.comparedWith, path, ctx.data, value)}`,
          hint: comparison?.hint ?? fixFor(meta, value) ?? hints.generic(),
        }),
      ];
    }
    default: {
      const expected = isDefault(issue) ? 'this value is not valid here' : issue.message;
      return [make(path, { code: 'invalid-value', message: `${expected}, got ${describeValue(value)}`, hint: hints.generic() })];
    }
  }
}

/** `validUntil: 2028-31-12`: what is wrong with the day, and the day/month swap when it makes a real date. */
function explainImpossibleDate(key: string, value: unknown): Explained | undefined {
  const written = value instanceof ImpossibleDate ? value.written : typeof value === 'string' ? value : undefined;
  const problem = written === undefined ? undefined : impossibleDate(written);
  if (!written || !problem) return undefined;
  const shown = clip(written);
  const { swapped } = problem;
  return {
    code: 'impossible-date',
    message: `${shown} is not a real date (${problem.reason.en}): expected a date written as YEAR-MONTH-DAY${swapped ? `; did you mean ${swapped}?` : ''}`,
    hint: swapped
      ? hint(
          `Did you mean ${swapped}? Dates are written year, then month, then day: \`${key}: ${swapped}\`. Check it against the document.`,
          `Maksudnya ${swapped}? Tanggal ditulis tahun, lalu bulan, lalu hari: \`${key}: ${swapped}\`. Cocokkan dengan dokumennya.`,
        )
      : hint(
          `Copy the date from the document again as YEAR-MONTH-DAY, e.g. \`${key}: 2026-02-28\`.`,
          `Salin ulang tanggal dari dokumen sebagai TAHUN-BULAN-HARI, mis. \`${key}: 2026-02-28\` (${problem.reason.id}).`,
        ),
  };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/** What a field expects, in words an editor understands. */
function expectedText(expected: string, meta: FieldMeta, schema: z.ZodType, path: readonly PropertyKey[]): string {
  if (expected === 'string') return meta.expectedText ?? 'expected text';
  if (expected === 'object') {
    const keys = objectKeysAt(schema, path);
    return keys.length ? `expected a group of fields (${listSome(keys, 8)})` : 'expected a group of fields';
  }
  const words: Record<string, string> = {
    number: 'expected a number',
    int: 'expected a whole number',
    boolean: 'expected true or false',
    array: 'expected a list',
    record: 'expected a group of fields',
    date: 'expected a date written as YYYY-MM-DD',
  };
  return words[expected] ?? `expected ${expected}`;
}

function typeHint(expected: string, key: string, meta: FieldMeta, value: unknown, source: string | undefined): Hint {
  const asText = clip(source ?? (value instanceof Date ? isoDay(value) : String(value)));
  switch (expected) {
    case 'string':
      return typeof value === 'object' && !(value instanceof Date) ? hints.quoteText(key, '…') : fixFor(meta, asText) ?? hints.quoteText(key, asText);
    case 'number':
    case 'int':
      return hints.plainNumber(key);
    case 'boolean':
      return hints.trueFalse(key);
    case 'array':
      return hints.list(key);
    case 'object':
    case 'record':
      return hints.group(key);
    case 'date':
      return hints.date(key);
    default:
      return hints.generic();
  }
}

/** The field's own fix (phone numbers, HS codes, barcodes…), from the value as written. */
function fixFor(meta: FieldMeta, value: unknown): Hint | undefined {
  return meta.fix?.(value instanceof Date ? isoDay(value) : String(value ?? ''));
}

function formatHint(format: string): Hint {
  if (format === 'email') return emailHint();
  if (format === 'url') return urlHint();
  return hints.generic();
}

/** For cross-field rules, show both values so the editor sees the conflict. */
function foundForRefinement(key: string, other: string | undefined, path: readonly PropertyKey[], data: unknown, value: unknown): string {
  if (other) {
    const otherValue = valueAt(data, [...path.slice(0, -1), other]);
    const show = (v: unknown) => clip(v instanceof Date ? isoDay(v) : String(v));
    return `; got ${other} ${show(otherValue)} and ${key} ${show(value)}`;
  }
  return value === null || typeof value === 'object' ? '' : `, got ${quote(value)}`;
}

function unknownKey(unknown: string, path: readonly PropertyKey[], ctx: ExplainContext): Explained {
  const { translation } = ctx;
  if (translation && path.length === 0 && translation.factFields.has(unknown)) {
    return {
      code: 'fact-in-translation',
      message: `\`${unknown}\` is a fact, not prose: facts belong in the base file ${translation.baseFile}, once for all languages`,
      hint: hint(
        `Move \`${unknown}\` to ${translation.baseFile} (if it is not there already) and delete it here. A translation file may contain only: ${translation.allowed.join(', ')}.`,
        `Pindahkan \`${unknown}\` ke ${translation.baseFile} (bila belum ada di sana) dan hapus dari sini. Berkas terjemahan hanya boleh berisi: ${translation.allowed.join(', ')}.`,
      ),
    };
  }
  const known = objectKeysAt(ctx.schema, path);
  const suggestion = closest(unknown, known);
  const name = clip(unknown);
  const where = path.length ? ` in \`${formatPath(path)}\`` : '';
  return {
    code: 'unknown-field',
    message: `\`${name}\` is not a known field${where}${suggestion ? `: did you mean \`${suggestion}\`?` : ''}`,
    hint: hint(
      `${suggestion ? `Rename it to \`${suggestion}\`` : 'Fix the spelling'}, or delete the line. Known fields here: ${listSome(known, 40)}.`,
      `${suggestion ? `Ganti namanya menjadi \`${suggestion}\`` : 'Perbaiki ejaannya'}, atau hapus barisnya. Isian yang dikenal di sini: ${listSome(known, 40, 'id')}.`,
    ),
  };
}
