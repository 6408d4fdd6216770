/**
 * Runs the content checker before Astro syncs content, so a malformed entry
 * fails `astro build` with one report naming the file, the field, what was
 * expected and how to fix it, instead of Astro's first schema error.
 * The logic lives in src/lib/content-check/.
 */
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../lib/content-paths';
import { buildDate } from '../lib/dates';
import { checkContent, formatIssues, formatSummary } from '../lib/content-check';

/** A build log is not the place for thousands of warnings; the full list comes from the checker itself. */
const MAX_WARNING_FILES = 30;

export default function contentCheck(): AstroIntegration {
  return {
    name: 'etalase:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // Preview serves an existing build; Vitest loads this config only for Vite settings.
        if (command === 'preview' || process.env.VITEST) return;

        const result = checkContent(contentRoot(), { today: buildDate() });
        if (result.warnings.length) logger.warn(`\n${formatIssues(result.warnings, { maxFiles: MAX_WARNING_FILES })}\n`);
        if (result.errors.length === 0) {
          logger.info(formatSummary(result));
          return;
        }
        const report = `The content has errors; the site is not built until they are fixed.\n\n${formatIssues(result.errors)}\n\n${formatSummary(result)}`;
        // In dev the server keeps running, so the editor can fix the file and reload.
        if (command === 'dev') {
          logger.error(report);
          return;
        }
        throw new ContentCheckError(report);
      },
    },
  };
}

/**
 * Astro prints `message`, then a hint, then the stack. Its hint guesser blames
 * "Browser APIs" whenever the error's text mentions "document" (as certificate
 * messages do), so the error gives its own short text and hint, and no stack.
 */
class ContentCheckError extends Error {
  hint =
    'Each problem above names the file, the field, what was expected and how to fix it. Fix them and build again. / ' +
    'Setiap masalah di atas menyebut berkas, isian, apa yang diharapkan, dan cara memperbaikinya. Perbaiki lalu build lagi.';

  constructor(report: string) {
    super(report);
    this.name = 'ContentCheckError';
    this.stack = '';
  }

  override toString(): string {
    return 'ContentCheckError: content check failed';
  }
}
