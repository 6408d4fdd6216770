/**
 * Safe bodies: careless or hostile Markdown/MDX is refused with the line, what
 * is wrong and a fix; ordinary text and our own components pass.
 */
import { describe, expect, it } from 'vitest';
import { checkBody, urlScheme } from '~/lib/content-check/body';

const FIRST_LINE = 10; // the body starts on line 10 of the file, as after a front matter
const check = (body: string, format: 'md' | 'mdx' = 'mdx') => checkBody({ file: 'content/news/x.mdx', body, firstLine: FIRST_LINE, format });
/** One issue's code, file line and message, for compact assertions. */
const only = (body: string, format: 'md' | 'mdx' = 'mdx') => {
  const issues = check(body, format);
  expect(issues, JSON.stringify(issues, null, 1)).toHaveLength(1);
  const [issue] = issues;
  expect(issue!.field).toBe('(text)');
  expect(issue!.hint.en.length).toBeGreaterThan(10);
  expect(issue!.hint.id.length).toBeGreaterThan(10);
  return issue!;
};

describe('safe bodies: what passes', () => {
  it('accepts ordinary Markdown, links, local images and harmless HTML in both formats', () => {
    const text = [
      '',
      '## Harvest',
      '',
      'Coconut sugar from *Purbalingga*, see [the cluster](/clusters/gula-kelapa/) or [the agency](https://example.com/a?b=1).',
      'Write to [us](mailto:info@example.com) or call [the office](tel:+620000000000).',
      '',
      '![A pan of boiling sap](../images/products/gula.jpg)',
      '',
      '<abbr title="Nomor Induk Berusaha">NIB</abbr> H<sub>2</sub>O, 10<sup>3</sup> <br />',
      '',
      '<details><summary>More</summary>Text</details>',
    ].join('\n');
    expect(check(text, 'md')).toEqual([]);
    expect(check(text, 'mdx')).toEqual([]);
  });

  it('accepts our components, MDX comments and the allowlisted import', () => {
    const text = [
      "import { Callout, Gallery } from '~/components/mdx'",
      '',
      '{/* a note for editors */}',
      '',
      '<Callout type="warning" title="Before you order">Samples take **two weeks**.</Callout>',
      '',
      '<Callout>Plain note.</Callout>',
      '',
      '<Gallery>',
      '',
      '![One](../images/a.jpg)',
      '![Two](../images/b.jpg)',
      '',
      '</Gallery>',
      '',
      '<Video provider="youtube" id="dQw4w9WgXcQ" title="The drying yard" />',
      '<Video provider="vimeo" id="76979871" title="Packing line" />',
    ].join('\n');
    expect(check(text)).toEqual([]);
  });
});

describe('safe bodies: what is refused', () => {
  it.each([
    ['<script>alert(1)</script>', 'md', '`<script>` is not allowed'],
    ['Text <script src="https://evil.example/x.js"></script>', 'md', '`<script>` is not allowed'],
    ['<iframe src="https://example.com"></iframe>', 'md', '`<iframe>` is not allowed'],
    ['<object data="x.swf"></object>', 'md', '`<object>` is not allowed'],
    ['<script>alert(1)</script>', 'mdx', '`<script>` is not allowed'],
    ['<div><iframe src="https://example.com" /></div>', 'mdx', '`<iframe>` is not allowed'],
    ['<marquee>hi</marquee>', 'md', '`<marquee>` is not an element entries may use'],
  ] as const)('refuses the element in %s (%s)', (body, format, message) => {
    const issue = only(`\n${body}\n`, format);
    expect(issue.code).toBe('unsafe-markup');
    expect(issue.message).toContain(message);
    expect(issue.line).toBe(FIRST_LINE + 1);
  });

  it.each([
    ['<img src="../images/a.jpg" alt="" onerror="alert(1)">', 'md', 'onerror='],
    ['<p onClick="steal()">Hi</p>', 'mdx', 'onClick='],
    ['<span ONMOUSEOVER="x">Hi</span>', 'md', 'ONMOUSEOVER='.toLowerCase()],
    ['<p style="color:red">Hi</p>', 'md', 'style='],
  ] as const)('refuses event handlers and inline styles: %s (%s)', (body, format, message) => {
    const issue = only(body, format);
    expect(issue.code).toBe('unsafe-markup');
    expect(issue.message.toLowerCase()).toContain(message.toLowerCase());
  });

  it.each([
    ['[Click](javascript:alert(1))', 'javascript:'],
    ['[Click](JaVaScRiPt:alert(1))', 'javascript:'],
    ['[Click](data:text/html;base64,PHNjcmlwdD4=)', 'data:'],
    ['[Click][r]\n\n[r]: vbscript:msgbox', 'vbscript:'],
    ['<javascript:alert(1)>', 'javascript:'],
    ['<a href="java&#115;cript:alert(1)">x</a>', 'javascript:'],
    ['<a href=" javascript:alert(1)">x</a>', 'javascript:'],
    ['<a href="file:///etc/passwd">x</a>', 'file:'],
  ])('refuses the link %s', (body, scheme) => {
    for (const format of ['md', 'mdx'] as const) {
      if (format === 'mdx' && body.startsWith('<javascript:')) continue; // MDX has no autolinks
      const issue = only(body, format);
      expect(issue.code).toBe('unsafe-markup');
      expect(issue.message).toContain(`\`${scheme}\``);
    }
  });

  it('refuses images from other sites and data: images, which would load or hide content', () => {
    expect(only('![x](https://tracker.example/pixel.gif)').message).toContain('images must be files');
    expect(only('![x](//cdn.example/p.jpg)').message).toContain('other sites');
    expect(only('![x](data:image/png;base64,AAAA)').message).toContain('`data:`');
    expect(only('<img src="https://tracker.example/p.gif" alt="">', 'md').message).toContain('images must be files');
  });

  it('refuses MDX code: expressions, expression attributes, spreads, exports and foreign imports', () => {
    expect(only('Price: {price * 2}').message).toContain('curly braces run code');
    expect(only('{process.env.SECRET}').message).toContain('curly braces run code');
    expect(only('<Callout title={fetch("https://x")}>Hi</Callout>').message).toContain('attribute values in braces run code');
    expect(only('<Callout {...props}>Hi</Callout>').message).toContain('spread attributes run code');
    expect(only('export const a = 1').message).toContain('`export` is not allowed');
    const foreign = only("import fs from 'node:fs'");
    expect(foreign.message).toContain('only our own components may be imported');
    expect(foreign.hint.en).toContain('work without any import');
    expect(only("import { Callout } from '~/components/mdx/Callout.astro'").message).toContain('only our own components');
    expect(only("import { Tracker } from '~/components/mdx'").message).toContain('`Tracker` is not one of our components');
  });

  it('accepts literal attribute values written in braces', () => {
    expect(check('<Callout type={"tip"} title={\'Hi\'}>x</Callout>')).toEqual([]);
  });

  it('explains misused components with an example of the right form', () => {
    const unknown = only('<Carousel>x</Carousel>');
    expect(unknown.code).toBe('component-usage');
    expect(unknown.message).toContain('`<Carousel>` is not one of our components (`Callout`, `Gallery`, `Video`)');

    const badType = only('<Callout type="danger">x</Callout>');
    expect(badType.message).toContain('expected one of `note`, `tip`, `warning`');
    expect(badType.hint.en).toContain('<Callout type="tip"');

    expect(only('<Callout colour="red">x</Callout>').message).toContain('has no attribute `colour`');
    expect(only('<Video provider="youtube" id="dQw4w9WgXcQ" />').message).toContain('needs `title="…"`');
    expect(only('<Video provider="dailymotion" id="x" title="t" />').message).toContain('expected one of `youtube`, `vimeo`');
    expect(only('<Video provider="youtube" id="https://youtu.be/dQw4w9WgXcQ" title="t" />').message).toContain('the 11-character code');
    expect(only('<Video provider="vimeo" id="abc" title="t" />').message).toContain('the number at the end');
    expect(only('<Gallery>\n\nSome words\n\n</Gallery>').message).toContain('holds only images');
    expect(only('<Gallery></Gallery>').message).toContain('is empty');
  });

  it('tells Markdown files that components need .mdx', () => {
    const issue = only('<Callout type="tip">x</Callout>', 'md');
    expect(issue.code).toBe('component-usage');
    expect(issue.hint.en).toContain('.mdx');
  });

  it('reports broken MDX as a syntax error at its line instead of failing the build obscurely', () => {
    const issue = only('\n\nText\n\n<Callout>\n\nno closing tag');
    expect(issue.code).toBe('mdx-syntax');
    expect(issue.line).toBe(FIRST_LINE + 4);
    expect(issue.message).toContain('closing tag');
  });

  it('reads schemes the way a browser does', () => {
    expect(urlScheme(' \tjavascript:x')).toBe('javascript');
    expect(urlScheme('java\nscript:x')).toBe('javascript');
    expect(urlScheme('&#106;avascript:x')).toBe('javascript');
    expect(urlScheme('javascript&colon;x')).toBe('javascript');
    expect(urlScheme('/products/a/')).toBeUndefined();
    expect(urlScheme('../images/a.jpg')).toBeUndefined();
    expect(urlScheme('HTTPS://example.com')).toBe('https');
  });
});
