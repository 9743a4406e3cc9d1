/**
 * GraphQL resolves relations without the document service, so the rules of public reads are
 * applied here too: relations that could list a hidden session or event are not traversable
 * (query sessions and events at the top level, where privacy applies and recording links are
 * withheld), no nested relation may ask for drafts, and the recording link is no filter.
 */
import type { Core } from '@strapi/strapi';
import { SESSION_UID } from './constants';
import { isTrustedCaller, viewerOf } from './public-reads';
import { RECORDING_FIELD, type VisibilityService } from './services/visibility';

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
  // filtering by the link would reveal it to callers who may not read it (REST refuses it too)
  extension.shadowCRUD(SESSION_UID).field(RECORDING_FIELD).disableFilters();

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

  // Top-level results are withheld by the public-reads middleware; a session reached another way
  // (its `localizations`, say) is not: the rule runs again on the field itself, wherever it resolves.
  const visibility = () => strapi.plugin('event-builder').service('visibility') as VisibilityService;
  const withholdRecording = async (resolve: Resolver, parent: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => {
    const value = await resolve(parent, args, context, info);
    const state = typeof context === 'object' && context !== null ? (context as { state?: unknown }).state : undefined;
    if (typeof value !== 'string' || value === '' || isTrustedCaller(state)) return value;
    const id = typeof parent === 'object' && parent !== null ? (parent as { id?: unknown }).id : undefined;
    const session: Record<string, unknown> = { id, [RECORDING_FIELD]: value };
    await visibility().withholdRecordings(SESSION_UID, session, viewerOf(state), new Date());
    return session[RECORDING_FIELD];
  };
  const sessionModel = strapi.contentTypes[SESSION_UID];
  if (sessionModel) resolversConfig[`${naming.getTypeName(sessionModel)}.${RECORDING_FIELD}`] = { middlewares: [withholdRecording] };
  extension.use({ resolversConfig });
}
