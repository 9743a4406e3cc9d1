/**
 * GraphQL resolves relations without the document service, so the rules of public reads are
 * applied here too: relations that could list a hidden session or event are not traversable
 * (query sessions and events at the top level, where privacy applies), and no nested relation
 * may ask for drafts.
 */
import type { Core } from '@strapi/strapi';

/** Relation fields that would list sessions or events past their privacy level. */
const HIDDEN_TRAVERSALS: Array<[string, string]> = [
  ['api::event.event', 'sessions'],
  ['api::track.track', 'sessions'],
  ['api::speaker.speaker', 'sessions'],
  ['api::partner.partner', 'events'],
];

interface ExtensionService {
  shadowCRUD(uid: string): { field(name: string): { disableOutput(): unknown; disableFilters(): unknown } };
  use(extension: { resolversConfig: Record<string, { middlewares: Array<(resolve: Resolver, parent: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown> }> }): void;
}
type Resolver = (parent: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;

interface NamingService {
  getTypeName(contentType: unknown): string;
}

export function registerGraphqlRules(strapi: Core.Strapi): void {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const extension = graphql.service('extension') as ExtensionService;
  for (const [uid, field] of HIDDEN_TRAVERSALS) {
    extension.shadowCRUD(uid).field(field).disableOutput();
  }

  // nested relations inherit "published" and cannot ask for drafts
  const naming = (graphql.service('utils') as { naming: NamingService }).naming;
  const resolversConfig: Record<string, { middlewares: Array<(resolve: Resolver, parent: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown> }> = {};
  const models = [
    ...Object.values(strapi.contentTypes).filter((model) => model.uid.startsWith('api::')),
    ...Object.values(strapi.components),
  ] as Array<{ uid: string; attributes: Record<string, { type: string; target?: string }> }>;
  for (const model of models) {
    for (const [name, attribute] of Object.entries(model.attributes)) {
      if (attribute.type !== 'relation' || !attribute.target?.startsWith('api::')) continue;
      const typeName = naming.getTypeName(model);
      const forcePublished = (resolve: Resolver, parent: unknown, args: Record<string, unknown>, context: unknown, info: unknown) =>
        resolve(parent, { ...args, status: 'published' }, context, info);
      resolversConfig[`${typeName}.${name}`] = { middlewares: [forcePublished] };
      resolversConfig[`${typeName}.${name}_connection`] = { middlewares: [forcePublished] };
    }
  }
  extension.use({ resolversConfig });
}
