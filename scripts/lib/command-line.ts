/**
 * Command-line options for the npm scripts, parsed by node:util's parseArgs.
 * An unknown or malformed option goes to the script's own `fail` with
 * parseArgs's message, which names the option, instead of a stack trace;
 * `--help` prints the usage and exits 0.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type WithHelp = ParseArgsConfig & { options: { help: { type: 'boolean' } } };

export function parseCommandLine<T extends WithHelp>(config: T, usage: string, fail: (message: string) => never): ReturnType<typeof parseArgs<T>> {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    return fail((error as Error).message);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}
