/**
 * The editors' CMS at /admin/ (issue 17) in Chromium: it starts with the
 * configuration generated from the schemas, without errors and without a
 * request to another site; and an editor's round trip on the local repository
 * (Sveltia's "Work with Local Repository", whose folder picker is answered with
 * a scratch copy of content/ in the browser's private file system) changes one
 * field of a product and saves: the written files pass `npm run check` and
 * hold the same facts and text as before except that field.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { productSchema, translationSchemas } from '~/schemas/collections';
import { schemaTools } from '~/lib/schema-fields';
import { splitFrontMatter } from '~/lib/import/files';
import { useSite } from './support/use-site';
import { watchErrors } from './support/browser';

const PROJECT = path.resolve(import.meta.dirname, '../..');
const session = useSite(path.join(PROJECT, 'dist'));
const TIMEOUT = 120_000;

/** The CMS's own checks against unpkg.com and githubstatus.com, which the /admin/ CSP blocks: no request leaves the site. */
const BLOCKED_VENDOR_CHECK = /unpkg\.com\/@sveltia\/cms\/package\.json|githubstatus\.com/;

async function openAdmin(page: Page, hash = '') {
  await page.goto(`${session.site.url}admin/${hash}`, { waitUntil: 'domcontentloaded', timeout: TIMEOUT });
}

describe('/admin/', () => {
  it('starts with the generated configuration, no error and no request to another site', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1366, height: 900 } });
    const errors = watchErrors(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const config = page.waitForResponse((response) => response.url().includes('/admin/config.yml'), { timeout: TIMEOUT });
    await openAdmin(page);
    expect((await config).status()).toBe(200);
    await page.getByRole('button', { name: 'Work with Local Repository' }).waitFor({ timeout: TIMEOUT });
    expect(await page.locator('meta[name="robots"]').evaluateAll((metas) => metas.map((m) => m.getAttribute('content')))).toContain('noindex, nofollow');
    expect(errors.filter((e) => !BLOCKED_VENDOR_CHECK.test(e))).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(session.site.url) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
    await page.close();
  });
});

describe('an editor changes a product in the local repository', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'etalase-cms-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const slug = 'bandeng-asap-tiga-putri';

  it('writes <slug>.md and <slug>.id.md that pass npm run check and differ from the originals only in that field', async () => {
    const content = path.join(scratch, 'content');
    cpSync(path.join(PROJECT, 'content'), content, { recursive: true });
    const files = readdirSync(content, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(md|mdx|yaml)$/.test(e.name))
      .map((e) => {
        const file = path.join(e.parentPath, e.name);
        return { path: path.relative(scratch, file).split(path.sep).join('/'), text: readFileSync(file, 'utf8') };
      });

    const page = await session.browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.setDefaultTimeout(TIMEOUT);
    const errors = watchErrors(page);
    await openAdmin(page);
    // The repository: a scratch copy of content/ (and a .git folder, which the CMS looks for) in the origin's private file system.
    await page.evaluate(`(async (files) => {
      const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
      await root.getDirectoryHandle('.git', { create: true });
      for (const file of files) {
        const parts = file.path.split('/');
        const name = parts.pop();
        let dir = root;
        for (const part of parts) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
        await writable.write(file.text);
        await writable.close();
      }
    })(${JSON.stringify(files)})`);
    await page.addInitScript(`window.showDirectoryPicker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle('repo');`);
    await openAdmin(page);
    await page.getByRole('button', { name: 'Work with Local Repository' }).click();
    await page.getByText('Produk / Products').first().waitFor();
    await page.evaluate(`location.hash = '#/collections/products/entries/${slug}'`);

    const shelfLife = page.getByRole('spinbutton', { name: /Masa simpan \(hari\) \/ Shelf life \(days\)/ }).first();
    await expect.poll(() => shelfLife.inputValue(), { timeout: TIMEOUT }).toBe('60');
    await shelfLife.fill('90');
    await page.getByRole('button', { name: 'Save' }).click();
    const read = (name: string) =>
      page.evaluate(`(async () => {
        const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
        const dir = await (await root.getDirectoryHandle('content')).getDirectoryHandle('products');
        try { return await (await (await dir.getFileHandle(${JSON.stringify(name)})).getFile()).text(); } catch { return null; }
      })()`) as Promise<string | null>;
    await expect.poll(async () => (await read(`${slug}.md`))?.includes('shelfLifeDays: 90'), { timeout: TIMEOUT }).toBe(true);
    const base = (await read(`${slug}.md`))!;
    const translation = (await read(`${slug}.id.md`))!;
    expect(await read(`${slug}.en.md`), 'the English text stays in the base file').toBeNull();
    // The scratch repository holds the text files only: a photo preview may miss its file.
    expect(errors.filter((e) => !BLOCKED_VENDOR_CHECK.test(e) && !/status of 404/.test(e))).toEqual([]);
    await page.close();

    const baseFile = path.join(content, 'products', `${slug}.md`);
    const translationFile = path.join(content, 'products', `${slug}.id.md`);
    const [originalBase, originalTranslation] = [readFileSync(baseFile, 'utf8'), readFileSync(translationFile, 'utf8')];
    writeFileSync(baseFile, base);
    writeFileSync(translationFile, translation);
    const check = spawnSync('npm', ['run', '--silent', 'check', '--', baseFile, translationFile], { cwd: PROJECT, encoding: 'utf8', env: { ...process.env, INIT_CWD: PROJECT, ETALASE_CONTENT_DIR: '' } });
    expect(check.status, check.stdout + check.stderr).toBe(0);

    // The same facts and text as the schemas read them (defaults filled in), but for the edited field.
    const facts = (text: string, schema: { parse: (v: unknown) => unknown }) => {
      const { yaml, body } = splitFrontMatter(text);
      return { data: schema.parse(loadYaml(yaml)), body: body.trim() };
    };
    const products = productSchema(schemaTools);
    const before = facts(originalBase, products) as { data: Record<string, unknown>; body: string };
    const after = facts(base, products) as { data: Record<string, unknown>; body: string };
    expect(after.data.shelfLifeDays).toBe(90);
    expect({ ...after, data: { ...after.data, shelfLifeDays: 60 } }).toEqual(before);
    expect(facts(translation, translationSchemas.products)).toEqual(facts(originalTranslation, translationSchemas.products));
  });
});
