/**
 * Every HTML file of the build passes html-validate (rules in .htmlvalidate.json:
 * the recommended preset; checkboxes of one filter group may share a name, as
 * HTML intends for multi-value form fields).
 */
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { expect, it } from 'vitest';
import { allPages, distDir, projectRoot } from '../helpers/built-site';

it('every page of the build is valid HTML', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  const pages = allPages();
  expect(pages.length).toBeGreaterThan(100);
  for (const page of pages) {
    const report = await validator.validateFile(path.join(distDir, page.rel));
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${path.relative(projectRoot, result.filePath)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(problems).toEqual([]);
});
