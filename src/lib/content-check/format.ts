/** Plain-text report for a terminal or a build log, grouped by file. */
import { entryCollections, taxonomyCollections } from '~/schemas/registry';
import type { CheckResult, Issue } from './types';

export interface FormatOptions {
  /** Print at most this many files; the rest are counted in one line. Default: all. */
  maxFiles?: number;
  /** Hint languages to print, in order. Default: English and Indonesian. */
  languages?: readonly ('en' | 'id')[];
}

const hintLabel = { en: 'fix:     ', id: 'perbaiki:' } as const;

/** Issues grouped by file (in the order given), each with its field, line, message and fix hints. */
export function formatIssues(issues: readonly Issue[], { maxFiles = Infinity, languages = ['en', 'id'] }: FormatOptions = {}): string {
  const byFile = new Map<string, Issue[]>();
  for (const issue of issues) byFile.set(issue.file, [...(byFile.get(issue.file) ?? []), issue]);

  const blocks: string[] = [];
  for (const [file, fileIssues] of [...byFile].slice(0, maxFiles)) {
    const lines = [file];
    for (const issue of fileIssues) {
      lines.push(`  ${issue.severity.padEnd(7)} ${issue.field}${issue.line ? ` (line ${issue.line})` : ''}`);
      lines.push(`          ${issue.message}`);
      for (const language of languages) lines.push(`          ${hintLabel[language]} ${issue.hint[language]}`);
    }
    blocks.push(lines.join('\n'));
  }
  const hidden = byFile.size - Math.min(byFile.size, maxFiles);
  if (hidden > 0) {
    const hiddenIssues = [...byFile.values()].slice(maxFiles).reduce((n, list) => n + list.length, 0);
    blocks.push(`… and ${plural(hiddenIssues, 'more issue')} in ${plural(hidden, 'more file')}.`);
  }
  return blocks.join('\n\n');
}

/** One paragraph: how many problems, and how many entries of each collection are valid. */
export function formatSummary({ errors, warnings, counts }: CheckResult): string {
  const files = new Set([...errors, ...warnings].map((i) => i.file)).size;
  const head = errors.length || warnings.length
    ? `Content check: ${plural(errors.length, 'error')} and ${plural(warnings.length, 'warning')} in ${plural(files, 'file')}.`
    : 'Content check: no problems found.';
  const entries = entryCollections.map((c) => `${c} ${counts[c].valid}/${counts[c].total}`).join(', ');
  const translations = entryCollections.reduce(
    (sum, c) => ({ valid: sum.valid + counts[c].translations.valid, total: sum.total + counts[c].translations.total }),
    { valid: 0, total: 0 },
  );
  const taxonomies = taxonomyCollections.map((c) => `${c} ${counts[c].valid}/${counts[c].total}`).join(', ');
  return `${head}\nValid entries: ${entries}; translations ${translations.valid}/${translations.total}.\nValid taxonomy items: ${taxonomies}.`;
}

/** Errors first, then warnings, then the summary. */
export function formatReport(result: CheckResult, options: FormatOptions = {}): string {
  const parts: string[] = [];
  if (result.errors.length) parts.push(`ERRORS (the site cannot be built until these are fixed)\n\n${formatIssues(result.errors, options)}`);
  if (result.warnings.length) parts.push(`WARNINGS (the site builds; these are shown to readers or should be looked at)\n\n${formatIssues(result.warnings, options)}`);
  parts.push(formatSummary(result));
  return parts.join('\n\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
