/**
 * Runs the content checker before Astro syncs content, so a malformed entry
 * fails `astro build` with one report naming the file, the field, what was
 * expected and how to fix it, instead of Astro's first schema error.
 * The logic lives in src/lib/content-check/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentRoot } from '~/lib/content-paths';
import { buildDate } from '~/lib/dates';
import { checkContent, formatIssues, formatSummary } from '~/lib/content-check';

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
        const warnings = result.warnings.length ? `\n${formatIssues(result.warnings, { maxFiles: MAX_WARNING_FILES })}\n` : '';
        if (result.errors.length === 0) {
          if (warnings) logger.warn(warnings);
          logger.info(formatSummary(result));
          return;
        }
        const report = `The content has errors; the site is not built until they are fixed.\n\n${formatIssues(result.errors)}\n\n${formatSummary(result)}`;
        // In dev the server keeps running, so the editor can fix the file and reload.
        if (command === 'dev') {
          if (warnings) logger.warn(warnings);
          logger.error(report);
          return;
        }
        // From the command line, the report is all an editor sees: Astro would open with "An unhandled
        // error occurred while running the astro:config:setup hook" and a developer's hint. A program
        // that runs Astro's build() itself gets the error instead, as before.
        if (isAstroCommandLine()) {
          fs.writeSync(2, `\n${warnings ? `WARNINGS (these do not stop the build)\n${warnings}\n` : ''}${report}\n\n${FIX_AND_RETRY}\n`);
          process.exit(1);
        }
        throw new ContentCheckError(report);
      },
    },
  };
}

const FIX_AND_RETRY =
  'Each problem above names the file, the field, what was expected and how to fix it. Fix them and build again. / ' +
  'Setiap masalah di atas menyebut berkas, isian, apa yang diharapkan, dan cara memperbaikinya. Perbaiki lalu build lagi.';

/** `astro build` from a terminal or npm script (bin/astro.mjs), not Astro's build() called by another program. */
function isAstroCommandLine(): boolean {
  const script = process.argv[1] ?? '';
  return /^astro(\.m?js)?$/.test(path.basename(script)) && !process.env.VITEST;
}

/**
 * Astro prints `message`, then a hint, then the stack. Its hint guesser blames
 * "Browser APIs" whenever the error's text mentions "document" (as certificate
 * messages do), so the error gives its own short text and hint, and no stack.
 */
class ContentCheckError extends Error {
  hint = FIX_AND_RETRY;

  constructor(report: string) {
    super(report);
    this.name = 'ContentCheckError';
    this.stack = '';
  }

  override toString(): string {
    return 'ContentCheckError: content check failed';
  }
}
