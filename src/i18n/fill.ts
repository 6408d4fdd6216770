/**
 * Filling UI strings: `{name}` placeholders and plural forms. No strings are
 * imported here, so the client scripts share these functions with `t()`
 * (src/i18n/strings.ts) without bundling the strings files.
 */

/**
 * A string, or its plural forms by `Intl.PluralRules` category (`one`, `other`, ...)
 * chosen by the `count` parameter: `{ "one": "{count} result", "other": "{count} results" }`.
 */
export type Template = string | Partial<Record<Intl.LDMLPluralRule, string>>;

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural category of `count` in `locale`; a count given already formatted ("1,234") is read back as a number. */
export function pluralCategory(locale: string, count: string | number): Intl.LDMLPluralRule {
  if (!pluralRules.has(locale)) pluralRules.set(locale, new Intl.PluralRules(locale));
  const value = typeof count === 'number' ? count : Number(count.replace(/[^\d.]/g, ''));
  return pluralRules.get(locale)!.select(value);
}

/** Fills `{name}` placeholders from `params`; unknown names stay as they are. Shared with the client scripts. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  if (!template.includes('{')) return template; // most strings: called thousands of times per page set
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** The form of a template for `count`: `other` when the language has no form for its category. */
export function pluralForm(template: Template, locale: string, count: string | number | undefined): string {
  if (typeof template === 'string') return template;
  const category = count === undefined ? 'other' : pluralCategory(locale, count);
  return template[category] ?? template.other ?? Object.values(template)[0] ?? '';
}

/** A template in `locale` with its placeholders filled: the plural form for `params.count`, if it has forms. */
export function fillTemplate(template: Template, locale: string, params: Record<string, string | number> = {}): string {
  return fill(pluralForm(template, locale, params.count), params);
}
