/**
 * Links an organizer typed, as the public receives them: an unsafe one (`javascript:`, `data:`, a
 * scheme-less host...) is answered as null (a rich-text link as '#'), whatever was stored (rows from
 * before the write check, an import, a direct database edit). Which fields hold links and their rules
 * are those of the write check (domain/url-fields.ts), the rule itself `cms/src/safe-url.ts`, shared
 * with the site. Pure: the model of each type is passed in.
 */
import { safeLinkUrl, safeWebUrl } from '../../../../../../cms/src/safe-url';
import { urlRuleOf, type FieldShape, type UrlRule } from './url-fields';
import { isRecord } from '../../../../platform/server/src/kit';

export interface AttributeShape extends FieldShape {
  target?: string;
}

/** The value as the public may receive it: the safe URL, or null (empty values stay as they are). */
export function publicUrl(rule: UrlRule, value: unknown): unknown {
  if (value === null || value === undefined || value === '') return value;
  return rule === 'web' ? safeWebUrl(value) : safeLinkUrl(value);
}

/** A JSON list of links (strings or `{ url | href }`): unsafe ones become null. Returns the list. */
export function withholdUnsafeJsonLinks(rule: UrlRule, value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((item) => {
    if (typeof item === 'string') return publicUrl(rule, item);
    if (!isRecord(item)) return item;
    const copy = { ...item };
    for (const key of ['url', 'href']) if (typeof copy[key] === 'string') copy[key] = publicUrl(rule, copy[key]);
    return copy;
  });
}

/** Rich text (Strapi blocks): every link node keeps its text, an unsafe `url` becomes '#'. Mutates. */
export function withholdUnsafeBlockLinks(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) withholdUnsafeBlockLinks(item);
    return;
  }
  if (!isRecord(value)) return;
  if (value.type === 'link' && 'url' in value && safeLinkUrl(value.url) === null) value.url = '#';
  if (Array.isArray(value.children)) withholdUnsafeBlockLinks(value.children);
}

/**
 * Walks a read's result (at any depth of populate, components and dynamic zones) and replaces every
 * unsafe URL by null. `attributesOf(uid)`: the attributes of a content type or component.
 */
export function withholdUnsafeUrls(uid: string, result: unknown, attributesOf: (uid: string) => Record<string, AttributeShape>): void {
  if (Array.isArray(result)) {
    for (const item of result) withholdUnsafeUrls(uid, item, attributesOf);
    return;
  }
  if (!isRecord(result)) return;
  for (const [name, attribute] of Object.entries(attributesOf(uid))) {
    const value = result[name];
    if (value === undefined || value === null) continue;
    const rule = urlRuleOf(name, attribute);
    if (attribute.type === 'blocks') withholdUnsafeBlockLinks(value);
    else if (rule && attribute.type === 'json') result[name] = withholdUnsafeJsonLinks(rule, value);
    else if (rule) result[name] = publicUrl(rule, value);
    else if (attribute.type === 'relation' && attribute.target) withholdUnsafeUrls(attribute.target, value, attributesOf);
    else if (attribute.type === 'component' && attribute.component) withholdUnsafeUrls(attribute.component, value, attributesOf);
    else if (attribute.type === 'dynamiczone' && Array.isArray(value)) {
      for (const item of value) if (isRecord(item) && typeof item.__component === 'string') withholdUnsafeUrls(item.__component, item, attributesOf);
    }
  }
  // localizations and other relations Strapi adds carry the same model
  if (Array.isArray(result.localizations)) withholdUnsafeUrls(uid, result.localizations, attributesOf);
}
