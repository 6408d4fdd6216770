/**
 * The Sveltia CMS configuration (`/admin/config.yml`), generated from the
 * schemas so the forms cannot drift from them: every field of a collection's
 * schema becomes a form field with its label and hint in Indonesian and
 * English, enums and taxonomy references become selects, references to
 * producers, regions, clusters and associations become relations, dates date
 * pickers, lists of objects (certificates, packs) repeatable groups, images
 * image fields writing into `content/images/<collection>/` with their alt text.
 *
 * The CMS writes today's layout: `<slug>.md` with the facts and the English
 * prose, `<slug>.id.md` with the Indonesian prose only (i18n `multiple_files`
 * with the default locale omitted from the file name). A field is translated
 * when the collection's translation schema has it too; facts stay in the base file.
 *
 * Pure: the collections, taxonomies and the label lookup come in as arguments.
 */
import type { FieldInfo } from './schema-fields';

/** A label or hint in every language, for the side-by-side editor. */
export interface FieldText {
  label: Record<string, string>;
  hint?: Record<string, string>;
}

export interface CmsCollectionSource {
  /** Collection (and folder) name, e.g. `producers`. */
  name: string;
  fields: readonly FieldInfo[];
  translationFields: readonly FieldInfo[];
}

export interface TaxonomyTerm {
  id: string;
  label: Record<string, string>;
}

export interface CmsConfigInput {
  collections: readonly CmsCollectionSource[];
  taxonomies: Readonly<Record<string, readonly TaxonomyTerm[]>>;
  /** Default locale first. */
  locales: readonly string[];
  /** Locales in the order labels are shown (editors read Indonesian first). */
  labelOrder: readonly string[];
  /** Label and hint of a field by its dotted path (`packs.netWeight.unit`), or of `collection:<name>`. */
  text: (path: string) => FieldText | undefined;
  /** Content folder relative to the repository root. */
  contentFolder: string;
  backend: { name: 'github'; repo: string; branch: string } | { name: 'test-repo' };
}

export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };

/** Collections whose entries other fields refer to with a relation (the rest are taxonomies). */
const TITLE_FIELDS = ['name', 'title'];

export function cmsConfig(input: CmsConfigInput): Record<string, unknown> {
  const [defaultLocale] = input.locales;
  return {
    backend: input.backend.name === 'github' ? { ...input.backend, commit_messages: { create: 'Add {{collection}} {{slug}} (CMS)', update: 'Update {{collection}} {{slug}} (CMS)' } } : input.backend,
    app_title: 'Etalase CMS',
    media_folder: `${input.contentFolder}/images`,
    public_folder: '/images',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    output: { omit_empty_optional_fields: true, yaml: { quote: 'none', indent_sequences: true } },
    i18n: { structure: 'multiple_files', locales: [...input.locales], default_locale: defaultLocale, omit_default_locale_from_file_path: true },
    collections: input.collections.map((c) => collection(c, input)),
  };
}

function collection(source: CmsCollectionSource, input: CmsConfigInput) {
  const title = TITLE_FIELDS.find((f) => source.fields.some((x) => x.name === f)) ?? 'name';
  const text = input.text(`collection:${source.name}`);
  const translated = new Set(source.translationFields.map((f) => f.name));
  const fields = source.fields.map((field) => formField(field, field.name, source, input, translated.has(field.name) ? source.translationFields.find((f) => f.name === field.name) : undefined));
  fields.push({ ...label('body', input), name: 'body', widget: 'markdown', i18n: true, required: false, modes: ['raw'] });
  return {
    name: source.name,
    label: text ? joined(text.label, input.labelOrder) : source.name,
    folder: `${input.contentFolder}/${source.name}`,
    extension: 'md',
    // Front matter as src/scripts/cms-admin.ts reads and writes it.
    format: 'etalase-frontmatter',
    create: true,
    identifier_field: title,
    slug: { template: `{{${title}}}`, editable: ['create'] },
    summary: `{{${title}}}`,
    media_folder: `/${input.contentFolder}/images/${source.name}`,
    public_folder: `../images/${source.name}`,
    i18n: true,
    fields,
  };
}

const joined = (text: Record<string, string>, order: readonly string[]) => [...new Set(order.map((l) => text[l]).filter(Boolean))].join(' / ');

/** A field's label and hint: the schema's own (`fieldMeta`) when it gives them, else the CMS strings'. */
function label(path: string, input: CmsConfigInput, field?: FieldInfo): { label: string; hint?: string } {
  const text = field?.text ?? input.text(path);
  if (!text) return { label: path };
  return { label: joined(text.label, input.labelOrder), ...(text.hint ? { hint: joined(text.hint, input.labelOrder) } : {}) };
}

/**
 * One form field. `translation` is the field in the translation schema when
 * the field is prose: the Indonesian form then shows it too, required there
 * only when the translation schema requires it.
 */
export function formField(field: FieldInfo, path: string, source: CmsCollectionSource, input: CmsConfigInput, translation?: FieldInfo): CmsField {
  const [defaultLocale] = input.locales;
  const i18n = translation ? true : false;
  const required = !field.required ? false : translation && !translation.required ? [defaultLocale!] : true;
  return { name: field.name, ...label(path, input, field), required, i18n, ...widget(field, path, source, input, translation) };
}

function widget(field: FieldInfo, path: string, source: CmsCollectionSource, input: CmsConfigInput, translation?: FieldInfo): Record<string, unknown> & { widget: string } {
  switch (field.kind) {
    case 'string':
      return { widget: ['summary', 'ingredients', 'storage', 'address'].includes(path) ? 'text' : 'string' };
    case 'number':
      return { widget: 'number', value_type: field.integer ? 'int' : 'float' };
    case 'boolean':
      return { widget: 'boolean' };
    case 'date':
      return { widget: 'datetime', time_format: false, format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', picker_utc: true };
    case 'enum':
      return { widget: 'select', options: [...field.options!] };
    case 'reference':
      return reference(field, input, false);
    case 'image':
      return { widget: 'image', media_folder: `/${input.contentFolder}/images/${source.name}`, public_folder: `../images/${source.name}` };
    case 'record':
      return { widget: 'keyvalue' };
    case 'object':
      return { widget: 'object', fields: subFields(field.fields!, path, source, input, translation?.fields) };
    case 'list':
      if (field.fields) {
        return { widget: 'list', ...(field.minItems ? { min: field.minItems } : {}), fields: subFields(field.fields, path, source, input, translation?.fields) };
      }
      if (field.item?.kind === 'reference') return reference(field.item, input, true);
      if (field.item?.kind === 'enum') return { widget: 'select', multiple: true, options: [...field.item.options!] };
      return { widget: 'list' };
    default:
      return { widget: 'string' };
  }
}

function subFields(fields: readonly FieldInfo[], path: string, source: CmsCollectionSource, input: CmsConfigInput, translated?: readonly FieldInfo[]): CmsField[] {
  return fields.map((f) => {
    const inTranslation = translated?.find((t) => t.name === f.name);
    return formField(f, `${path}.${f.name}`, source, input, inTranslation);
  });
}

function reference(field: FieldInfo, input: CmsConfigInput, multiple: boolean): Record<string, unknown> & { widget: string } {
  const terms = input.taxonomies[field.collection!];
  if (terms) {
    return { widget: 'select', ...(multiple ? { multiple: true } : {}), options: terms.map((t) => ({ value: t.id, label: `${joined(t.label, input.labelOrder)} (${t.id})` })) };
  }
  // Fields refer to producers, products, regions, clusters and associations, all named by `name`.
  return { widget: 'relation', collection: field.collection, value_field: '{{slug}}', search_fields: ['name'], display_fields: ['name'], ...(multiple ? { multiple: true } : {}) };
}

/** Every field path of a form, as `collection/path`, for comparing with the schemas. */
export function formFieldPaths(config: Record<string, unknown>): string[] {
  const out: string[] = [];
  const walk = (collection: string, fields: readonly CmsField[], prefix: string) => {
    for (const f of fields) {
      out.push(`${collection}/${prefix}${f.name}`);
      if (Array.isArray(f.fields)) walk(collection, f.fields as CmsField[], `${prefix}${f.name}.`);
    }
  };
  for (const c of config.collections as { name: string; fields: CmsField[] }[]) walk(c.name, c.fields, '');
  return out;
}
