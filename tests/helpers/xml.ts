/**
 * Just enough XML for sitemaps and feeds: a well-formedness check (tags balanced,
 * one root, no stray `<` or `&`) and reading child elements' text.
 */

const TOKEN =
  /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/g;
const ENTITY = /&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);/g;

/** Problems that make `xml` not well-formed; empty when it parses. */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  let last = 0;
  const checkText = (text: string, at: number) => {
    if (text.includes('<')) problems.push(`unparsable markup near offset ${at}: ${JSON.stringify(text.slice(text.indexOf('<'), text.indexOf('<') + 40))}`);
    if (text.replace(ENTITY, '').includes('&')) problems.push(`bare "&" near offset ${at}`);
    if (stack.length === 0 && text.trim()) problems.push(`text outside the root element near offset ${at}`);
  };
  for (const match of xml.matchAll(TOKEN)) {
    checkText(xml.slice(last, match.index), last);
    last = match.index + match[0].length;
    const [, closing, name, , selfClosing] = match;
    if (!name) continue;
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}> at offset ${match.index}`);
    } else {
      if (stack.length === 0) roots += 1;
      if (!selfClosing) stack.push(name);
    }
  }
  checkText(xml.slice(last), last);
  if (stack.length) problems.push(`unclosed: ${stack.map((n) => `<${n}>`).join(' ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

function decode(text: string): string {
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(text);
  if (cdata) return cdata[1]!;
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

/** Inner markup of every `<tag>…</tag>` (not nested in another of the same tag). */
export function elements(xml: string, tag: string): string[] {
  const name = tag.replace(/[.:]/g, '\\$&');
  return [...xml.matchAll(new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, 'g'))].map((m) => m[1]!);
}

/** Decoded text of the first `<tag>` in `xml`, or undefined. */
export function childText(xml: string, tag: string): string | undefined {
  const [first] = elements(xml, tag);
  return first === undefined ? undefined : decode(first).trim();
}

/** Attributes of every empty element `<tag … />`, decoded. */
export function emptyElements(xml: string, tag: string): Record<string, string>[] {
  const name = tag.replace(/[.:]/g, '\\$&');
  return [...xml.matchAll(new RegExp(`<${name}\\s([^>]*?)/?>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((a) => [a[1]!, decode(a[2] ?? a[3] ?? '')])),
  );
}
