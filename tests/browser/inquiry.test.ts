/**
 * Inquiry links as a buyer's mail or WhatsApp app receives them: decoded text
 * in the page's language naming the product, its MOQ and the page address.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { contentRoot } from '~/lib/content-paths';
import { useSite } from '../helpers/browser/use-site';

const dist = process.env.ETALASE_DIST ?? path.resolve(import.meta.dirname, '../../dist');
const root = contentRoot();
const frontMatter = (file: string) => parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))![1]!) as Record<string, any>;
const producers = new Map(
  readdirSync(path.join(root, 'producers'))
    .filter((f) => /^[a-z0-9-]+\.md$/.test(f))
    .map((f) => [f.replace(/\.md$/, ''), frontMatter(path.join(root, 'producers', f))]),
);
const products = readdirSync(path.join(root, 'products'))
  .filter((f) => /^[a-z0-9-]+\.md$/.test(f))
  .map((f) => ({ slug: f.replace(/\.md$/, ''), data: frontMatter(path.join(root, 'products', f)) }));

describe('inquiry links', () => {
  const session = useSite(dist);

  const withBoth = products.find((p) => producers.get(p.data.producer)?.contacts?.email && producers.get(p.data.producer)?.contacts?.whatsapp && p.data.moq)!;

  it.each([
    ['en', '', 'Inquiry:', 'Listed minimum order'],
    ['id', 'id/', 'Pertanyaan:', 'Pesanan minimum yang tercantum'],
  ])('prefill the email and WhatsApp text in %s', async (_locale, prefix, subjectWord, moqWords) => {
    const page = await session.browser.newPage();
    await page.goto(`${session.site.url}${prefix}products/${withBoth.slug}/`);
    const contacts = producers.get(withBoth.data.producer)!.contacts;
    const name = (await page.locator('h1').textContent())!.trim();

    const mail = new URL((await page.locator('a[data-inquiry="email"]').getAttribute('href'))!);
    expect(mail.protocol).toBe('mailto:');
    expect(decodeURIComponent(mail.pathname)).toBe(contacts.email);
    const subject = mail.searchParams.get('subject')!;
    const body = mail.searchParams.get('body')!;
    expect(subject).toContain(subjectWord);
    expect(subject).toContain(name);
    expect(body).toContain(name);
    expect(body).toContain(moqWords);
    expect(body).toContain(String(withBoth.data.moq.quantity));
    expect(body).toContain(`${session.site.url.replace(/^http:\/\/[^/]+/, 'https://etalase.example.org')}${prefix}products/${withBoth.slug}/`);
    expect(body).toContain('\r\n');

    const whatsapp = new URL((await page.locator('a[data-inquiry="whatsapp"]').getAttribute('href'))!);
    expect(whatsapp.host).toBe('wa.me');
    expect(whatsapp.pathname).toBe(`/${contacts.whatsapp.replace(/\D/g, '')}`);
    expect(whatsapp.searchParams.get('text')).toContain(name);
    expect(whatsapp.searchParams.get('text')).toContain(moqWords);
    await page.close();
  });

  it('hides a button when that contact is missing', async () => {
    const partial = products.filter((p) => {
      const contacts = producers.get(p.data.producer)?.contacts ?? {};
      return !contacts.email || !contacts.whatsapp;
    });
    expect(partial.length, 'the catalogue should have a product whose producer lacks a contact').toBeGreaterThan(0);
    const page = await session.browser.newPage();
    for (const product of partial) {
      const contacts = producers.get(product.data.producer)?.contacts ?? {};
      await page.goto(`${session.site.url}products/${product.slug}/`);
      expect(await page.locator('a[data-inquiry="email"]').count(), product.slug).toBe(contacts.email ? 1 : 0);
      expect(await page.locator('a[data-inquiry="whatsapp"]').count(), product.slug).toBe(contacts.whatsapp ? 1 : 0);
    }
    await page.close();
  });
});
