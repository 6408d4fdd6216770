/**
 * The content checker (src/lib/content-check/): each case breaks one thing in a
 * copy of the valid fixture and asserts the message names the file, the field
 * and what was expected, and that every other entry is still valid.
 */
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkContent, formatIssues, formatReport } from '~/lib/content-check';
import { ALL_VALID, FIXTURE, TODAY, copyFixture, expectOnlyErrorsIn, issueAt, validCounts, type Catalogue } from '../helpers/fixture-copy';

let cat: Catalogue;
beforeEach(() => {
  cat = copyFixture();
});
afterEach(() => cat.cleanup());

describe('the valid fixture', () => {
  test('has no errors and no warnings, and every entry counts as valid', () => {
    const result = cat.check();
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(validCounts(result)).toEqual(ALL_VALID);
    expect(result.counts.products).toEqual({ total: 3, valid: 3, translations: { total: 3, valid: 3 } });
    expect(result.counts.categories).toEqual({ total: 2, valid: 2 });
    expect(result.counts.certificates).toEqual({ total: 3, valid: 3 });
  });

  test('the content root defaults to ETALASE_CONTENT_DIR', () => {
    const previous = process.env.ETALASE_CONTENT_DIR;
    process.env.ETALASE_CONTENT_DIR = FIXTURE;
    try {
      const result = checkContent(undefined, { today: TODAY });
      expect(result.errors).toEqual([]);
      expect(result.counts.products.total).toBe(3);
    } finally {
      if (previous === undefined) delete process.env.ETALASE_CONTENT_DIR;
      else process.env.ETALASE_CONTENT_DIR = previous;
    }
  });
});

describe('errors name the file, the field and what was expected', () => {
  test('missing required field', () => {
    cat.replace('producers/gula-contoh.md', /^address: .*\n/m, '');
    const result = cat.check();
    const issue = issueAt(result.errors, 'content/producers/gula-contoh.md', 'address');
    expect(issue.code).toBe('missing-field');
    expect(issue.message).toBe('missing required field `address`: expected a postal address (street, kelurahan, kecamatan, city)');
    expect(issue.hint.en).toContain('`address: …`');
    expect(issue.hint.id).toContain('Tambahkan baris `address: …`');
    expectOnlyErrorsIn(result, 'content/producers/gula-contoh.md');
    expect(validCounts(result)).toEqual({ ...ALL_VALID, producers: 1 });
  });

  test('a translated list of programmes that does not follow the base file item by item', () => {
    cat.replace('clusters/sentra-kemplang-contoh.md', 'units: 12\n', 'units: 12\nprogrammes:\n  - { name: Drying racks, by: Test office }\n  - { name: Packaging clinic, by: Test office }\n');
    cat.replace('clusters/sentra-kemplang-contoh.id.md', /^summary:/m, 'programmes:\n  - name: Rak jemur\nsummary:');
    const result = cat.check();
    const issue = issueAt(result.errors, 'content/clusters/sentra-kemplang-contoh.id.md', 'programmes');
    expect(issue.message).toBe('1 item(s) here but 2 in content/clusters/sentra-kemplang-contoh.md: expected one translated item per item there, in the same order');
    expect(issue.hint.id).toContain('tepat 2 butir');
    expectOnlyErrorsIn(result, 'content/clusters/sentra-kemplang-contoh.id.md');
    cat.replace('clusters/sentra-kemplang-contoh.id.md', '  - name: Rak jemur\n', '  - name: Rak jemur\n  - name: Klinik kemasan\n');
    expect(cat.check().errors).toEqual([]);
  });

  test('missing required nested field', () => {
    cat.replace('products/gula-semut.md', /^ {2}by: Test office\n/m, '');
    const result = cat.check();
    const issue = issueAt(result.errors, 'content/products/gula-semut.md', 'verification.by');
    expect(issue.message).toBe('missing required field `by`: expected text');
    expect(issue.hint.en).toBe('Add `by: …` indented under `verification:`.');
    expectOnlyErrorsIn(result, 'content/products/gula-semut.md');
  });

  test('wrong type: text where a number is expected', () => {
    cat.replace('producers/kemplang-contoh.md', 'workforce: 8', 'workforce: lots');
    const result = cat.check();
    const issue = issueAt(result.errors, 'content/producers/kemplang-contoh.md', 'workforce');
    expect(issue.code).toBe('wrong-type');
    expect(issue.message).toBe('expected a whole number, got the text "lots"');
    expect(issue.line).toBe(9);
    expect(issue.hint.en).toContain('Write digits only');
    expectOnlyErrorsIn(result, 'content/producers/kemplang-contoh.md');
    expect(validCounts(result)).toEqual({ ...ALL_VALID, producers: 1 });
  });

  test('wrong type: a single value where a list is expected', () => {
    cat.replace('products/kemplang-goreng.md', 'allergens: [fish, wheat]', 'allergens: fish');
    const issue = issueAt(cat.check().errors, 'content/products/kemplang-goreng.md', 'allergens');
    expect(issue.message).toBe('expected a list, got the text "fish"');
    expect(issue.hint.en).toContain('one item per line starting with "- "');
  });

  test.each([
    ['products/kemplang-goreng.md', 'producer: kemplang-contoh', 'producer: kemplang-contho', 'producer', 'producer', 'kemplang-contho', 'content/producers/', 'kemplang-contoh'],
    ['clusters/sentra-kemplang-contoh.md', 'region: kota-palembang', 'region: kota-plembang', 'region', 'region', 'kota-plembang', 'content/regions/', 'kota-palembang'],
    ['producers/kemplang-contoh.md', 'cluster: sentra-kemplang-contoh', 'cluster: sentra-kemplang', 'cluster', 'cluster', 'sentra-kemplang', 'content/clusters/', 'sentra-kemplang-contoh'],
    ['news/pameran-contoh.md', 'producers: [kemplang-contoh, gula-contoh]', 'producers: [kemplang-contoh, gula-conto]', 'producers[1]', 'producer', 'gula-conto', 'content/producers/', 'gula-contoh'],
  ])('reference to an entry that does not exist: %s %s', (file, from, to, field, kind, slug, folder, suggestion) => {
    cat.replace(file, from, to);
    const result = cat.check();
    const issue = issueAt(result.errors, `content/${file}`, field);
    expect(issue.code).toBe('unknown-reference');
    expect(issue.message).toBe(`no ${kind} "${slug}" exists: expected the slug (file name without .md) of an entry in ${folder}`);
    expect(issue.hint.en).toMatch(new RegExp(`^Did you mean "${suggestion}"\\?`));
    expect(issue.hint.id).toMatch(new RegExp(`^Maksudnya "${suggestion}"\\?`));
    expectOnlyErrorsIn(result, `content/${file}`);
  });

  test('unknown category', () => {
    cat.replace('products/kemplang-goreng.md', 'category: crackers', 'category: kerupuk');
    const result = cat.check();
    const issue = issueAt(result.errors, 'content/products/kemplang-goreng.md', 'category');
    expect(issue.message).toBe('no category "kerupuk" exists: expected an id from content/taxonomies/categories.yaml (crackers, sweeteners)');
    expect(issue.hint.en).toContain('add an item with this id there');
    expectOnlyErrorsIn(result, 'content/products/kemplang-goreng.md');
    expect(validCounts(result)).toEqual({ ...ALL_VALID, products: 2 });
  });

  test('unknown certificate kind', () => {
    cat.replace('producers/kemplang-contoh.md', 'kind: halal', 'kind: halall');
    const result = cat.check();
    const issue = issueAt(result.errors, 'content/producers/kemplang-contoh.md', 'certificates[2].kind');
    expect(issue.message).toBe('no certificate kind "halall" exists: expected an id from content/taxonomies/certificates.yaml (halal, nib, spp-irt)');
    expect(issue.hint.en).toMatch(/^Did you mean "halal"\?/);
    expect(issue.line).toBe(31);
    expectOnlyErrorsIn(result, 'content/producers/kemplang-contoh.md');
  });

  test('unknown allergen', () => {
    cat.replace('products/kemplang-goreng.md', 'allergens: [fish, wheat]', 'allergens: [fish, peanut]');
    const issue = issueAt(cat.check().errors, 'content/products/kemplang-goreng.md', 'allergens[1]');
    expect(issue.message).toBe('no allergen "peanut" exists: expected an id from content/taxonomies/allergens.yaml (fish, wheat)');
  });

  test('invalid email', () => {
    cat.replace('producers/kemplang-contoh.md', 'email: sales@example.com', 'email: sales(at)example.com');
    const result = cat.check();
    const issue = issueAt(result.errors, 'content/producers/kemplang-contoh.md', 'contacts.email');
    expect(issue.message).toBe('expected an email address such as "sales@example.com", got "sales(at)example.com"');
    expect(issue.hint.en).toContain('no "(at)"');
    expectOnlyErrorsIn(result, 'content/producers/kemplang-contoh.md');
  });

  test('WhatsApp number not in E.164', () => {
    cat.replace('producers/kemplang-contoh.md', 'whatsapp: "+620000000001"', 'whatsapp: "0812-3456-7890"');
    const result = cat.check();
    const issue = issueAt(result.errors, 'content/producers/kemplang-contoh.md', 'contacts.whatsapp');
    expect(issue.message).toBe(
      'expected a number in E.164 form: "+" then country code and number, no spaces or leading 0, e.g. "+6281234567890", got "0812-3456-7890"',
    );
    expect(issue.hint.en).toContain('"+6281234567890"');
    expect(issue.hint.id).toContain('"+6281234567890"');
    expectOnlyErrorsIn(result, 'content/producers/kemplang-contoh.md');
  });

  test('WhatsApp number written without quotes (YAML reads a number)', () => {
    cat.replace('producers/kemplang-contoh.md', 'whatsapp: "+620000000001"', 'whatsapp: 081234567890');
    const issue = issueAt(cat.check().errors, 'content/producers/kemplang-contoh.md', 'contacts.whatsapp');
    expect(issue.message).toBe(
      'expected a phone number in E.164 form as text in quotes, e.g. "+6281234567890", got the number 81234567890 (written `081234567890`, which YAML reads as a number)',
    );
    expect(issue.hint.en).toContain('"+6281234567890"');
  });

  test('invalid HS code', () => {
    cat.replace('products/gula-semut.md', 'hsCode: "1702.90"', 'hsCode: "170290"');
    const result = cat.check();
    const issue = issueAt(result.errors, 'content/products/gula-semut.md', 'hsCode');
    expect(issue.message).toBe('expected an HS code of 4 to 10 digits in dotted groups, e.g. "1905.90" or "2103.90.10", got "170290"');
    expect(issue.hint.en).toContain('"1702.90"');
    expectOnlyErrorsIn(result, 'content/products/gula-semut.md');
    expect(validCounts(result)).toEqual({ ...ALL_VALID, products: 2 });
  });

  test('HS code without quotes: the message shows what YAML made of it', () => {
    cat.replace('products/gula-semut.md', 'hsCode: "1702.90"', 'hsCode: 1702.90');
    const issue = issueAt(cat.check().errors, 'content/products/gula-semut.md', 'hsCode');
    expect(issue.message).toBe('expected an HS code as text in quotes, e.g. "1905.90", got the number 1702.9 (written `1702.90`, which YAML reads as a number)');
  });

  test('GTIN with a wrong check digit', () => {
    cat.replace('products/kemplang-goreng.md', '"9520000000028"', '"9520000000029"');
    const result = cat.check();
    const issue = issueAt(result.errors, 'content/products/kemplang-goreng.md', 'packs[0].barcode');
    expect(issue.message).toBe('the barcode check digit is wrong: re-type the number from the pack, got "9520000000029"');
    expect(issue.hint.en).toContain('the last digit must be 8 (9520000000028)');
    expectOnlyErrorsIn(result, 'content/products/kemplang-goreng.md');
  });

  test('the same GTIN on two products (even written with a leading zero) is an error on both, naming the other', () => {
    cat.replace('products/gula-semut.md', '"9520000000035"', '"09520000000028"');
    const result = cat.check();
    const semut = issueAt(result.errors, 'content/products/gula-semut.md', 'packs[0].barcode');
    const goreng = issueAt(result.errors, 'content/products/kemplang-goreng.md', 'packs[0].barcode');
    expect(semut.code).toBe('duplicate-gtin');
    expect(semut.line).toBe(11);
    expect(semut.message).toBe(
      'the barcode "09520000000028" (GTIN 09520000000028) is also given for content/products/kemplang-goreng.md (packs[0]): a GS1 barcode names one pack of one product, and its address /01/09520000000028/ can lead to only one product page',
    );
    expect(goreng.message).toContain('is also given for content/products/gula-semut.md (packs[0])');
    expect(semut.hint.en).toContain('Re-type each barcode from its own pack');
    expect(semut.hint.id).toContain('Ketik ulang setiap barcode');
    expectOnlyErrorsIn(result, 'content/products/gula-semut.md', 'content/products/kemplang-goreng.md');
    expect(validCounts(result)).toEqual({ ...ALL_VALID, products: 1 });
  });

  test('the same GTIN on two packs of one product', () => {
    cat.replace('products/gula-semut.md', /^packs:\n/m, 'packs:\n  - { netWeight: { value: 1, unit: kg }, packaging: pouch, barcode: "9520000000035" }\n');
    const result = cat.check();
    const issues = result.errors.filter((i) => i.code === 'duplicate-gtin');
    expect(issues.map((i) => i.field)).toEqual(['packs[0].barcode', 'packs[1].barcode']);
    expect(issues[0]!.message).toContain('is also given for this file (packs[1])');
    expectOnlyErrorsIn(result, 'content/products/gula-semut.md');
  });

  test('certificate valid-until before valid-from', () => {
    cat.replace('producers/kemplang-contoh.md', 'validUntil: 2027-01-10', 'validUntil: 2021-01-10');
    const result = cat.check();
    const issue = issueAt(result.errors, 'content/producers/kemplang-contoh.md', 'certificates[1].validUntil');
    expect(issue.message).toBe('validUntil is before validFrom: check the two dates on the document; got validFrom 2022-01-10 and validUntil 2021-01-10');
    expect(issue.hint.en).toContain('validUntil must be on or after validFrom');
    expectOnlyErrorsIn(result, 'content/producers/kemplang-contoh.md');
    expect(result.warnings).toEqual([]);
  });

  test('two entries with the same slug', () => {
    cat.write('products/gula-semut.mdx', cat.read('products/gula-semut.md'));
    const result = cat.check();
    const md = issueAt(result.errors, 'content/products/gula-semut.md', '(file name)');
    const mdx = issueAt(result.errors, 'content/products/gula-semut.mdx', '(file name)');
    expect(md.code).toBe('duplicate-slug');
    expect(md.message).toBe('the slug "gula-semut" is also used by content/products/gula-semut.mdx: only one of them would be published');
    expect(mdx.message).toBe('the slug "gula-semut" is also used by content/products/gula-semut.md: only one of them would be published');
    expectOnlyErrorsIn(result, 'content/products/gula-semut.md', 'content/products/gula-semut.mdx');
    expect(validCounts(result)).toEqual({ ...ALL_VALID, products: 2 });
  });

  test('a file name that is not a slug, with the rename spelled out', () => {
    cat.write('regions/Kota Baru.md', cat.read('regions/kota-palembang.md'));
    const result = cat.check();
    const issue = issueAt(result.errors, 'content/regions/Kota Baru.md', '(file name)');
    expect(issue.message).toBe(
      'the file name "Kota Baru" is not a valid slug: file names become web addresses, so expected only lowercase letters a-z, digits and single hyphens',
    );
    expect(issue.hint.en).toBe('Rename the file to kota-baru.md and update entries that refer to it.');
    expectOnlyErrorsIn(result, 'content/regions/Kota Baru.md');
    expect(result.counts.regions).toMatchObject({ total: 2, valid: 1 });
  });

  test('an image path that does not exist', () => {
    cat.replace('products/kemplang-goreng.md', 'images/products/kemplang-goreng.jpg', 'images/products/kemplang-goreng.jpeg');
    const result = cat.check();
    const issue = issueAt(result.errors, 'content/products/kemplang-goreng.md', 'images[0].src');
    expect(issue.code).toBe('missing-image');
    expect(issue.message).toBe('image not found: expected a file at content/images/products/kemplang-goreng.jpeg');
    expect(issue.hint.en).toMatch(/^Did you mean "\.\.\/images\/products\/kemplang-goreng\.jpg"\?/);
    // The translation's alt text now points at an image the entry no longer has.
    expectOnlyErrorsIn(result, 'content/products/kemplang-goreng.md', 'content/products/kemplang-goreng.id.md');
  });

  test('an image given as a web address', () => {
    cat.replace('clusters/sentra-kemplang-contoh.md', '../images/clusters/sentra-kemplang-contoh.jpg', 'https://example.com/photo.jpg');
    const issue = issueAt(cat.check().errors, 'content/clusters/sentra-kemplang-contoh.md', 'cover.src');
    expect(issue.message).toBe('expected a local image file, got the web address "https://example.com/photo.jpg": the site never loads images from other sites');
  });

  test('a translation file with no base entry', () => {
    cat.write('products/gula-cair.id.md', cat.read('products/gula-semut.id.md'));
    const result = cat.check();
    const issue = issueAt(result.errors, 'content/products/gula-cair.id.md', '(file name)');
    expect(issue.code).toBe('translation-without-base');
    expect(issue.message).toBe('translation without a base entry: expected content/products/gula-cair.md (facts and English text) next to it');
    expectOnlyErrorsIn(result, 'content/products/gula-cair.id.md');
    expect(validCounts(result)).toEqual(ALL_VALID);
  });

  test('malformed YAML names the line in the file', () => {
    cat.replace('products/gula-semut.md', 'name: Gula Semut', 'name: Gula Semut\ningredients: [palm sap, lime');
    const result = cat.check();
    const issue = issueAt(result.errors, 'content/products/gula-semut.md', '(front matter)');
    expect(issue.code).toBe('yaml-syntax');
    expect(issue.message).toMatch(/^the front matter is not valid YAML: /);
    expect(issue.line).toBeGreaterThanOrEqual(3);
    expectOnlyErrorsIn(result, 'content/products/gula-semut.md');
    expect(validCounts(result)).toEqual({ ...ALL_VALID, products: 2 });
  });

  test('a value with ": " in it gets a hint to quote it', () => {
    cat.replace('regions/kota-palembang.md', /^summary: .*$/m, 'summary: Palembang: the capital of South Sumatra, home of kemplang.');
    const issue = issueAt(cat.check().errors, 'content/regions/kota-palembang.md', '(front matter)');
    expect(issue.line).toBe(5);
    expect(issue.message).toMatch(/^the front matter is not valid YAML: a value contains ": "/);
    expect(issue.hint.en).toContain('Wrap the whole value in double quotes');
  });

  test('unknown field, with the closest known field suggested', () => {
    cat.replace('products/gula-semut.md', 'hsCode: "1702.90"', 'hscode: "1702.90"');
    cat.replace('producers/kemplang-contoh.md', 'whatsapp:', 'whatsap:');
    const result = cat.check();
    const top = issueAt(result.errors, 'content/products/gula-semut.md', 'hscode');
    expect(top.code).toBe('unknown-field');
    expect(top.message).toBe('`hscode` is not a known field: did you mean `hsCode`?');
    expect(top.hint.en).toMatch(/^Rename it to `hsCode`, or delete the line\. Known fields here: name, producer, category/);
    const nested = issueAt(result.errors, 'content/producers/kemplang-contoh.md', 'contacts.whatsap');
    expect(nested.message).toBe('`whatsap` is not a known field in `contacts`: did you mean `whatsapp`?');
    expectOnlyErrorsIn(result, 'content/products/gula-semut.md', 'content/producers/kemplang-contoh.md');
  });

  test('a fact in a translation file belongs in the base file', () => {
    cat.replace('products/kemplang-panggang.id.md', 'summary:', 'hsCode: "1905.90"\nsummary:');
    const result = cat.check();
    const issue = issueAt(result.errors, 'content/products/kemplang-panggang.id.md', 'hsCode');
    expect(issue.code).toBe('fact-in-translation');
    expect(issue.message).toBe('`hsCode` is a fact, not prose: facts belong in the base file content/products/kemplang-panggang.md, once for all languages');
    expect(issue.hint.en).toContain('A translation file may contain only: imageAlts, summary, name, ingredients, storage, season.');
    expectOnlyErrorsIn(result, 'content/products/kemplang-panggang.id.md');
    expect(validCounts(result)).toEqual(ALL_VALID);
    expect(result.counts.products.translations).toEqual({ total: 3, valid: 2 });
  });

  test('translation alt text for an image the entry does not have', () => {
    cat.replace('products/gula-semut.id.md', 'gula-semut.jpg:', 'gula-semut.jpeg:');
    const result = cat.check();
    const issue = issueAt(result.errors, 'content/products/gula-semut.id.md', 'imageAlts["gula-semut.jpeg"]');
    expect(issue.message).toBe('no image named "gula-semut.jpeg" in content/products/gula-semut.md: expected one of its image file names (gula-semut.jpg)');
    expect(issue.hint.en).toMatch(/^Did you mean "gula-semut\.jpg"\?/);
    expect(issueAt(result.warnings, 'content/products/gula-semut.id.md', 'imageAlts').code).toBe('missing-image-alt');
  });

  test('a certificate listing another producer’s product', () => {
    cat.replace('producers/kemplang-contoh.md', 'products: [kemplang-panggang]', 'products: [kemplang-panggang, gula-semut]');
    const issue = issueAt(cat.check().errors, 'content/producers/kemplang-contoh.md', 'certificates[2].products[1]');
    expect(issue.message).toBe('product "gula-semut" belongs to producer "gula-contoh", not to this producer: expected one of this producer\'s own products');
  });

  test('taxonomy items: missing label and duplicate id', () => {
    cat.replace('taxonomies/allergens.yaml', '- id: wheat', '- id: fish');
    cat.replace('taxonomies/categories.yaml', '  label: { en: Sweeteners, id: Pemanis }\n', '');
    const result = cat.check();
    const duplicate = issueAt(result.errors, 'content/taxonomies/allergens.yaml', '[1].id');
    expect(duplicate.message).toBe('the id "fish" is used by an earlier item too: ids must be unique');
    expect(duplicate.line).toBe(4);
    const label = issueAt(result.errors, 'content/taxonomies/categories.yaml', '[1].label');
    expect(label.message).toMatch(/^missing required field `label`: expected a group of fields \(en, id\)$/);
    expect(result.counts.categories).toEqual({ total: 2, valid: 1 });
  });

  test('one bad entry hides nothing: several broken files are each reported, good ones stay valid', () => {
    cat.replace('producers/gula-contoh.md', /^address: .*\n/m, '');
    cat.replace('products/kemplang-goreng.md', 'category: crackers', 'category: kerupuk');
    cat.replace('regions/kota-palembang.md', 'kind: kota', 'kind: city');
    cat.write('news/pameran-lain.id.md', cat.read('news/pameran-contoh.id.md'));
    const result = cat.check();
    expectOnlyErrorsIn(
      result,
      'content/producers/gula-contoh.md',
      'content/products/kemplang-goreng.md',
      'content/regions/kota-palembang.md',
      'content/news/pameran-lain.id.md',
    );
    expect(issueAt(result.errors, 'content/regions/kota-palembang.md', 'kind').message).toBe('expected "kota" (city) or "kabupaten" (regency), got the text "city"');
    // The cluster and producer that refer to the broken region are not blamed for it.
    expect(validCounts(result)).toEqual({ regions: 0, clusters: 1, associations: 1, producers: 1, products: 2, news: 1 });
  });
});

describe('trust signals and gaps are warnings, not errors', () => {
  test('a certificate expired as of the build date', () => {
    cat.replace('producers/kemplang-contoh.md', 'validUntil: 2028-05-01', 'validUntil: 2025-12-31');
    const result = cat.check();
    expect(result.errors).toEqual([]);
    const issue = issueAt(result.warnings, 'content/producers/kemplang-contoh.md', 'certificates[2].validUntil');
    expect(issue.code).toBe('certificate-expired');
    expect(issue.message).toBe('the Halal certificate SAMPLE-HALAL-0001 expired on 2025-12-31 (build date 2026-01-15): it is shown as expired');
    expect(validCounts(result)).toEqual(ALL_VALID);
  });

  test('the same certificate is not expired on its last day', () => {
    cat.replace('producers/kemplang-contoh.md', 'validUntil: 2028-05-01', 'validUntil: 2026-01-15');
    expect(cat.check().warnings).toEqual([]);
  });

  test('a listing verified more than 12 months before the build date', () => {
    cat.replace('products/gula-semut.md', 'date: 2025-09-15', 'date: 2025-01-14');
    const result = cat.check();
    expect(result.errors).toEqual([]);
    const issue = issueAt(result.warnings, 'content/products/gula-semut.md', 'verification.date');
    expect(issue.code).toBe('verification-stale');
    expect(issue.message).toBe(
      'last verified on 2025-01-14, more than 12 months before the build date 2026-01-15: the listing is shown as not recently verified',
    );
    expect(result.warnings).toHaveLength(1);
  });

  test('verified exactly 12 months before the build date is not stale yet', () => {
    cat.replace('products/gula-semut.md', 'date: 2025-09-15', 'date: 2025-01-15');
    expect(cat.check().warnings).toEqual([]);
  });

  test('a stale producer is flagged even when another field of it is broken', () => {
    cat.replace('producers/gula-contoh.md', 'date: 2025-09-15', 'date: 2024-06-01');
    cat.replace('producers/gula-contoh.md', 'scale: small', 'scale: tiny');
    const result = cat.check();
    expect(issueAt(result.errors, 'content/producers/gula-contoh.md', 'scale').message).toBe('expected one of: household, small, medium, got the text "tiny"');
    expect(issueAt(result.warnings, 'content/producers/gula-contoh.md', 'verification.date').code).toBe('verification-stale');
  });

  test('a missing translation', () => {
    cat.remove('news/pameran-contoh.id.md');
    const result = cat.check();
    expect(result.errors).toEqual([]);
    const issue = issueAt(result.warnings, 'content/news/pameran-contoh.md', '(translation)');
    expect(issue.code).toBe('missing-translation');
    expect(issue.message).toBe(
      'no Bahasa Indonesia translation: expected pameran-contoh.id.md next to this file; until then the Bahasa Indonesia page shows the English text with a notice',
    );
  });

  test('an export market missing from the markets taxonomy', () => {
    cat.replace('products/kemplang-panggang.md', '  - country: SG', '  - country: JP');
    const result = cat.check();
    expect(result.errors).toEqual([]);
    const issue = issueAt(result.warnings, 'content/products/kemplang-panggang.md', 'exportMarkets[0].country');
    expect(issue.message).toBe('export market "JP" is not in content/taxonomies/markets.yaml: expected a country listed there (SG, MY); the page shows the bare code');
  });

  test('a file the loader would silently skip', () => {
    cat.write('products/notes.txt', 'not an entry');
    const result = cat.check();
    expect(result.errors).toEqual([]);
    expect(issueAt(result.warnings, 'content/products/notes.txt', '(file name)').code).toBe('ignored-file');
  });
});

describe('the report', () => {
  test('groups issues by file, each with field, line, message and both hints', () => {
    cat.replace('producers/kemplang-contoh.md', 'workforce: 8', 'workforce: lots');
    cat.replace('producers/kemplang-contoh.md', 'email: sales@example.com', 'email: sales(at)example.com');
    cat.replace('products/kemplang-goreng.md', 'producer: kemplang-contoh', 'producer: kemplang-contho');
    const text = formatIssues(cat.check().errors);
    expect(text).toBe(
      [
        'content/producers/kemplang-contoh.md',
        '  error   workforce (line 9)',
        '          expected a whole number, got the text "lots"',
        '          fix:      Write digits only, without units, words or thousands separators, e.g. `workforce: 12`. Units have their own field.',
        '          perbaiki: Tulis angka saja, tanpa satuan, kata, atau pemisah ribuan, mis. `workforce: 12`. Satuan punya isian sendiri.',
        '  error   contacts.email (line 14)',
        '          expected an email address such as "sales@example.com", got "sales(at)example.com"',
        '          fix:      Write one address like name@domain.com: no spaces, no "mailto:", no "(at)". Sample entries use @example.com.',
        '          perbaiki: Tulis satu alamat seperti nama@domain.com: tanpa spasi, tanpa "mailto:", tanpa "(at)". Entri contoh memakai @example.com.',
        '',
        'content/products/kemplang-goreng.md',
        '  error   producer (line 3)',
        '          no producer "kemplang-contho" exists: expected the slug (file name without .md) of an entry in content/producers/',
        '          fix:      Did you mean "kemplang-contoh"? Use the file name of an existing producer without .md (gula-contoh, kemplang-contoh), or create content/producers/kemplang-contho.md first.',
        '          perbaiki: Maksudnya "kemplang-contoh"? Gunakan nama berkas produsen yang sudah ada tanpa .md (gula-contoh, kemplang-contoh), atau buat dulu content/producers/kemplang-contho.md.',
      ].join('\n'),
    );
  });

  test('ends with a summary of valid entries per collection', () => {
    cat.remove('news/pameran-contoh.id.md');
    cat.replace('products/gula-semut.md', 'hsCode: "1702.90"', 'hsCode: "17.02"');
    const report = formatReport(cat.check());
    expect(report).toMatch(/^ERRORS \(the site cannot be built until these are fixed\)\n\ncontent\/products\/gula-semut\.md\n/);
    expect(report).toContain('\n\nWARNINGS (the site builds; these are shown to readers or should be looked at)\n\ncontent/news/pameran-contoh.md\n');
    expect(report).toContain(
      'Content check: 1 error and 1 warning in 2 files.\nValid entries: regions 1/1, clusters 1/1, associations 1/1, producers 2/2, products 2/3, news 1/1; translations 8/8.',
    );
  });
});

describe('photo size', () => {
  const photo = async (width: number, height: number) => {
    const { default: sharp } = await import('sharp');
    return sharp({ create: { width, height, channels: 3, background: { r: 120, g: 80, b: 40 } } }).jpeg().toBuffer();
  };

  test('a photo larger than a prepared one is a warning naming the photo command; the entry stays valid', async () => {
    writeFileSync(`${cat.root}/images/products/gula-semut.jpg`, await photo(4000, 3000));
    const result = cat.check();
    expect(result.errors).toEqual([]);
    const warning = issueAt(result.warnings, 'content/products/gula-semut.md', '(photo)');
    expect(warning.code).toBe('image-too-large');
    expect(warning.message).toMatch(
      /^the photo \.\.\/images\/products\/gula-semut\.jpg is \d+\.\d MB \(4000 × 3000 px\): expected a photo prepared to at most 2400 px and about 1 MB; above 3 MB or 3000 px it slows the build/,
    );
    expect(warning.hint.en).toContain('`npm run images -- --photo camera.jpg --to products/gula-semut.jpg`');
    expect(warning.hint.id).toContain('`npm run images -- --photo kamera.jpg --to products/gula-semut.jpg`');
    expect(validCounts(result)).toEqual(ALL_VALID);
  });

  test.each([
    ['45 megapixels', async () => photo(9000, 5000), /is \d+\.\d MB \(9000 × 5000 px\): the limit is 15 MB and 40 megapixels, so it is not published as it is$/],
    // A 16 MB file (a small photo followed by 16 MB the camera stored with it).
    ['16 MB', async () => Buffer.concat([await photo(1600, 1200), Buffer.alloc(16 * 1024 * 1024)]), /is 16\.\d MB \(1600 × 1200 px\): the limit is 15 MB/],
  ])('a photo above the hard limit (%s) is refused: an error naming the photo command', async (_, make, message) => {
    writeFileSync(`${cat.root}/images/products/gula-semut.jpg`, await make());
    const result = cat.check();
    const issue = issueAt(result.errors, 'content/products/gula-semut.md', 'images[0].src');
    expect(issue.code).toBe('image-too-large');
    expect(issue.message).toMatch(message);
    expect(issue.hint.en).toContain('`npm run images -- --photo camera.jpg --to products/gula-semut.jpg`');
    expectOnlyErrorsIn(result, 'content/products/gula-semut.md');
    expect(validCounts(result)).toEqual({ ...ALL_VALID, products: 2 });
  });
});

describe('photo width', () => {
  test('a photo narrower than 1200 px is a warning naming the photo and its width; the entry stays valid', async () => {
    const { default: sharp } = await import('sharp');
    await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 120, g: 80, b: 40 } } })
      .jpeg()
      .toFile(`${cat.root}/images/products/gula-semut.jpg`);
    const result = cat.check();
    expect(result.errors).toEqual([]);
    const warning = result.warnings.find((w) => w.code === 'image-too-small');
    expect(warning?.file).toBe('content/products/gula-semut.md');
    expect(warning?.message).toBe('the photo ../images/products/gula-semut.jpg is 800 px wide: expected at least 1200 px so it stays sharp on large screens and in print');
    expect(warning?.hint.id).toContain('npm run images -- --photo');
    expect(validCounts(result)).toEqual(ALL_VALID);
  });
});

describe('nothing an editor types is silently changed (issue 15)', () => {
  const copyAgain = ['Copy the date from the document again as YEAR-MONTH-DAY', 'Salin ulang tanggal dari dokumen sebagai TAHUN-BULAN-HARI'];
  test.each([
    // Day and month swapped: YAML alone would read 2030-07-12, a certificate valid 18 months too long.
    ['producers/kemplang-contoh.md', 'validUntil: 2028-05-01', 'validUntil: 2028-31-12', 'certificates[2].validUntil', '2028-31-12 is not a real date (there is no month 31): expected a date written as YEAR-MONTH-DAY; did you mean 2028-12-31?', [
      'Did you mean 2028-12-31? Dates are written year, then month, then day: `validUntil: 2028-12-31`. Check it against the document.',
      'Maksudnya 2028-12-31? Tanggal ditulis tahun, lalu bulan, lalu hari: `validUntil: 2028-12-31`. Cocokkan dengan dokumennya.',
    ]],
    ['news/pameran-contoh.md', 'date: 2025-11-20', 'date: 2025-02-31', 'date', '2025-02-31 is not a real date (February 2025 has 28 days): expected a date written as YEAR-MONTH-DAY', copyAgain],
    ['news/pameran-contoh.md', 'date: 2025-11-20', 'date: "2025-02-29"', 'date', '2025-02-29 is not a real date (February 2025 has 28 days): expected a date written as YEAR-MONTH-DAY', copyAgain],
    ['products/gula-semut.md', 'date: 2025-09-15', 'date: 2025-09-31', 'verification.date', '2025-09-31 is not a real date (September 2025 has 30 days): expected a date written as YEAR-MONTH-DAY', copyAgain],
    ['producers/kemplang-contoh.md', 'validFrom: 2021-03-01', 'validFrom: 2021-00-10', 'certificates[0].validFrom', '2021-00-10 is not a real date (there is no month 0): expected a date written as YEAR-MONTH-DAY', copyAgain],
  ])('a day that is not on the calendar is an error, never rolled over: %s %s', (file, from, to, field, message, [en, id]) => {
    cat.replace(file, from, to);
    const result = cat.check();
    const issue = issueAt(result.errors, `content/${file}`, field);
    expect(issue.code).toBe('impossible-date');
    expect(issue.line).toBe(cat.read(file).split('\n').findIndex((line) => line.includes(to)) + 1);
    expect(issue.message).toBe(message);
    expect(issue.hint.en.startsWith(en!), issue.hint.en).toBe(true);
    expect(issue.hint.id.startsWith(id!), issue.hint.id).toBe(true);
    expectOnlyErrorsIn(result, `content/${file}`);
    expect(result.warnings).toEqual([]);
  });

  test('a leap day is a real date', () => {
    cat.replace('news/pameran-contoh.md', 'date: 2025-11-20\nendDate: 2025-11-22', 'date: 2024-02-29\nendDate: "2024-03-01"');
    expect(cat.check().errors).toEqual([]);
  });

  test('YAML aliases are refused at once with the line, even a nested alias bomb', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const name = String.fromCharCode(97 + i);
      const prev = String.fromCharCode(96 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    // Unknown fields holding the anchors, and a list field fed with the last one.
    cat.replace('products/gula-semut.md', 'name: Gula Semut', `name: Gula Semut\n${levels.join('\n')}\ntags: *i`);
    const started = Date.now();
    const result = cat.check();
    expect(Date.now() - started).toBeLessThan(5000);
    const issue = issueAt(result.errors, 'content/products/gula-semut.md', '(front matter)');
    expect(issue.code).toBe('yaml-alias');
    expect(issue.line).toBe(4);
    expect(issue.message).toBe('`*a` repeats a value marked `&a` elsewhere (a YAML alias): aliases are not allowed in content files');
    expect(issue.hint.en).toContain('Write the value out in full instead of `*a`');
    expect(issue.hint.id).toContain('Tulis nilainya secara lengkap sebagai ganti `*a`');
    expectOnlyErrorsIn(result, 'content/products/gula-semut.md');
  });

  test('a merge key is an alias too; an asterisk inside text is not', () => {
    cat.replace('products/gula-semut.md', /^verification:\n/m, 'base: &base\n  by: Test office\nverification:\n  <<: *base\n');
    expect(issueAt(cat.check().errors, 'content/products/gula-semut.md', '(front matter)').code).toBe('yaml-alias');
    cat.write('products/gula-semut.md', cat.read('products/gula-semut.md').replace(/^base: &base\n {2}by: Test office\n/m, '').replace('  <<: *base\n', ''));
    cat.replace('products/gula-semut.md', /^summary: .*$/m, 'summary: "Palm sugar *crystals*, sun-dried: rated ***** by buyers"');
    expect(cat.check().errors).toEqual([]);
  });

  test('no message or hint quotes more than a short piece of a long value', () => {
    const long = 'x'.repeat(50_000);
    cat.replace('products/kemplang-goreng.md', 'producer: kemplang-contoh', `producer: ${long}`);
    cat.replace('products/kemplang-goreng.md', 'hsCode: "1905.90"', `hsCode: ${'1'.repeat(20_000)}`);
    cat.replace('products/kemplang-goreng.md', 'packaging: pouch', `packaging: ${long}`);
    cat.replace('products/gula-semut.md', 'name: Gula Semut', `name: Gula Semut\n${long}: 1`);
    cat.replace('products/gula-semut.id.md', 'gula-semut.jpg:', `${long}.jpg:`);
    cat.replace('producers/kemplang-contoh.md', 'email: sales@example.com', `email: ${long}`);
    const result = cat.check();
    expect(result.errors.length).toBeGreaterThanOrEqual(6);
    for (const issue of [...result.errors, ...result.warnings]) {
      for (const text of [issue.field, issue.message, issue.hint.en, issue.hint.id]) expect(text.length, text.slice(0, 300)).toBeLessThan(1000);
    }
  });

  test('an entry in a subfolder is an error naming where it belongs; it would not be published', () => {
    cat.write('products/extra/kemplang-bakar.md', cat.read('products/kemplang-goreng.md'));
    const result = cat.check();
    const issue = issueAt(result.errors, 'content/products/extra/kemplang-bakar.md', '(file name)');
    expect(issue.code).toBe('nested-entry');
    expect(issue.message).toBe('this entry is in a subfolder, so it is not published: entries must be directly in content/products/');
    expect(issue.hint.en).toBe('Move it to content/products/kemplang-bakar.md (rename it if that name is taken), then delete the empty subfolder.');
    expect(issue.hint.id).toBe('Pindahkan ke content/products/kemplang-bakar.md (ganti namanya bila nama itu sudah dipakai), lalu hapus subfolder yang kosong.');
    expectOnlyErrorsIn(result, 'content/products/extra/kemplang-bakar.md');
    expect(validCounts(result)).toEqual(ALL_VALID);
  });

  test('a subfolder with no entries in it is still only a warning', () => {
    cat.write('products/drafts/notes.txt', 'ideas');
    const result = cat.check();
    expect(result.errors).toEqual([]);
    expect(issueAt(result.warnings, 'content/products/drafts', '(file name)').code).toBe('ignored-file');
  });
});

describe('the sample flag and the placeholders agree (issue 15)', () => {
  test.each([
    ['contacts.whatsapp', '"+620000000001"', 'number'],
    ['contacts.email', '"sales@example.com"', 'email address'],
    ['contacts.website', '"https://example.com/kemplang-contoh"', 'web address'],
    ['certificates[0].number', '"SAMPLE-NIB-0001"', 'certificate number'],
  ])('placeholders in an entry not marked as sample are errors: %s', (field, value, noun) => {
    cat.replace('producers/kemplang-contoh.md', 'sample: true', 'sample: false');
    const result = cat.check();
    const issue = issueAt(result.errors, 'content/producers/kemplang-contoh.md', field);
    expect(issue.code).toBe('sample-mismatch');
    expect(issue.message).toBe(`${value} is a placeholder ${noun}, but this entry is not marked \`sample: true\`: readers would take it for a real one`);
    expect(issue.hint.en).toContain('If the whole entry is sample data, set `sample: true` instead');
    expect(issue.hint.id).toContain('Bila seluruh entri ini data contoh, isi `sample: true`');
    expect(issue.line).toBeGreaterThan(1);
    expectOnlyErrorsIn(result, 'content/producers/kemplang-contoh.md');
  });

  test('leaving `sample` out is the same as `sample: false`; a demonstration barcode counts as a placeholder', () => {
    cat.replace('products/kemplang-goreng.md', 'sample: true\n', '');
    const issue = issueAt(cat.check().errors, 'content/products/kemplang-goreng.md', 'packs[0].barcode');
    expect(issue.message).toBe('"9520000000028" is a placeholder barcode, but this entry is not marked `sample: true`: readers would take it for a real one');
  });

  test.each([
    ['contacts.whatsapp', 'whatsapp: "+620000000001"', 'whatsapp: "+6281234567890"', '"+6281234567890"', 'number', '"+620000000001"'],
    ['contacts.email', 'email: sales@example.com', 'email: sales@kemplang.co.id', '"sales@kemplang.co.id"', 'email address', 'sales@example.com'],
    ['certificates[1].number', 'number: SAMPLE-PIRT-0001', 'number: 2061671010123-27', '"2061671010123-27"', 'certificate number', 'SAMPLE-HALAL-0001'],
  ])('a real-looking value in a sample entry is an error: %s', (field, from, to, value, noun, example) => {
    cat.replace('producers/kemplang-contoh.md', from, to);
    const result = cat.check();
    const issue = issueAt(result.errors, 'content/producers/kemplang-contoh.md', field);
    expect(issue.code).toBe('sample-mismatch');
    expect(issue.message).toBe(
      `this entry is marked \`sample: true\`, but ${value} looks like a real ${noun}: sample entries use placeholders, so that no real person or business is contacted or misrepresented`,
    );
    expect(issue.hint.en).toBe(`Use a placeholder such as ${example} here. If this ${noun} is real and from a source, set \`sample: false\` and replace every other placeholder in the file.`);
    expect(issue.hint.id).toMatch(new RegExp(`^Pakai contoh seperti ${example.replace(/[+.]/g, '\\$&')} di sini\\.`));
    expectOnlyErrorsIn(result, 'content/producers/kemplang-contoh.md');
  });

  test('real data under `sample: false` passes', () => {
    cat.replace('producers/gula-contoh.md', /^sample: true$/m, 'sample: false');
    cat.replace('producers/gula-contoh.md', 'phone: "+620000000002"', 'phone: "+62281891234"');
    cat.replace('producers/gula-contoh.md', 'number: SAMPLE-NIB-0002', 'number: "9120001234567"');
    const text = cat.read('producers/gula-contoh.md');
    expect(text).not.toMatch(/example\.com|\+620|SAMPLE-/);
    expect(cat.check().errors).toEqual([]);
  });
});

describe('names from the label, and hints that lead the right way (issue 15)', () => {
  test.each([
    ['PIRT', 'spp-irt'],
    ['P-IRT', 'spp-irt'],
    ['MUI', 'halal'],
    ['Halal MUI', 'halal'],
    ['OSS', 'nib'],
  ])('a certificate kind written as on the document (%s) suggests its id (%s)', (written, id) => {
    cat.replace('producers/kemplang-contoh.md', 'kind: spp-irt', `kind: ${written}`);
    const issue = issueAt(cat.check().errors, 'content/producers/kemplang-contoh.md', 'certificates[1].kind');
    expect(issue.hint.en.startsWith(`Did you mean "${id}"? `), issue.hint.en).toBe(true);
    expect(issue.hint.id.startsWith(`Maksudnya "${id}"? `), issue.hint.id).toBe(true);
  });

  test('an unknown certificate kind lists every id when there are few, and asks a maintainer instead of inviting a new kind', () => {
    const ids = ['bpom-md', 'psat', 'sni', 'gmp-cppob', 'haccp', 'iso-22000', 'organic', 'batikmark', 'other-one', 'other-two', 'other-three', 'other-four'];
    const halal = cat.read('taxonomies/certificates.yaml').split('- id: halal')[1]!;
    cat.write('taxonomies/certificates.yaml', `${cat.read('taxonomies/certificates.yaml')}${ids.map((id) => `- id: ${id}${halal}`).join('')}`);
    cat.replace('producers/kemplang-contoh.md', 'kind: spp-irt', 'kind: PIRT');
    const issue = issueAt(cat.check().errors, 'content/producers/kemplang-contoh.md', 'certificates[1].kind');
    expect(issue.message).toBe(
      `no certificate kind "PIRT" exists: expected an id from content/taxonomies/certificates.yaml (${[...ids, 'halal', 'nib', 'spp-irt'].sort().join(', ')})`,
    );
    expect(issue.hint.en).toBe(
      'Did you mean "spp-irt"? Use one of the ids in content/taxonomies/certificates.yaml, written exactly as there. If none fits, ask a maintainer whether to add an item with this id there; do not add a certificate kind yourself.',
    );
    expect(issue.hint.id).toBe(
      'Maksudnya "spp-irt"? Gunakan salah satu id di content/taxonomies/certificates.yaml, ditulis persis seperti di sana. Bila tidak ada yang cocok, tanyakan kepada pengelola apakah butir dengan id ini perlu ditambahkan; jangan menambahkannya sendiri.',
    );
  });

  test('an unknown cluster asks a maintainer to add it; an unknown producer may be created', () => {
    cat.replace('producers/kemplang-contoh.md', 'cluster: sentra-kemplang-contoh', 'cluster: sentra-baru');
    const issue = issueAt(cat.check().errors, 'content/producers/kemplang-contoh.md', 'cluster');
    expect(issue.hint.en).toBe('Use the file name of an existing cluster without .md (sentra-kemplang-contoh); if it is missing, ask a maintainer to add content/clusters/sentra-baru.md.');
    expect(issue.hint.id).toBe('Gunakan nama berkas sentra yang sudah ada tanpa .md (sentra-kemplang-contoh); bila belum ada, minta pengelola menambahkan content/clusters/sentra-baru.md.');
  });

  test('after a photo is renamed in the base file, the translation is not told to use the misspelt name', () => {
    cat.replace('products/gula-semut.md', 'images/products/gula-semut.jpg', 'images/products/gula-semutt.jpg');
    const result = cat.check();
    const alt = issueAt(result.errors, 'content/products/gula-semut.id.md', 'imageAlts["gula-semut.jpg"]');
    expect(alt.hint.en).toBe(
      'First correct the image path in content/products/gula-semut.md: "gula-semutt.jpg" is not an existing file. Alt texts are keyed by the file name used there; if that becomes "gula-semut.jpg", this line is right as it is.',
    );
    expect(alt.hint.id).toBe(
      'Perbaiki dulu jalur gambar di content/products/gula-semut.md: "gula-semutt.jpg" bukan berkas yang ada. Teks alt dikunci dengan nama berkas di sana; bila namanya menjadi "gula-semut.jpg", baris ini sudah benar.',
    );
    expect(issueAt(result.errors, 'content/products/gula-semut.md', 'images[0].src').hint.en).toMatch(/^Did you mean "\.\.\/images\/products\/gula-semut\.jpg"\?/);
  });

  test('a field missing from a list item is placed in that item, not under a line that does not exist', () => {
    cat.replace('products/gula-semut.md', /^ {4}alt: .*\n/m, '');
    cat.replace('taxonomies/categories.yaml', '  label: { en: Sweeteners, id: Pemanis }\n', '');
    const result = cat.check();
    const alt = issueAt(result.errors, 'content/products/gula-semut.md', 'images[0].alt');
    expect(alt.hint.en).toBe('Add `alt: …` to item 1 of `images:`, indented like its other fields under its "- " line.');
    expect(alt.hint.id).toBe('Tambahkan `alt: …` pada butir ke-1 dari `images:`, menjorok sejajar isian lain di bawah baris "- "-nya.');
    const label = issueAt(result.errors, 'content/taxonomies/categories.yaml', '[1].label');
    expect(label.hint.en).toBe('Add `label: …` to item 2 of the list, indented like its other fields under its "- " line.');
  });

  test('a field missing from a group inside a list item names both', () => {
    cat.replace('products/gula-semut.md', /^ {2}- netWeight: \{ value: (\d+), unit: (\w+) \}$/m, '  - netWeight: { unit: $2 }');
    const issue = issueAt(cat.check().errors, 'content/products/gula-semut.md', 'packs[0].netWeight.value');
    expect(issue.hint.en).toBe('Add `value: …` indented under `netWeight:` (in item 1 of `packs:`).');
    expect(issue.hint.id).toBe('Tambahkan `value: …` menjorok di bawah `netWeight:` (di butir ke-1 dari `packs:`).');
  });

  test('Indonesian fix lines are fully Indonesian, also when a list is shortened', () => {
    for (let i = 1; i <= 9; i++) cat.write(`producers/produsen-${i}.md`, cat.read('producers/gula-contoh.md'));
    cat.replace('products/kemplang-goreng.md', 'producer: kemplang-contoh', 'producer: tidak-ada');
    cat.replace('products/gula-semut.md', 'hsCode: "1702.90"', 'hscode: "1702.90"');
    cat.replace('producers/kemplang-contoh.md', 'kind: spp-irt', 'kind: PIRT');
    cat.replace('products/kemplang-goreng.md', 'images/products/kemplang-goreng.jpg', 'images/products/kemplang-gorng.jpg');
    const result = cat.check();
    const reference = issueAt(result.errors, 'content/products/kemplang-goreng.md', 'producer');
    expect(reference.hint.id).toMatch(/\(gula-contoh, kemplang-contoh, produsen-1, produsen-2, produsen-3, produsen-4, produsen-5, produsen-6 dan 3 lainnya\)/);
    for (const issue of [...result.errors, ...result.warnings]) {
      expect(issue.hint.id, issue.hint.id).not.toMatch(/\b(and \d+ more|Did you mean|Add|Use|Write|the|with|or|if)\b/);
    }
  });
});
