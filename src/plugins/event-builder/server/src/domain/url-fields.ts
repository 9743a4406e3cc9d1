/**
 * Which fields of the content model hold a URL an organizer types, and which values of them the
 * site could not render safely (`javascript:`, `data:`, `//host` ...). Pure: the schemas are passed
 * in, the rule is `cms/src/safe-url.ts`, the one the site renders with.
 *
 * The fields are found from the schemas, not listed by hand, so a field added later is covered:
 * - a string (or text) attribute named like a URL (`url`, `recordingUrl`, `embedUrl`, `website`,
 *   `linkUrl`, `href`, `link`) or a custom field of a URL kind;
 * - a JSON attribute named `links` (a list of `{ label, url }` or of URLs);
 * - every rich-text (`blocks`) attribute: the `url` of its link nodes;
 * - all of them inside components and dynamic zones, at any depth.
 *
 * Two rules: 'web' (an absolute http(s) URL with a host: recordings, streams, ads, partners,
 * websites) and 'link' (what a text link may point at: a web URL, `mailto:`, `tel:`, a path of this
 * site or an anchor: rich-text links, slides' buttons, speakers' links).
 */
import { safeLinkUrl, safeWebUrl } from '../../../../../../cms/src/safe-url';
import { isRecord } from '../../../../platform/server/src/kit';

export type UrlRule = 'web' | 'link';

export interface FieldShape {
  type: string;
  component?: string;
  components?: readonly string[];
  customField?: string;
  repeatable?: boolean;
}

export interface SchemaShape {
  attributes: Record<string, FieldShape>;
}

export type SchemaLookup = (componentUid: string) => SchemaShape | undefined;

export interface UrlProblem {
  /** Where the value is in the written data: `['blocks', '2', 'slides', '0', 'linkUrl']`. */
  path: string[];
  value: string;
  rule: UrlRule;
}

const LINK_NAME = /^(href|link|links)$|link(url|href)?$/i;
const WEB_NAME = /^(url|uri|website|homepage)$|(url|uri|website)$/i;
const TEXT_TYPES = new Set(['string', 'text']);

/** The rule of one attribute by its name and type, or null when it holds no URL. */
export function urlRuleOf(name: string, attribute: FieldShape): UrlRule | null {
  if (attribute.type === 'blocks') return 'link';
  if (attribute.type === 'customField' || attribute.customField) {
    return /url|link|href/i.test(attribute.customField ?? '') ? 'web' : null;
  }
  if (attribute.type === 'json') return /^links$/i.test(name) ? 'link' : null;
  if (!TEXT_TYPES.has(attribute.type)) return null;
  if (LINK_NAME.test(name)) return 'link';
  if (WEB_NAME.test(name)) return 'web';
  return null;
}

/** Whether a value passes its rule (empty values do: the field is optional or required elsewhere). */
export function urlPasses(rule: UrlRule, value: string): boolean {
  if (value.trim() === '') return true;
  return (rule === 'web' ? safeWebUrl(value) : safeLinkUrl(value)) !== null;
}

/** Link nodes of a rich-text value, at any depth. */
function blockLinks(nodes: unknown, path: string[], out: UrlProblem[]): void {
  if (!Array.isArray(nodes)) return;
  nodes.forEach((node, index) => {
    if (!isRecord(node)) return;
    const here = [...path, String(index)];
    if (node.type === 'link' && typeof node.url === 'string' && !urlPasses('link', node.url)) out.push({ path: [...here, 'url'], value: node.url, rule: 'link' });
    blockLinks(node.children, [...here, 'children'], out);
  });
}

/** URLs of a JSON list of links: strings or objects with `url` (or `href`). */
function jsonLinks(value: unknown, path: string[], rule: UrlRule, out: UrlProblem[]): void {
  const items = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
  items.forEach((item, index) => {
    if (typeof item === 'string') {
      if (!urlPasses(rule, item)) out.push({ path: [...path, String(index)], value: item, rule });
      return;
    }
    if (!isRecord(item)) return;
    for (const key of ['url', 'href']) {
      const url = item[key];
      if (typeof url === 'string' && !urlPasses(rule, url)) out.push({ path: [...path, String(index), key], value: url, rule });
    }
  });
}

function walk(schema: SchemaShape, data: Record<string, unknown>, components: SchemaLookup, path: string[], out: UrlProblem[]): void {
  for (const [key, value] of Object.entries(data)) {
    const attribute = schema.attributes[key];
    if (!attribute || value === null || value === undefined) continue;
    const here = [...path, key];
    if (attribute.type === 'component' && attribute.component) {
      const component = components(attribute.component);
      if (!component) continue;
      const items = Array.isArray(value) ? value : [value];
      items.forEach((item, index) => {
        if (isRecord(item)) walk(component, item, components, Array.isArray(value) ? [...here, String(index)] : here, out);
      });
      continue;
    }
    if (attribute.type === 'dynamiczone') {
      if (!Array.isArray(value)) continue;
      value.forEach((item, index) => {
        if (!isRecord(item) || typeof item.__component !== 'string') return;
        const component = components(item.__component);
        if (component) walk(component, item, components, [...here, String(index)], out);
      });
      continue;
    }
    const rule = urlRuleOf(key, attribute);
    if (rule === null) continue;
    if (attribute.type === 'blocks') blockLinks(value, here, out);
    else if (attribute.type === 'json') jsonLinks(value, here, rule, out);
    else if (typeof value === 'string' && !urlPasses(rule, value)) out.push({ path: here, value, rule });
  }
}

/** Every URL in `data` (a create or update of an entry of `schema`) that its rule refuses. */
export function unsafeUrls(schema: SchemaShape, data: Record<string, unknown>, components: SchemaLookup): UrlProblem[] {
  const out: UrlProblem[] = [];
  walk(schema, data, components, [], out);
  return out;
}

/** Paths of every URL field of a schema (`blocks.slides.linkUrl` for components), with their rules. */
export function urlFieldsOf(schema: SchemaShape, components: SchemaLookup, prefix = '', seen: ReadonlySet<string> = new Set()): Array<{ path: string; rule: UrlRule }> {
  const out: Array<{ path: string; rule: UrlRule }> = [];
  for (const [name, attribute] of Object.entries(schema.attributes)) {
    const path = `${prefix}${name}`;
    const nested = attribute.type === 'component' && attribute.component ? [attribute.component] : attribute.type === 'dynamiczone' ? [...(attribute.components ?? [])] : [];
    for (const uid of nested) {
      const component = components(uid);
      if (component && !seen.has(uid)) out.push(...urlFieldsOf(component, components, `${path}.`, new Set([...seen, uid])));
    }
    const rule = urlRuleOf(name, attribute);
    if (rule) out.push({ path, rule });
  }
  return out;
}

/** The refusal of the first problem, naming its field (Russian first, English second). */
export function urlRefusal(problem: UrlProblem): string {
  const field = problem.path.join('.');
  return problem.rule === 'web'
    ? `Ссылка в поле «${field}» должна быть адресом, начинающимся с http:// или https:// (the link in "${field}" must be an http(s) address)`
    : `Ссылка в поле «${field}» может вести только на адрес http(s), mailto:, tel: или страницу сайта (the link in "${field}" must be an http(s), mailto: or tel: address or a path of this site)`;
}
