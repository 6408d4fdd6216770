/**
 * Every HTML file of the build passes the W3C Nu HTML Checker (`vnu-jar`, run
 * with the system's Java), beside html-validate: the Nu checker parses as a
 * browser does and so sees what html-validate cannot, such as a script written
 * after `</html>`. One Java process checks every page (~15 s for 300 pages).
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { allPages, distDir } from '../helpers/built-site';

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface NuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
}

it('every page of the build has no errors by the W3C Nu HTML Checker', async () => {
  const pages = allPages();
  expect(pages.length).toBeGreaterThan(100);
  const files = pages.map((page) => path.join(distDir, page.rel));
  // The checker exits with 1 when it reports errors; its report is on stderr either way.
  const { stderr } = await promisify(execFile)('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stderr?: string }) => ({ stderr: error.stderr ?? '' }),
  );
  const messages = (JSON.parse(stderr) as { messages: NuMessage[] }).messages;
  const problems = messages.map((m) => `${path.relative(distDir, new URL(m.url ?? 'file:///').pathname)}:${m.lastLine ?? 0} ${m.type}: ${m.message}`);
  expect(problems).toEqual([]);
}, 300_000);
