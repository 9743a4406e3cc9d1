/**
 * Spellings of a search phrase to match case-insensitively on every database: SQLite's LOWER() and
 * LIKE fold only ASCII letters, so "хакатон" would miss "Хакатон" there. Searching the phrase as
 * typed, in lower case, capitalized and in upper case covers how titles are written.
 */
export function searchVariants(phrase: string): string[] {
  const text = phrase.trim().replace(/\s+/g, ' ');
  if (!text) return [];
  const lower = text.toLocaleLowerCase('ru-RU');
  const capitalized = lower.charAt(0).toLocaleUpperCase('ru-RU') + lower.slice(1);
  return [...new Set([text, lower, capitalized, text.toLocaleUpperCase('ru-RU')])];
}

/** A Strapi filter matching `phrase` in any of `fields` (an `$or` of `$containsi` on each spelling). */
export function textFilter(phrase: string, fields: string[]): Record<string, unknown> | undefined {
  const variants = searchVariants(phrase);
  if (variants.length === 0) return undefined;
  return { $or: fields.flatMap((field) => variants.map((variant) => ({ [field]: { $containsi: variant } }))) };
}
