/**
 * What an entry's Markdown/MDX body may contain beyond plain Markdown: our own
 * components (with their props) and a small set of harmless HTML elements.
 * One place, read by the content checker (which refuses everything else) and
 * by the components' index (src/components/mdx/), so the two cannot drift.
 */

export interface PropRule {
  required?: boolean;
  /** The accepted values, when the prop is a choice. */
  values?: readonly string[];
  /** The accepted form, when the prop is free text with a shape. */
  pattern?: RegExp;
  /** Says in words what `pattern` accepts, for the error message. */
  patternText?: string;
}

export interface ComponentRule {
  props: Record<string, PropRule>;
  /** Gallery: only images inside. */
  childrenImagesOnly?: boolean;
  /** Video: no children at all. */
  selfClosing?: boolean;
  example: string;
}

export const VIDEO_PROVIDERS = {
  youtube: { pattern: /^[A-Za-z0-9_-]{11}$/, text: 'the 11-character code after `v=` in the YouTube address' },
  vimeo: { pattern: /^\d{6,12}$/, text: 'the number at the end of the Vimeo address' },
} as const;
export type VideoProvider = keyof typeof VIDEO_PROVIDERS;

export const CALLOUT_TYPES = ['note', 'tip', 'warning'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

export const mdxComponentRules: Record<string, ComponentRule> = {
  Callout: {
    props: { type: { values: CALLOUT_TYPES }, title: {} },
    example: '<Callout type="tip" title="Good to know">Text in **Markdown**.</Callout>',
  },
  Gallery: {
    props: {},
    childrenImagesOnly: true,
    example: '<Gallery>\n\n![Alt text](../images/products/photo-1.jpg)\n![Alt text](../images/products/photo-2.jpg)\n\n</Gallery>',
  },
  Video: {
    props: {
      provider: { required: true, values: Object.keys(VIDEO_PROVIDERS) },
      id: { required: true },
      title: { required: true },
    },
    selfClosing: true,
    example: '<Video provider="youtube" id="VIDEO_ID" title="What the video shows" />',
  },
};

/** The only module an MDX file may import from, and only these names. */
export const MDX_IMPORT_SOURCE = '~/components/mdx';

/** HTML elements allowed in a body (raw HTML in Markdown, JSX in MDX). */
export const allowedHtmlElements = new Set([
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt',
  'em', 'figcaption', 'figure', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p',
  'pre', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
]);

/** Elements that run code, embed other sites or change the page: refused with their own explanation. */
export const dangerousHtmlElements = new Set([
  'script', 'iframe', 'object', 'embed', 'applet', 'frame', 'frameset', 'style', 'link', 'meta', 'base', 'form',
  'input', 'button', 'textarea', 'select', 'svg', 'math', 'template', 'portal', 'noscript', 'video', 'audio', 'source',
  'track', 'canvas',
]);

/** Attributes whose value is a URL: checked for `javascript:`/`data:` and, for sources, for other sites. */
export const urlAttributes = new Set(['href', 'src', 'srcset', 'cite', 'action', 'formaction', 'poster', 'background', 'xlinkhref', 'xlink:href', 'ping', 'longdesc']);
