/**
 * Links an organizer typed, as the public receives them: an unsafe one (`javascript:`, `data:`, a
 * scheme-less host...) is answered as null, whatever was stored (rows from before the write check, an
 * import, a direct database edit). The rule is the one of `cms/src/safe-url.ts`, shared with the site.
 * Pure: the model of each type is passed in.
 */
import { safeLinkUrl, safeWebUrl } from '../../../../../../cms/src/safe-url';

export type UrlKind = 'web' | 'link';

export interface AttributeShape {
  type: string;
  target?: string;
  component?: string;
}

/**
 * The kind of URL an attribute holds, or null: string attributes named `url` or `…Url`. A button or
 * slide link (`shared.link`, `linkUrl`) may also be a site path or mailto/tel; the rest are web URLs.
 */
export function urlKindOf(ownerUid: string, name: string, attribute: AttributeShape): UrlKind | null {
  if (attribute.type !== 'string' && attribute.type !== 'text') return null;
  if (name !== 'url' && !/Url$/.test(name)) return null;
  return ownerUid === 'shared.link' || name === 'linkUrl' ? 'link' : 'web';
}

/** The value as the public may receive it: the safe URL, or null. */
export function publicUrl(kind: UrlKind, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return (value as null | undefined) ?? null;
  return kind === 'web' ? safeWebUrl(value) : safeLinkUrl(value);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

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
    const kind = urlKindOf(uid, name, attribute);
    if (kind) result[name] = publicUrl(kind, value);
    else if (attribute.type === 'blocks') withholdUnsafeBlockLinks(value);
    else if (attribute.type === 'relation' && attribute.target) withholdUnsafeUrls(attribute.target, value, attributesOf);
    else if (attribute.type === 'component' && attribute.component) withholdUnsafeUrls(attribute.component, value, attributesOf);
    else if (attribute.type === 'dynamiczone' && Array.isArray(value)) {
      for (const item of value) if (isRecord(item) && typeof item.__component === 'string') withholdUnsafeUrls(item.__component, item, attributesOf);
    }
  }
  // localizations and other relations Strapi adds carry the same model
  if (Array.isArray(result.localizations)) withholdUnsafeUrls(uid, result.localizations, attributesOf);
}
