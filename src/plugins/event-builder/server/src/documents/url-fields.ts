/**
 * Organizer-typed URLs are checked on every write of the content (the admin panel, REST, GraphQL
 * and scripts all write through the document service): a `javascript:` (or `data:`, `//host` ...)
 * link is refused with a 400 naming the field, so it is never stored and never rendered. The fields
 * come from the schemas (domain/url-fields.ts): a URL field added later is checked without a change here.
 *
 * The content is the app's own types (`api::*`) and those of its local plugins; Strapi's own types
 * (upload files with their relative `url`, admin users ...) are not organizer-typed links.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { unsafeUrls, urlRefusal, type SchemaShape } from '../domain/url-fields';
import { isRecord } from '../../../../platform/server/src/kit';

const WRITES = ['create', 'update', 'clone'];

/** Plugins of this app (configured with a local `resolve`), whose types are content like `api::*`. */
function localPlugins(strapi: Core.Strapi): string[] {
  const configured = strapi.config.get('plugins') as Record<string, { resolve?: unknown }> | undefined;
  return Object.entries(configured ?? {})
    .filter(([, entry]) => isRecord(entry) && typeof entry.resolve === 'string')
    .map(([name]) => name);
}

export function registerUrlFieldChecks(strapi: Core.Strapi): void {
  let local: string[] | null = null;
  const isContent = (uid: string) => {
    if (uid.startsWith('api::')) return true;
    local ??= localPlugins(strapi);
    return local.some((name) => uid.startsWith(`plugin::${name}.`));
  };
  const schemaOf = (uid: string) => strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as unknown as SchemaShape | undefined;
  const componentOf = (uid: string) => strapi.components[uid as keyof typeof strapi.components] as unknown as SchemaShape | undefined;

  strapi.documents.use(async (context, next) => {
    if (!WRITES.includes(context.action) || !isContent(context.uid)) return next();
    const data = (context.params as { data?: unknown }).data;
    const schema = schemaOf(context.uid);
    if (!schema || !isRecord(data)) return next();
    const problems = unsafeUrls(schema, data, componentOf);
    const first = problems[0];
    if (first) {
      throw new errors.ValidationError(urlRefusal(first), {
        errors: problems.map((problem) => ({ path: problem.path, message: urlRefusal(problem), name: 'ValidationError', value: problem.value })),
      });
    }
    return next();
  });
}
