/** Debian's Chromium driven by playwright-core (browsers cannot be downloaded here). */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium (bash .ci/run does) or set CHROME_PATH`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Collects console errors and uncaught exceptions of a page, to assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // "Failed to load resource" names no address in its text: add the one it is about.
    const url = message.location().url;
    errors.push(/^Failed to load resource/.test(message.text()) && url ? `${message.text()}: ${url}` : message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
