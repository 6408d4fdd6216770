import type { EntryCollection, TaxonomyCollection } from '~/schemas/registry';

export type Severity = 'error' | 'warning';

/** How to fix an issue, for English- and Indonesian-speaking editors. */
export interface Hint {
  en: string;
  id: string;
}

/** Stable kinds of issue, for tests and for filtering in tools. */
export type IssueCode =
  | 'yaml-syntax'
  | 'yaml-alias'
  | 'impossible-date'
  | 'nested-entry'
  | 'sample-mismatch'
  | 'image-too-large'
  | 'no-front-matter'
  | 'file-unreadable'
  | 'missing-field'
  | 'empty-field'
  | 'wrong-type'
  | 'invalid-value'
  | 'unknown-field'
  | 'fact-in-translation'
  | 'unknown-reference'
  | 'reference-mismatch'
  | 'missing-image'
  | 'invalid-slug'
  | 'duplicate-slug'
  | 'duplicate-id'
  | 'translation-without-base'
  | 'unknown-image-alt'
  | 'missing-image-alt'
  | 'missing-translation'
  | 'certificate-expired'
  | 'certificate-not-yet-valid'
  | 'certificate-without-expiry'
  | 'verification-stale'
  | 'verification-in-future'
  | 'unknown-market'
  | 'ignored-file'
  | 'missing-taxonomy'
  | 'unsafe-markup'
  | 'mdx-syntax'
  | 'component-usage'
  | 'image-too-small'
  | 'duplicate-gtin';

export interface Issue {
  severity: Severity;
  code: IssueCode;
  /** The file, relative to the working directory when inside it (`content/products/foo.md`), else absolute. */
  file: string;
  /** 1-based line in the file, when the problem can be pinned to one. */
  line?: number;
  /**
   * Dotted path of the field (`certificates[1].validUntil`, `contacts.whatsapp`), or a
   * parenthesised pseudo-field for whole-file problems: `(file name)`, `(front matter)`, `(translation)`.
   */
  field: string;
  /** What is wrong and what was expected. */
  message: string;
  hint: Hint;
}

export interface Count {
  total: number;
  /** Entries with no errors (warnings allowed). */
  valid: number;
}

export type Counts = Record<EntryCollection, Count & { translations: Count }> & Record<TaxonomyCollection, Count>;

export interface CheckResult {
  errors: Issue[];
  warnings: Issue[];
  counts: Counts;
}

export interface CheckOptions {
  /** The build date for expiry and staleness checks; compared by UTC calendar day. Default: now. */
  today?: Date;
  /** Directory that reported file paths are relative to. Default: `process.cwd()`. */
  cwd?: string;
}
