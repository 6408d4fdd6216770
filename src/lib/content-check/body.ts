/**
 * Safe bodies: the text below an entry's front matter is parsed with Sätteri,
 * the Markdown/MDX engine Astro itself builds with, and everything that could
 * run code, load another site or break the page is refused with a message that
 * names the line and the fix. What is allowed is listed in src/lib/mdx-allowlist.ts.
 *
 * Refused: raw `<script>`, `<iframe>`, `<object>` and similar elements; `on…=`
 * and `style` attributes; `javascript:`/`data:` (and other non-web) URLs;
 * images from other sites; MDX `{…}` code, spread props and `export`; any
 * `import` but our own components; components we do not provide, or misused.
 */
import { htmlToHast, markdownToMdast, mdxToMdast } from 'satteri';
import {
  allowedHtmlElements,
  dangerousHtmlElements,
  MDX_IMPORT_SOURCE,
  mdxComponentRules,
  urlAttributes,
  VIDEO_PROVIDERS,
  type ComponentRule,
} from '~/lib/mdx-allowlist';
import { hint } from './hints';
import type { Hint, Issue, IssueCode } from './types';

export interface BodySource {
  /** Display path of the file. */
  file: string;
  /** The text after the front matter. */
  body: string;
  /** 1-based line of the file on which `body` starts. */
  firstLine: number;
  format: 'md' | 'mdx';
}

interface Node {
  type: string;
  value?: string;
  url?: string;
  name?: string | null;
  tagName?: string;
  properties?: Record<string, unknown>;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: { line: number } };
}

interface Attribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string };
}

const componentNames = Object.keys(mdxComponentRules);
const listOf = (names: readonly string[]) => names.map((n) => `\`${n}\``).join(', ');

export function checkBody(source: BodySource): Issue[] {
  const issues: Issue[] = [];
  const report = (code: IssueCode, relativeLine: number | undefined, message: string, fix: Hint) =>
    issues.push({ severity: 'error', code, file: source.file, line: source.firstLine + (relativeLine ?? 1) - 1, field: '(text)', message, hint: fix });

  let tree: Node;
  try {
    tree = (source.format === 'mdx' ? mdxToMdast(source.body) : markdownToMdast(source.body)) as unknown as Node;
  } catch (error) {
    const message = String((error as Error).message ?? error);
    const at = /^(\d+):(\d+):\s*/.exec(message);
    report('mdx-syntax', at ? Number(at[1]) : 1, `the MDX text cannot be read: ${message.replace(/^\d+:\d+:\s*/, '')}`, hints.mdxSyntax());
    return issues;
  }

  const walk = (node: Node, line: number | undefined) => {
    const here = node.position?.start.line ?? line;
    switch (node.type) {
      case 'mdxjsEsm':
        checkEsm(node.value ?? '', here, report);
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isOnlyComments(node.value ?? '')) report('unsafe-markup', here, `\`{${short(node.value ?? '')}}\`: curly braces run code when the page is built`, hints.expression());
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsxElement(node, here, report);
        break;
      case 'html':
        checkRawHtml(node.value ?? '', here, source.format, report);
        return;
      case 'link':
      case 'definition':
        checkLinkUrl(node.url ?? '', here, `link \`${short(node.url ?? '')}\``, report);
        break;
      case 'image':
        checkImageUrl(node.url ?? '', here, report);
        break;
    }
    for (const child of node.children ?? []) walk(child, here);
  };
  walk(tree, 1);
  return issues;
}

type Report = (code: IssueCode, line: number | undefined, message: string, fix: Hint) => void;

// ------------------------------------------------------------------ MDX parts

const IMPORT_LINE = /^import\s*\{\s*([A-Za-z][\w]*(?:\s*,\s*[A-Za-z][\w]*)*)\s*,?\s*\}\s*from\s*(['"])([^'"]+)\2\s*;?$/;

function checkEsm(value: string, line: number | undefined, report: Report): void {
  value.split('\n').forEach((text, index) => {
    const statement = text.trim();
    if (!statement || statement.startsWith('//')) return;
    const at = (line ?? 1) + index;
    if (/^export\b/.test(statement)) {
      report('unsafe-markup', at, `\`${short(statement)}\`: \`export\` is not allowed in entries`, hints.importExport());
      return;
    }
    const match = IMPORT_LINE.exec(statement);
    if (!match || match[3] !== MDX_IMPORT_SOURCE) {
      report('unsafe-markup', at, `\`${short(statement)}\`: only our own components may be imported, from \`${MDX_IMPORT_SOURCE}\``, hints.importExport());
      return;
    }
    const unknown = match[1]!.split(',').map((n) => n.trim()).filter((n) => !componentNames.includes(n));
    if (unknown.length) report('unsafe-markup', at, `\`${unknown.join('`, `')}\` is not one of our components (${listOf(componentNames)})`, hints.importExport());
  });
}

function isOnlyComments(code: string): boolean {
  return /^\s*(?:\/\*[\s\S]*?\*\/\s*)*$/.test(code);
}

function checkJsxElement(node: Node, line: number | undefined, report: Report): void {
  const name = node.name;
  if (!name) return; // a fragment `<>…</>` renders only its children
  const attributes = node.attributes ?? [];
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') report('unsafe-markup', line, `\`<${name} {${short(String(attribute.value ?? ''))}}>\`: spread attributes run code`, hints.attributeValue());
  }
  const named = attributes.filter((a): a is Attribute & { name: string } => a.type === 'mdxJsxAttribute' && typeof a.name === 'string');
  const values = new Map<string, string | undefined>();
  for (const attribute of named) {
    const value = literalValue(attribute.value);
    if (value === null) {
      report('unsafe-markup', line, `\`${attribute.name}={…}\` on \`<${name}>\`: attribute values in braces run code`, hints.attributeValue());
      continue;
    }
    values.set(attribute.name, value);
  }

  if (/^[A-Z]|\./.test(name)) {
    const rule = mdxComponentRules[name];
    if (!rule) {
      report('component-usage', line, `\`<${name}>\` is not one of our components (${listOf(componentNames)})`, hints.unknownComponent(name));
      return;
    }
    checkComponent(name, rule, node, values, line, report);
    return;
  }
  checkElement(name.toLowerCase(), values, line, report);
}

/** An attribute's value as text, or null when it is code (only plain literals in braces count as text). */
function literalValue(value: Attribute['value']): string | undefined | null {
  if (value === null || value === undefined) return undefined; // a bare attribute, e.g. `<details open>`
  if (typeof value === 'string') return value;
  const code = value.value.trim();
  if (/^(?:-?\d+(?:\.\d+)?|true|false)$/.test(code)) return code;
  if (/^(["'])(?:(?!\1)[^\\\n])*\1$/.test(code)) return code.slice(1, -1);
  return null;
}

function checkComponent(name: string, rule: ComponentRule, node: Node, values: Map<string, string | undefined>, line: number | undefined, report: Report): void {
  const fix = hints.componentExample(rule.example);
  for (const [prop, value] of values) {
    const propRule = rule.props[prop];
    if (!propRule) {
      const known = Object.keys(rule.props);
      report('component-usage', line, `\`<${name}>\` has no attribute \`${prop}\`${known.length ? ` (it takes ${listOf(known)})` : ' (it takes none)'}`, fix);
      continue;
    }
    if (propRule.values && !propRule.values.includes(value ?? '')) report('component-usage', line, `\`<${name} ${prop}="${value ?? ''}">\`: expected one of ${listOf(propRule.values)}`, fix);
  }
  for (const [prop, propRule] of Object.entries(rule.props)) {
    if (propRule.required && !values.get(prop)?.trim()) report('component-usage', line, `\`<${name}>\` needs \`${prop}="…"\``, fix);
  }
  if (name === 'Video') {
    const provider = values.get('provider') as keyof typeof VIDEO_PROVIDERS | undefined;
    const id = values.get('id');
    const spec = provider ? VIDEO_PROVIDERS[provider] : undefined;
    if (spec && id !== undefined && !spec.pattern.test(id)) report('component-usage', line, `\`<Video id="${short(id)}">\`: for ${provider}, \`id\` is ${spec.text}`, fix);
  }
  const children = (node.children ?? []).filter((c) => !(c.type === 'text' && !c.value?.trim()));
  if (rule.selfClosing && children.length) report('component-usage', line, `\`<${name}>\` takes no text inside: write it as \`<${name} … />\``, fix);
  if (rule.childrenImagesOnly) {
    const images = (nodes: Node[]): boolean =>
      nodes.every((c) => c.type === 'image' || c.type === 'imageReference' || c.type === 'break' || (c.type === 'text' && !c.value?.trim()) || (c.type === 'paragraph' && images(c.children ?? [])));
    if (!images(children)) report('component-usage', line, `\`<${name}>\` holds only images, one per line: \`![Alt text](../images/…)\``, fix);
    else if (!countImages(children)) report('component-usage', line, `\`<${name}>\` is empty: put at least one image inside`, fix);
  }
}

function countImages(nodes: Node[]): number {
  return nodes.reduce((n, c) => n + (c.type === 'image' || c.type === 'imageReference' ? 1 : countImages(c.children ?? [])), 0);
}

// ------------------------------------------------------------------ HTML (both formats)

function checkElement(tag: string, attributes: Map<string, string | undefined>, line: number | undefined, report: Report): void {
  if (dangerousHtmlElements.has(tag)) {
    report('unsafe-markup', line, `\`<${tag}>\` is not allowed: it can run code, load another site or change the page for every reader`, hints.dangerousElement(tag));
    return;
  }
  if (!allowedHtmlElements.has(tag)) {
    report('unsafe-markup', line, `\`<${tag}>\` is not an element entries may use`, hints.unknownElement(tag));
    return;
  }
  for (const [attribute, value] of attributes) {
    const lower = attribute.toLowerCase();
    if (lower.startsWith('on')) {
      report('unsafe-markup', line, `\`${attribute}=\` on \`<${tag}>\`: event-handler attributes run code`, hints.eventHandler());
    } else if (lower === 'style' || lower === 'dangerouslysetinnerhtml' || lower === 'srcdoc') {
      report('unsafe-markup', line, `\`${attribute}=\` on \`<${tag}>\` is not allowed (the site's security policy blocks it)`, hints.styleAttribute());
    } else if (urlAttributes.has(lower) && value !== undefined) {
      if (tag === 'img' && lower === 'src') checkImageUrl(value, line, report);
      else if (tag === 'img' && lower === 'srcset') for (const candidate of value.split(',')) checkImageUrl(candidate.trim().split(/\s+/)[0] ?? '', line, report);
      else checkLinkUrl(value, line, `\`${attribute}="${short(value)}"\` on \`<${tag}>\``, report);
    }
  }
}

function checkRawHtml(html: string, line: number | undefined, format: BodySource['format'], report: Report): void {
  if (format === 'md') {
    const component = /<([A-Z][\w.]*)/.exec(html); // opening tags only: one message per component
    if (component && mdxComponentRules[component[1]!]) {
      report('component-usage', line, `\`<${component[1]}>\` works only in .mdx files`, hints.renameToMdx());
      return;
    }
  }
  const visit = (node: Node) => {
    if (node.type === 'element' && node.tagName && !['html', 'head', 'body'].includes(node.tagName)) {
      const attributes = new Map<string, string | undefined>();
      // hast names properties (`onError`, `srcSet`); attributes compare case-insensitively anyway.
      for (const [key, value] of Object.entries(node.properties ?? {})) attributes.set(key.toLowerCase(), Array.isArray(value) ? value.join(' ') : value === true ? undefined : String(value));
      checkElement(node.tagName, attributes, line, report);
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(htmlToHast(html) as unknown as Node);
}

// ------------------------------------------------------------------ URLs

const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** The scheme as a browser reads it: entities decoded, whitespace and control characters ignored, any case. */
export function urlScheme(url: string): string | undefined {
  const decoded = url
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&(?:tab|newline);/gi, '');
  // eslint-disable-next-line no-control-regex
  const compact = decoded.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
}

function checkLinkUrl(url: string, line: number | undefined, what: string, report: Report): void {
  const scheme = urlScheme(url);
  if (scheme && !LINK_SCHEMES.has(scheme)) report('unsafe-markup', line, `${what}: \`${scheme}:\` addresses are not allowed (only https:, http:, mailto:, tel: and pages of this site)`, hints.linkScheme());
}

function checkImageUrl(url: string, line: number | undefined, report: Report): void {
  const scheme = urlScheme(url);
  if (scheme || /^\s*\/\//.test(url)) report('unsafe-markup', line, `image \`${short(url)}\`: images must be files in the catalogue's images folder, not ${scheme ? `\`${scheme}:\` addresses` : 'other sites'}`, hints.imageSource());
}

function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

// ------------------------------------------------------------------ hints

const hints = {
  mdxSyntax: () =>
    hint(
      'Check the line named above: every `<Component>` needs its closing `</Component>` (or `/>`), and a literal `{`, `}` or `<` in text must be written `\\{`, `\\}` or `&lt;`. If you do not need components, rename the file to `.md`.',
      'Periksa baris yang disebut: setiap `<Komponen>` perlu penutup `</Komponen>` (atau `/>`), dan tanda `{`, `}` atau `<` di dalam teks ditulis `\\{`, `\\}` atau `&lt;`. Bila tidak memakai komponen, ganti nama berkas menjadi `.md`.',
    ),
  expression: () =>
    hint(
      'Delete the braces. To show a brace as text, write `\\{` and `\\}`; for a comment write `{/* … */}`.',
      'Hapus kurung kurawal itu. Untuk menampilkan kurung kurawal sebagai teks, tulis `\\{` dan `\\}`; untuk komentar tulis `{/* … */}`.',
    ),
  importExport: () =>
    hint(
      `Delete the line: our components (${componentNames.join(', ')}) work without any import. The only import allowed is \`import { Callout } from '${MDX_IMPORT_SOURCE}'\`.`,
      `Hapus baris itu: komponen kami (${componentNames.join(', ')}) bisa dipakai tanpa import. Satu-satunya import yang diizinkan adalah \`import { Callout } from '${MDX_IMPORT_SOURCE}'\`.`,
    ),
  attributeValue: () =>
    hint('Write attribute values in double quotes, e.g. `title="Harvest season"`, without braces.', 'Tulis nilai atribut dalam tanda kutip ganda, mis. `title="Musim panen"`, tanpa kurung kurawal.'),
  unknownComponent: (name: string) =>
    hint(
      `Use one of ${componentNames.join(', ')} (see CONTRIBUTING.md, "MDX"), or write \`${name}\` as plain text.`,
      `Pakai salah satu dari ${componentNames.join(', ')} (lihat CONTRIBUTING.md, "MDX"), atau tulis \`${name}\` sebagai teks biasa.`,
    ),
  componentExample: (example: string) => hint(`Write it like this: ${example}`, `Tulis seperti ini: ${example}`),
  dangerousElement: (tag: string) =>
    tag === 'iframe' || tag === 'video' || tag === 'object' || tag === 'embed'
      ? hint(
          'Delete it. For a YouTube or Vimeo video use `<Video provider="youtube" id="…" title="…" />` in an .mdx file; it loads nothing until the reader presses play.',
          'Hapus. Untuk video YouTube atau Vimeo pakai `<Video provider="youtube" id="…" title="…" />` di berkas .mdx; video baru dimuat saat pembaca menekan putar.',
        )
      : hint('Delete it: entries hold text, images and our components only.', 'Hapus: entri hanya berisi teks, gambar, dan komponen kami.'),
  unknownElement: (tag: string) =>
    hint(
      `Delete \`<${tag}>\` and use Markdown instead (## for headings, **bold**, lists, [links](https://…)).`,
      `Hapus \`<${tag}>\` dan pakai Markdown (## untuk judul, **tebal**, daftar, [tautan](https://…)).`,
    ),
  eventHandler: () => hint('Delete the attribute: entries cannot run code.', 'Hapus atribut itu: entri tidak boleh menjalankan kode.'),
  styleAttribute: () =>
    hint('Delete the attribute; for a highlighted box use `<Callout>` in an .mdx file.', 'Hapus atribut itu; untuk kotak sorotan pakai `<Callout>` di berkas .mdx.'),
  linkScheme: () =>
    hint(
      'Link to a web page (`https://…`), an email (`mailto:…`), a phone (`tel:…`) or a page of this site (`/products/…`).',
      'Tautkan ke halaman web (`https://…`), email (`mailto:…`), telepon (`tel:…`) atau halaman situs ini (`/products/…`).',
    ),
  imageSource: () =>
    hint(
      'Save the photo in `content/images/` (see `npm run images -- --photo`) and link it with a relative path, e.g. `![Alt text](../images/products/photo.jpg)`.',
      'Simpan foto di `content/images/` (lihat `npm run images -- --photo`) dan tautkan dengan jalur relatif, mis. `![Teks alt](../images/products/foto.jpg)`.',
    ),
  renameToMdx: () =>
    hint('Rename the file from `.md` to `.mdx` (and its translation too) to use components.', 'Ganti nama berkas dari `.md` menjadi `.mdx` (juga berkas terjemahannya) untuk memakai komponen.'),
};
