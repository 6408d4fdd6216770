/**
 * The editors' CMS at /admin/ (issue 17) in Chromium: it starts with the
 * configuration generated from the schemas, without errors and without a
 * request to another site; and an editor's round trip on the local repository
 * (Sveltia's "Work with Local Repository", whose folder picker is answered with
 * a scratch copy of content/ in the browser's private file system) changes one
 * field of a product and saves: the written files pass `npm run check` and
 * hold the same facts and text as before except that field. A new editor,
 * through the forms only, adds a producer and two of its products with their
 * Indonesian text: the written files pass `npm run check`, and a build from
 * that content has the producer and product pages in both languages.
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
import { useSite } from '../helpers/browser/use-site';
import { watchErrors } from '../helpers/browser/browser';
import { buildSite } from '../helpers/browser/build';

const PROJECT = path.resolve(import.meta.dirname, '../..');
const session = useSite(path.join(PROJECT, 'dist'));
const TIMEOUT = 120_000;

/** The CMS's own checks against unpkg.com and githubstatus.com, which the /admin/ CSP blocks: no request leaves the site. */
const BLOCKED_VENDOR_CHECK = /unpkg\.com\/@sveltia\/cms\/package\.json|githubstatus\.com/;

async function openAdmin(page: Page, hash = '') {
  await page.goto(`${session.site.url}admin/${hash}`, { waitUntil: 'domcontentloaded', timeout: TIMEOUT });
}

/** A scratch copy of content/ (text and images) in `scratch/content`. */
function copyContent(scratch: string): string {
  const content = path.join(scratch, 'content');
  cpSync(path.join(PROJECT, 'content'), content, { recursive: true });
  return content;
}

/**
 * Opens /admin/ on the local repository: the text files of `content` (and a
 * .git folder, which the CMS looks for) in the origin's private file system,
 * handed to "Work with Local Repository" as the picked folder.
 */
async function openLocalRepository(page: Page, scratch: string, content: string) {
  const files = readdirSync(content, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(md|mdx|yaml)$/.test(e.name))
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      return { path: path.relative(scratch, file).split(path.sep).join('/'), text: readFileSync(file, 'utf8') };
    });
  await openAdmin(page);
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
}

/** A file of the local repository's `content/<collection>/`, or null when there is none. */
function readRepoFile(page: Page, collection: string, name: string): Promise<string | null> {
  return page.evaluate(`(async () => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
    const dir = await (await root.getDirectoryHandle('content')).getDirectoryHandle(${JSON.stringify(collection)});
    try { return await (await (await dir.getFileHandle(${JSON.stringify(name)})).getFile()).text(); } catch { return null; }
  })()`) as Promise<string | null>;
}

/** Runs the content checker (`npm run check -- FILES`) on files of a scratch catalogue. */
function checkFiles(files: string[], env: Record<string, string> = {}) {
  return spawnSync('npm', ['run', '--silent', 'check', '--', ...files], { cwd: PROJECT, encoding: 'utf8', env: { ...process.env, INIT_CWD: PROJECT, ETALASE_CONTENT_DIR: '', ...env } });
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
    const content = copyContent(scratch);
    const page = await session.browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.setDefaultTimeout(TIMEOUT);
    const errors = watchErrors(page);
    await openLocalRepository(page, scratch, content);
    await page.evaluate(`location.hash = '#/collections/products/entries/${slug}'`);

    const shelfLife = page.getByRole('spinbutton', { name: /Masa simpan \(hari\) \/ Shelf life \(days\)/ }).first();
    await expect.poll(() => shelfLife.inputValue(), { timeout: TIMEOUT }).toBe('60');
    await shelfLife.fill('90');
    await page.getByRole('button', { name: 'Save' }).click();
    const read = (name: string) => readRepoFile(page, 'products', name);
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
    const check = checkFiles([baseFile, translationFile]);
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

describe('a new editor adds a producer and two of its products through the forms', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'etalase-cms-new-'));
  const outDir = path.join(scratch, 'dist');
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  const producer = {
    slug: 'dapur-kerupuk-sungai-musi',
    name: 'Dapur Kerupuk Sungai Musi',
    summary: 'A household business in Seberang Ulu making fish crackers and kemplang for Palembang gift shops.',
    idSummary: 'Usaha rumahan di Seberang Ulu yang membuat kerupuk dan kemplang ikan untuk toko oleh-oleh Palembang.',
    body: 'The family fries and sun-dries its crackers every morning behind the house.',
    idBody: 'Keluarga ini menggoreng dan menjemur kerupuknya setiap pagi di belakang rumah.',
  };
  // The slug comes from the English name, as the CMS makes it.
  const products = [
    {
      slug: 'fish-kemplang-sungai-musi',
      name: 'Fish Kemplang Sungai Musi',
      idName: 'Kemplang Ikan Sungai Musi',
      weight: 250,
      packaging: 'pouch',
      ingredients: 'Tapioca starch, Spanish mackerel 35%, salt, garlic.',
      idIngredients: 'Tepung tapioka, ikan tenggiri 35%, garam, bawang putih.',
      summary: 'Grilled fish kemplang in 250 g pouches, made by hand in Seberang Ulu from fish and tapioca.',
      idSummary: 'Kemplang ikan panggang dalam pouch 250 g, dibuat dengan tangan di Seberang Ulu dari ikan dan tapioka.',
    },
    {
      slug: 'raw-fish-crackers-sungai-musi',
      name: 'Raw Fish Crackers Sungai Musi',
      idName: 'Kerupuk Ikan Mentah Sungai Musi',
      weight: 500,
      packaging: 'bag',
      ingredients: 'Tapioca starch, snakehead fish 30%, salt.',
      idIngredients: 'Tepung tapioka, ikan gabus 30%, garam.',
      summary: 'Raw fish crackers in 500 g bags for frying at home, sun-dried on bamboo trays.',
      idSummary: 'Kerupuk ikan mentah dalam kantong 500 g untuk digoreng di rumah, dijemur di atas tampah bambu.',
    },
  ];

  it('writes files that pass npm run check, and a build from them has the producer and product pages in both languages', async () => {
    const content = copyContent(scratch);
    const page = await session.browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.setDefaultTimeout(TIMEOUT);
    const errors = watchErrors(page);
    await openLocalRepository(page, scratch, content);

    const pane = (language: 'English' | 'Indonesian') => page.getByRole('group', { name: new RegExp(`^Edit .${language}. Content$`) });
    /** A field of a pane; the form draws its fields as they scroll into view. */
    const field = async (language: 'English' | 'Indonesian', label: RegExp) => {
      const group = pane(language).getByRole('group', { name: label }).first();
      for (let i = 0; i < 60 && !(await group.count()); i++) {
        const box = (await pane(language).boundingBox())!;
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.wheel(0, 500);
        await page.waitForTimeout(100);
      }
      await group.scrollIntoViewIfNeeded();
      return group;
    };
    const choose = async (combobox: ReturnType<Page['getByRole']>, option: string | RegExp) => {
      await combobox.click();
      await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
    };
    /** The Indonesian form beside the English one. */
    const showIndonesian = async () => {
      if (!(await pane('Indonesian').count())) await page.getByRole('group', { name: /^Preview .English. Content$/ }).getByRole('radio', { name: 'Indonesian' }).click();
    };
    /** The facts every entry needs at the end of the form: who checked it and when, summary, sample data. */
    const finish = async (summary: string) => {
      const verified = await field('English', /Last verified/);
      await verified.getByRole('button', { name: 'Today' }).click();
      await verified.getByRole('textbox', { name: /Checked by/ }).fill('Dinas Koperasi dan UKM Kota Palembang (sample)');
      await (await field('English', /Summary/)).getByRole('textbox').fill(summary);
      await (await field('English', /Sample data/)).getByRole('switch').check();
    };
    const saved = async (collection: string, slug: string) => {
      await page.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => readRepoFile(page, collection, `${slug}.id.md`), { timeout: TIMEOUT }).not.toBeNull();
      // The CMS closes the editor after writing: it opens the entry, then the collection's list.
      // Wait for the list, or the next entry's address would be replaced by it.
      await expect.poll(() => page.evaluate('location.hash'), { timeout: TIMEOUT }).toBe(`#/collections/${collection}`);
    };

    // The producer: name, legal form, region, address, scale, verification and summary are required.
    await page.evaluate(`location.hash = '#/collections/producers/new'`);
    await pane('English').getByRole('textbox', { name: 'Nama / Name' }).fill(producer.name);
    await choose(pane('English').getByRole('combobox', { name: /Legal form/ }), 'UD');
    await pane('English').getByRole('radio', { name: 'Kota Palembang' }).check();
    await pane('English').getByRole('textbox', { name: /Address/ }).fill('Jl. Contoh Seberang Ulu No. 7, Kecamatan Seberang Ulu I, Kota Palembang');
    await pane('English').getByRole('radio', { name: 'small' }).check();
    await showIndonesian();
    await (await field('Indonesian', /Nama \/ Name/)).getByRole('textbox').fill(producer.name);
    await (await field('Indonesian', /Summary/)).getByRole('textbox').fill(producer.idSummary);
    await (await field('Indonesian', /Description/)).getByRole('textbox').fill(producer.idBody);
    await finish(producer.summary);
    await (await field('English', /Description/)).getByRole('textbox').fill(producer.body);
    await saved('producers', producer.slug);

    // Its products: name, producer, category, one pack, verification and summary are required.
    for (const product of products) {
      await page.evaluate(`location.hash = '#/collections/products/new'`);
      await pane('English').getByRole('textbox', { name: 'Nama / Name' }).fill(product.name);
      await choose(pane('English').getByRole('combobox', { name: /Producer/ }), producer.name);
      await choose(pane('English').getByRole('combobox', { name: /Category/ }), /\(crackers\)/);
      const packs = await field('English', /Kemasan \/ Packs/);
      await packs.getByRole('button', { name: /Add .Kemasan/ }).click();
      await packs.getByRole('spinbutton', { name: /Amount/ }).fill(String(product.weight));
      await choose(packs.getByRole('combobox', { name: /Unit/ }), 'g');
      await choose(packs.getByRole('combobox', { name: /Packaging/ }), product.packaging);
      await (await field('English', /Ingredients/)).getByRole('textbox').fill(product.ingredients);
      await showIndonesian();
      await (await field('Indonesian', /Nama \/ Name/)).getByRole('textbox').fill(product.idName);
      await (await field('Indonesian', /Ingredients/)).getByRole('textbox').fill(product.idIngredients);
      await (await field('Indonesian', /Summary/)).getByRole('textbox').fill(product.idSummary);
      await finish(product.summary);
      await saved('products', product.slug);
    }

    const written = [
      ...['.md', '.id.md'].map((ext) => ({ collection: 'producers', name: `${producer.slug}${ext}` })),
      ...products.flatMap((p) => ['.md', '.id.md'].map((ext) => ({ collection: 'products', name: `${p.slug}${ext}` }))),
    ];
    const files: string[] = [];
    for (const { collection, name } of written) {
      const text = await readRepoFile(page, collection, name);
      expect(text, `${collection}/${name}`).not.toBeNull();
      const file = path.join(content, collection, name);
      writeFileSync(file, text!);
      files.push(file);
    }
    expect(await readRepoFile(page, 'producers', `${producer.slug}.en.md`), 'the English text stays in the base file').toBeNull();
    expect(errors.filter((e) => !BLOCKED_VENDOR_CHECK.test(e) && !/status of 404/.test(e))).toEqual([]);
    await page.close();

    // The checker and the build take the day the editor pressed "Today" as theirs, whatever ETALASE_TODAY says.
    const today = /^\s+date: (\d{4}-\d{2}-\d{2})$/m.exec(readFileSync(files[0]!, 'utf8'))?.[1];
    expect(today, 'the verification date as the CMS wrote it').toBeDefined();
    const check = checkFiles(files, { ETALASE_TODAY: today! });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    const producerFacts = loadYaml(splitFrontMatter(readFileSync(files[0]!, 'utf8')).yaml) as Record<string, unknown>;
    expect(producerFacts).toMatchObject({ name: producer.name, legalForm: 'UD', region: 'kota-palembang', scale: 'small', sample: true });
    for (const [i, product] of products.entries()) {
      const facts = loadYaml(splitFrontMatter(readFileSync(files[2 + 2 * i]!, 'utf8')).yaml) as Record<string, unknown>;
      expect(facts).toMatchObject({ producer: producer.slug, category: 'crackers', packs: [{ netWeight: { value: product.weight, unit: 'g' }, packaging: product.packaging }], ingredients: product.ingredients });
      expect(loadYaml(splitFrontMatter(readFileSync(files[3 + 2 * i]!, 'utf8')).yaml), 'the translation holds the Indonesian text only').toEqual({
        name: product.idName,
        ingredients: product.idIngredients,
        summary: product.idSummary,
      });
    }

    // The site built from that content has the new pages in both languages.
    buildSite(outDir, { ETALASE_CONTENT_DIR: content, ETALASE_TODAY: today! });
    const html = (url: string) => readFileSync(path.join(outDir, url, 'index.html'), 'utf8');
    expect(html(`producers/${producer.slug}`)).toContain(producer.summary);
    expect(html(`id/producers/${producer.slug}`)).toContain(producer.idSummary);
    expect(html(`id/producers/${producer.slug}`)).toContain(producer.idBody);
    for (const product of products) {
      expect(html(`products/${product.slug}`)).toContain(product.name);
      expect(html(`products/${product.slug}`)).toContain(product.summary);
      expect(html(`id/products/${product.slug}`)).toContain(product.idName);
      expect(html(`id/products/${product.slug}`)).toContain(product.idSummary);
      expect(html(`id/products/${product.slug}`)).toContain(product.idIngredients);
      expect(html(`producers/${producer.slug}`)).toContain(`/products/${product.slug}/`);
    }
  }, 600_000);
});
