/**
 * Rules of organizers' writes that RBAC conditions cannot express, as one document-service
 * middleware (so the content manager, the calendar and any later admin route get them):
 *
 * - the admin user who creates an event becomes one of its administrators;
 * - an event administrator or manager only attaches content to, or takes it from, their own
 *   events (a session moved to another event, a partner linked to one, a speaker put on a session),
 *   and creates event content only inside one of their events;
 * - a manager may make a session stricter but not more open;
 * - an event's administrators and managers are the document's, not a version's: a change made on
 *   one version (or a new translation) is written to all of them;
 * - partner links are the event's settings: only its administrators attach them to it;
 * - a shared item (a partner, a speaker) is changed or deleted only by organizers of every event
 *   that uses it (domain/shared-items.ts): linking it to one's event grants nothing over it;
 * - a clone copies no relation whose targets belong to one entry (an event's sessions, tracks,
 *   news, ads): copying one would move it out of the original, into the cloner's copy;
 * - registrations (and consents) are only read in the admin panel, by everyone: seats and the
 *   waitlist are kept by the registration service, which a hand edit would bypass.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { EVENT_UID } from '../constants';
import { withMember } from '../domain/organizer-writes';
import { eventPathOf, hasAllAccess, readOnlyUids } from '../domain/roles';
import { relationsNotToClone } from '../domain/shared-items';
import { isRecord, platform } from '../../../../platform/server/src/kit';
import { currentAdmin, roleCodesOf, type AdminActor } from './actor';
import { membershipRows, mirrorMembership } from './event-membership';
import { assertMayChangeShared, checkScopedWrite, inheritEvent, isEventOwned, modelOf, SHARED_ITEMS, type DocParams } from './write-scope';

const WRITE_ACTIONS = ['create', 'update', 'clone'];
/** Actions that change an existing document as every event using it shows it. */
const CHANGE_ACTIONS = ['update', 'delete', 'publish', 'unpublish', 'discardDraft'];
const READ_ACTIONS = ['findOne', 'findMany', 'findFirst', 'count'];

/** A clone copies no relation whose targets belong to one entry (they would move into the copy). */
function dropOwnedRelationsOfClone(strapi: Core.Strapi, uid: string, params: DocParams): void {
  params.data = isRecord(params.data) ? params.data : {};
  for (const name of relationsNotToClone(modelOf(strapi, uid).attributes, params.data)) params.data[name] = { set: [] };
}

/** The admin user who creates (or clones) an event becomes one of its administrators. */
function addCreatorToAdmins(actor: AdminActor, params: DocParams): void {
  params.data = isRecord(params.data) ? params.data : {};
  params.data.admins = withMember(params.data.admins, { id: actor.id, documentId: actor.documentId });
}

export function registerOrganizerWrites(strapi: Core.Strapi): void {
  const declared = () => platform(strapi).access.declared();

  strapi.documents.use(async (context, next) => {
    const uid = context.uid as string;
    const action = context.action;
    const actor = currentAdmin(strapi);
    if (actor && readOnlyUids(declared()).includes(uid) && !READ_ACTIONS.includes(action)) {
      throw new errors.PolicyError('Регистрации в панели администратора только просматриваются: места и лист ожидания ведёт сервис регистрации');
    }
    const params = context.params as DocParams;
    if (action === 'clone' && uid.startsWith('api::')) dropOwnedRelationsOfClone(strapi, uid, params);
    const allAccess = actor !== null && hasAllAccess(roleCodesOf(actor));
    if (actor && !allAccess && SHARED_ITEMS[uid] && CHANGE_ACTIONS.includes(action) && params.documentId) {
      await assertMayChangeShared(strapi, actor, uid, params.documentId);
    }
    if (!WRITE_ACTIONS.includes(action) || eventPathOf(uid, declared()) === null) return next();

    if (actor && uid === EVENT_UID && (action === 'create' || action === 'clone')) addCreatorToAdmins(actor, params);
    const data = isRecord(params.data) ? params.data : undefined;
    if (actor && data && action === 'update' && isEventOwned(strapi, uid)) await inheritEvent(strapi, actor, uid, params, data);
    if (actor && data && !allAccess) await checkScopedWrite(strapi, actor, uid, action, params, data);

    if (uid !== EVENT_UID || action !== 'update' || !params.documentId) return next();
    const before = await membershipRows(strapi, params.documentId);
    const result = await next();
    await mirrorMembership(strapi, params, before, data);
    return result;
  });
}
