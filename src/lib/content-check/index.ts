/**
 * The content checker, shared by the build (src/integrations/content-check.ts)
 * and, later, a fast `npm run check` command. Plain TypeScript: no Astro
 * virtual modules, so it runs under Vitest and Node alike.
 */
export { checkContent } from './check';
export { formatIssues, formatReport, formatSummary, type FormatOptions } from './format';
export { displayPath, loadContent, type LoadedContent, type EntryFile, type TaxonomyFile } from './load';
export type { CheckOptions, CheckResult, Count, Counts, Hint, Issue, IssueCode, Severity } from './types';
