import { PUBLIC_READ_UIDS } from './plugins/event-builder/server/src/constants';

/**
 * Content types of the event space that anyone may read (published entries only, through the privacy
 * rules). Deny by default: the only ones the Public and Authenticated roles may find, and the only ones
 * in the public GraphQL schema (the list lives with the rules, in the event-builder plugin).
 */
export const publicContentTypes = PUBLIC_READ_UIDS;

export const publicReadActions: string[] = publicContentTypes.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]);

/** Plugin routes that anyone may call (the route itself decides what each viewer gets). */
export const publicPluginActions: string[] = ['plugin::event-builder.streams.findOne'];
