import { describe, expect, it } from 'vitest';
import { csvField, toCsv, UTF8_BOM } from '~/lib/csv';
import { mailtoLink, whatsappLink } from '~/lib/inquiry';

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and leaves plain text alone', () => {
    expect(csvField('Kemplang')).toBe('Kemplang');
    expect(csvField('Tapioka, ikan tenggiri')).toBe('"Tapioka, ikan tenggiri"');
    expect(csvField('Kerupuk "Sinar"')).toBe('"Kerupuk ""Sinar"""');
    expect(csvField('baris satu\nbaris dua')).toBe('"baris satu\nbaris dua"');
    expect(csvField('Gula aren – kristal, 1 kg')).toBe('"Gula aren – kristal, 1 kg"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(1500)).toBe('1500');
    expect(csvField(-3.5)).toBe('-3.5');
  });
  it('neutralises spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
  it('writes a BOM, a header and CRLF rows', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe(`${UTF8_BOM}a,b\r\n1,"x,y"\r\n`);
  });
});

describe('inquiry links', () => {
  it('prefills a mailto subject and body that decode back to the text', () => {
    const link = mailtoLink('sales@example.com', { subject: 'Inquiry: Kemplang & Kerupuk', body: 'Hello,\nMOQ 500 kg?\nhttps://etalase.example.org/products/x/' });
    const url = new URL(link);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('sales@example.com');
    expect(decodeURIComponent(url.searchParams.get('subject') ?? '')).toBe('Inquiry: Kemplang & Kerupuk');
    expect(link).toContain('body=Hello%2C%0D%0AMOQ%20500%20kg%3F%0D%0A');
    expect(link).not.toContain('+');
  });
  it('builds a wa.me link from an E.164 number with encoded text', () => {
    expect(whatsappLink('+620000000001', 'Halo, saya tertarik: Kemplang 250 g & 1 kg?')).toBe(
      'https://wa.me/620000000001?text=Halo%2C%20saya%20tertarik%3A%20Kemplang%20250%20g%20%26%201%20kg%3F',
    );
  });
});
