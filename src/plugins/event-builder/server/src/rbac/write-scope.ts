/**
 * What an event administrator or manager may write (rbac/document-guard.ts runs these): relations
 * only to and from their own events, event content only inside one of their events, a session made
 * stricter but not more open by a manager, a shared item changed only by organizers of every event
 * using it, and a new translation of event content kept in its event. The decisions are in
 * domain/write-guard.ts, domain/organizer-writes.ts and domain/shared-items.ts.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { EVENT_UID, PARTNER_UID, SESSION_UID, SPEAKER_UID } from '../constants';
import { loosensSessionPrivacy, touchedRefs, type RelationRef } from '../domain/organizer-writes';
import { eventOwnedUids, hasAllAccess, writeLevelOf, type EventLevel } from '../domain/roles';
import { decideSharedChange, sharedRefusal, type SharedKind } from '../domain/shared-items';
import { choosesEvent, eventOfNewTranslation, leavesItsEvent, ownEventRefusal, ownEventRefusalText } from '../domain/write-guard';
import { isRecord, platform, type PrivacyLevel } from '../../../../platform/server/src/kit';
import { roleCodesOf, type AdminActor } from './actor';
import { usageService } from './usage';

/** Items several events share, and the level needed on each of them to change one. */
export const SHARED_ITEMS: Record<string, { kind: SharedKind; required: EventLevel }> = {
  [PARTNER_UID]: { kind: 'partner', required: 'manager' },
  [SPEAKER_UID]: { kind: 'speaker', required: 'admin' },
};

interface AttributeLike {
  type: string;
  target?: string;
  relation?: string;
}

interface ModelLike {
  attributes: Record<string, AttributeLike>;
  options?: { draftAndPublish?: boolean };
  pluginOptions?: { i18n?: { localized?: boolean } };
}

/** The document service's parameters the guard reads. */
export interface DocParams {
  documentId?: string;
  locale?: string;
  data?: Record<string, unknown>;
}

export interface Row {
  id: number;
  documentId: string;
  locale?: string | null;
  publishedAt?: unknown;
  [key: string]: unknown;
}

export const modelOf = (strapi: Core.Strapi, uid: string) => strapi.getModel(uid as Parameters<typeof strapi.getModel>[0]) as unknown as ModelLike;

const declared = (strapi: Core.Strapi) => platform(strapi).access.declared();

/** Whether entries of `uid` belong to an event (sessions, tracks, registrations ...). */
export const isEventOwned = (strapi: Core.Strapi, uid: string): boolean => eventOwnedUids(declared(strapi)).includes(uid);

/** Types whose entries belong to an event: writing a relation to them touches that event. */
const eventScopedTargets = (strapi: Core.Strapi): string[] => [EVENT_UID, ...eventOwnedUids(declared(strapi))];

/** Where-clause of the draft version of a document in a locale (for types that have them). */
function draftWhere(strapi: Core.Strapi, uid: string, documentId: string, locale?: string): Record<string, unknown> {
  const model = modelOf(strapi, uid);
  const where: Record<string, unknown> = { documentId };
  if (model.options?.draftAndPublish) where.publishedAt = null;
  if (locale && model.pluginOptions?.i18n?.localized) where.locale = locale;
  return where;
}

const refsFromRow = (value: unknown): RelationRef[] => {
  const items = Array.isArray(value) ? value : value ? [value] : [];
  return items.filter(isRecord).map((item) => ({ id: item.id as number, documentId: item.documentId as string }));
};

/** The event document ids the given entries of `target` belong to (null for an entry of no event). */
async function owningEvents(strapi: Core.Strapi, target: string, refs: RelationRef[]): Promise<Array<string | null>> {
  const ids = refs.map((ref) => ref.id).filter((id): id is number => typeof id === 'number');
  const documentIds = refs.map((ref) => ref.documentId).filter((id): id is string => typeof id === 'string');
  if (ids.length === 0 && documentIds.length === 0) return [];
  const where = { $or: [...(ids.length ? [{ id: { $in: ids } }] : []), ...(documentIds.length ? [{ documentId: { $in: documentIds } }] : [])] };
  if (target === EVENT_UID) {
    const rows = (await strapi.db.query(target).findMany({ where, select: ['documentId'] })) as Row[];
    // an entry that does not exist is left to Strapi's own validation
    return [...new Set(rows.map((row) => row.documentId))];
  }
  const rows = (await strapi.db.query(target).findMany({ where, select: ['id', 'documentId'], populate: { event: { select: ['documentId'] } } })) as Array<
    Row & { event?: { documentId: string } | null }
  >;
  return rows.map((row) => row.event?.documentId ?? null);
}

async function assertOwnEvents(strapi: Core.Strapi, actor: AdminActor, eventIds: Array<string | null>, what: string, level: EventLevel): Promise<void> {
  for (const eventId of new Set(eventIds)) {
    const granted = eventId === null ? null : await platform(strapi).access.levelFor(actor, eventId);
    const refusal = ownEventRefusal(granted, level);
    if (refusal) throw new errors.PolicyError(ownEventRefusalText(refusal, what));
  }
}

/** A change to a shared item: only by those who may change it on every event that uses it. */
export async function assertMayChangeShared(strapi: Core.Strapi, actor: AdminActor, uid: string, documentId: string): Promise<void> {
  const shared = SHARED_ITEMS[uid];
  if (!shared) return;
  const usage = await usageService(strapi).ofDocument(uid, documentId);
  const levels = Object.fromEntries(await Promise.all(usage.events.map(async (eventId) => [eventId, await platform(strapi).access.levelFor(actor, eventId)] as const)));
  const decision = decideSharedChange({ allAccess: false, usage, levels, required: shared.required });
  if (!decision.ok) throw new errors.PolicyError(sharedRefusal(shared.kind, decision, shared.required));
}

/** Every relation the write touches to event content leads to the organizer's own events. */
async function assertOwnRelations(strapi: Core.Strapi, actor: AdminActor, uid: string, action: string, params: DocParams, data: Record<string, unknown>): Promise<void> {
  const model = modelOf(strapi, uid);
  const targets = eventScopedTargets(strapi);
  const scoped = Object.keys(data).filter((key) => model.attributes[key]?.type === 'relation' && targets.includes(model.attributes[key]?.target ?? ''));
  if (scoped.length === 0) return;
  const existing =
    action === 'update' && params.documentId
      ? ((await strapi.db.query(uid).findOne({
          where: draftWhere(strapi, uid, params.documentId, params.locale),
          populate: Object.fromEntries(scoped.map((key) => [key, { select: ['id', 'documentId'] }])),
        })) as Row | null)
      : null;
  for (const key of scoped) {
    const target = model.attributes[key]?.target ?? '';
    const touched = touchedRefs(data[key], refsFromRow(existing?.[key]));
    if (!touched) throw new errors.ValidationError(`Не удалось прочитать значение связи «${key}»`);
    await assertOwnEvents(strapi, actor, await owningEvents(strapi, target, touched), `запись в поле «${key}»`, writeLevelOf(uid, declared(strapi)));
  }
}

/** A manager may make a session stricter than it is, not more open (that is the event administrator's). */
async function assertSessionPrivacy(strapi: Core.Strapi, actor: AdminActor, params: DocParams, next: unknown): Promise<void> {
  if (!params.documentId) return;
  const session = (await strapi.db.query(SESSION_UID).findOne({
    where: draftWhere(strapi, SESSION_UID, params.documentId, params.locale),
    select: ['id', 'privacy'],
    populate: { event: { select: ['documentId', 'privacy'] } },
  })) as (Row & { privacy?: string; event?: { documentId: string; privacy: PrivacyLevel } | null }) | null;
  const event = session?.event;
  if (!session || !event || !loosensSessionPrivacy(event.privacy, session.privacy, next)) return;
  if ((await platform(strapi).access.levelFor(actor, event.documentId)) !== 'admin') {
    throw new errors.PolicyError('Менеджер события может сделать сессию закрытее, но не открытее: это решает администратор события');
  }
}

/** Relation writes and session privacy of an event administrator or manager. */
export async function checkScopedWrite(strapi: Core.Strapi, actor: AdminActor, uid: string, action: string, params: DocParams, data: Record<string, unknown>): Promise<void> {
  await assertOwnRelations(strapi, actor, uid, action, params, data);
  // an organizer's content stays inside one of their events: created with one, never taken out
  if (isEventOwned(strapi, uid) && (action === 'create' || data.event !== undefined) && leavesItsEvent(action, data.event)) {
    throw new errors.ValidationError('Выберите событие: организатор ведёт материалы только внутри своих событий');
  }
  if (uid === SESSION_UID && action === 'update' && data.privacy !== undefined) await assertSessionPrivacy(strapi, actor, params, data.privacy);
}

/**
 * A new translation of an event's content belongs to the same event, in that language: Strapi
 * copies no relation into a new locale, and a session without its event is out of its
 * organizers' reach.
 */
export async function inheritEvent(strapi: Core.Strapi, actor: AdminActor, uid: string, params: DocParams, data: Record<string, unknown>): Promise<void> {
  if (!params.documentId || !params.locale || !modelOf(strapi, uid).pluginOptions?.i18n?.localized || choosesEvent(data.event)) return;
  const versions = (await strapi.db.query(uid).findMany({
    where: draftWhere(strapi, uid, params.documentId),
    select: ['id', 'locale'],
    populate: { event: { select: ['documentId'] } },
  })) as Array<Row & { event?: { documentId: string } | null }>;
  const eventId = eventOfNewTranslation(
    versions.map((row) => ({ locale: row.locale, eventDocumentId: row.event?.documentId ?? null })),
    params.locale,
  );
  if (!eventId) return;
  if ((await strapi.db.query(EVENT_UID).count({ where: { documentId: eventId, locale: params.locale } })) > 0) {
    data.event = { connect: [{ documentId: eventId, locale: params.locale }] };
  } else if (!hasAllAccess(roleCodesOf(actor))) {
    throw new errors.ValidationError(`Сначала добавьте событию перевод на язык «${params.locale}»: перевод материала события относится к переводу события`);
  }
}
