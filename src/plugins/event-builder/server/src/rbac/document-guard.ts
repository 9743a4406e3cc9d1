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
import { EVENT_UID, PARTNER_UID, SESSION_UID, SPEAKER_UID } from '../constants';
import { applyRelationOps, loosensSessionPrivacy, relationOps, touchedRefs, withMember, type RelationRef } from '../domain/organizer-writes';
import { decideSharedChange, relationsNotToClone, sharedRefusal, type SharedKind } from '../domain/shared-items';
import { eventOwnedUids, eventPathOf, hasAllAccess, levelCovers, readOnlyUids, writeLevelOf, type EventLevel } from '../domain/roles';
import { isRecord, platform, type PrivacyLevel } from '../../../../platform/server/src/kit';
import { currentAdmin, roleCodesOf, type AdminActor } from './actor';
import { usageService } from './usage';

const WRITE_ACTIONS = ['create', 'update', 'clone'];
/** Actions that change an existing document as every event using it shows it. */
const CHANGE_ACTIONS = ['update', 'delete', 'publish', 'unpublish', 'discardDraft'];
/** Items several events share, and the level needed on each of them to change one. */
const SHARED_ITEMS: Record<string, { kind: SharedKind; required: EventLevel }> = {
  [PARTNER_UID]: { kind: 'partner', required: 'manager' },
  [SPEAKER_UID]: { kind: 'speaker', required: 'admin' },
};
const READ_ACTIONS = ['findOne', 'findMany', 'findFirst', 'count'];
const MEMBERSHIP = ['admins', 'managers'] as const;
type MembershipField = (typeof MEMBERSHIP)[number];

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

interface DocParams {
  documentId?: string;
  locale?: string;
  data?: Record<string, unknown>;
}

interface Row {
  id: number;
  documentId: string;
  locale?: string | null;
  publishedAt?: unknown;
  [key: string]: unknown;
}

const refsFromRow = (value: unknown): RelationRef[] => {
  const items = Array.isArray(value) ? value : value ? [value] : [];
  return items.filter(isRecord).map((item) => ({ id: item.id as number, documentId: item.documentId as string }));
};

export function registerOrganizerWrites(strapi: Core.Strapi): void {
  const organizers = () => platform(strapi).access;
  const declared = () => platform(strapi).access.declared();
  /** Types whose entries belong to an event: writing a relation to them touches that event. */
  const eventScopedTargets = (): string[] => [EVENT_UID, ...eventOwnedUids(declared())];
  const isEventOwned = (uid: string) => eventOwnedUids(declared()).includes(uid);
  const modelOf = (uid: string) => strapi.getModel(uid as Parameters<typeof strapi.getModel>[0]) as unknown as ModelLike;

  /** Where-clause of the draft version of a document in a locale (for types that have them). */
  const draftWhere = (uid: string, documentId: string, locale?: string): Record<string, unknown> => {
    const model = modelOf(uid);
    const where: Record<string, unknown> = { documentId };
    if (model.options?.draftAndPublish) where.publishedAt = null;
    if (locale && model.pluginOptions?.i18n?.localized) where.locale = locale;
    return where;
  };

  /** The event document ids the given entries of `target` belong to (null for an entry of no event). */
  async function owningEvents(target: string, refs: RelationRef[]): Promise<Array<string | null>> {
    const ids = refs.map((ref) => ref.id).filter((id): id is number => typeof id === 'number');
    const documentIds = refs.map((ref) => ref.documentId).filter((id): id is string => typeof id === 'string');
    if (ids.length === 0 && documentIds.length === 0) return [];
    const where = { $or: [...(ids.length ? [{ id: { $in: ids } }] : []), ...(documentIds.length ? [{ documentId: { $in: documentIds } }] : [])] };
    if (target === EVENT_UID) {
      const rows = (await strapi.db.query(target).findMany({ where, select: ['documentId'] })) as Row[];
      const found = new Set(rows.map((row) => row.documentId));
      // an entry that does not exist is left to Strapi's own validation
      return [...found];
    }
    const rows = (await strapi.db.query(target).findMany({ where, select: ['id', 'documentId'], populate: { event: { select: ['documentId'] } } })) as Array<
      Row & { event?: { documentId: string } | null }
    >;
    return rows.map((row) => row.event?.documentId ?? null);
  }

  async function assertOwnEvents(actor: AdminActor, eventIds: Array<string | null>, what: string, level: EventLevel): Promise<void> {
    for (const eventId of new Set(eventIds)) {
      const granted = eventId === null ? null : await organizers().levelFor(actor, eventId);
      if (levelCovers(granted, level)) continue;
      if (granted !== null) throw new errors.PolicyError(`Нет доступа: ${what} может менять только администратор события`);
      throw new errors.PolicyError(`Нет доступа: ${what} относится к событию, которое вы не ведёте`);
    }
  }

  /** A change to a shared item: only by those who may change it on every event that uses it. */
  async function assertMayChangeShared(actor: AdminActor, uid: string, documentId: string): Promise<void> {
    const shared = SHARED_ITEMS[uid];
    if (!shared) return;
    const usage = await usageService(strapi).ofDocument(uid, documentId);
    const levels = Object.fromEntries(await Promise.all(usage.events.map(async (eventId) => [eventId, await organizers().levelFor(actor, eventId)] as const)));
    const decision = decideSharedChange({ allAccess: false, usage, levels, required: shared.required });
    if (!decision.ok) throw new errors.PolicyError(sharedRefusal(shared.kind, decision, shared.required));
  }

  /** Relation writes and session privacy of an event administrator or manager. */
  async function checkScopedWrite(actor: AdminActor, uid: string, action: string, params: DocParams, data: Record<string, unknown>): Promise<void> {
    const model = modelOf(uid);
    const existing =
      action === 'update' && params.documentId
        ? ((await strapi.db.query(uid).findOne({
            where: draftWhere(uid, params.documentId, params.locale),
            populate: Object.fromEntries(
              Object.keys(data)
                .filter((key) => model.attributes[key]?.type === 'relation' && eventScopedTargets().includes(model.attributes[key]?.target ?? ''))
                .map((key) => [key, { select: ['id', 'documentId'] }]),
            ),
          })) as Row | null)
        : null;

    for (const [key, value] of Object.entries(data)) {
      const attribute = model.attributes[key];
      if (attribute?.type !== 'relation' || !attribute.target || !eventScopedTargets().includes(attribute.target)) continue;
      const touched = touchedRefs(value, refsFromRow(existing?.[key]));
      if (!touched) throw new errors.ValidationError(`Не удалось прочитать значение связи «${key}»`);
      await assertOwnEvents(actor, await owningEvents(attribute.target, touched), `запись в поле «${key}»`, writeLevelOf(uid, declared()));
    }

    if (isEventOwned(uid) && (action === 'create' || data.event !== undefined)) {
      // an organizer's content stays inside one of their events: created with one, never taken out
      const ops = relationOps(data.event);
      const chosen = ops ? [...ops.connect, ...(ops.set ?? [])] : [];
      const dropped = ops !== null && (ops.set !== null || ops.disconnect.length > 0);
      if (action === 'create' ? chosen.length === 0 : dropped && chosen.length === 0) {
        throw new errors.ValidationError('Выберите событие: организатор ведёт материалы только внутри своих событий');
      }
    }

    if (uid === SESSION_UID && action === 'update' && data.privacy !== undefined && params.documentId) {
      const session = (await strapi.db.query(SESSION_UID).findOne({
        where: draftWhere(SESSION_UID, params.documentId, params.locale),
        select: ['id', 'privacy'],
        populate: { event: { select: ['documentId', 'privacy'] } },
      })) as (Row & { privacy?: string; event?: { documentId: string; privacy: PrivacyLevel } | null }) | null;
      const event = session?.event;
      if (session && event && (await organizers().levelFor(actor, event.documentId)) !== 'admin' && loosensSessionPrivacy(event.privacy, session.privacy, data.privacy)) {
        throw new errors.PolicyError('Менеджер события может сделать сессию закрытее, но не открытее: это решает администратор события');
      }
    }
  }

  /**
   * A new translation of an event's content belongs to the same event, in that language: Strapi
   * copies no relation into a new locale, and a session without its event is out of its
   * organizers' reach.
   */
  async function inheritEvent(actor: AdminActor, uid: string, params: DocParams, data: Record<string, unknown>): Promise<void> {
    if (!params.documentId || !params.locale || !modelOf(uid).pluginOptions?.i18n?.localized) return;
    if (data.event !== undefined) {
      const ops = relationOps(data.event);
      if (ops === null || ops.connect.length > 0 || (ops.set?.length ?? 0) > 0) return;
    }
    const versions = (await strapi.db.query(uid).findMany({
      where: draftWhere(uid, params.documentId),
      select: ['id', 'locale'],
      populate: { event: { select: ['documentId'] } },
    })) as Array<Row & { event?: { documentId: string } | null }>;
    if (versions.length === 0 || versions.some((row) => row.locale === params.locale)) return;
    const eventId = versions.find((row) => row.event)?.event?.documentId;
    if (!eventId) return;
    if ((await strapi.db.query(EVENT_UID).count({ where: { documentId: eventId, locale: params.locale } })) > 0) {
      data.event = { connect: [{ documentId: eventId, locale: params.locale }] };
    } else if (!hasAllAccess(roleCodesOf(actor))) {
      throw new errors.ValidationError(`Сначала добавьте событию перевод на язык «${params.locale}»: перевод материала события относится к переводу события`);
    }
  }

  // --- an event's organizers belong to the document -------------------------------------------

  interface MembershipRow extends Row {
    admins?: Array<{ id: number }>;
    managers?: Array<{ id: number }>;
  }
  type Lists = Record<MembershipField, number[]>;

  const membershipRows = async (documentId: string) =>
    (await strapi.db.query(EVENT_UID).findMany({
      where: { documentId },
      select: ['id', 'locale', 'publishedAt'],
      populate: { admins: { select: ['id'] }, managers: { select: ['id'] } },
    })) as MembershipRow[];

  const listsOf = (row: MembershipRow): Lists => ({
    admins: (row.admins ?? []).map((user) => user.id).sort((a, b) => a - b),
    managers: (row.managers ?? []).map((user) => user.id).sort((a, b) => a - b),
  });

  const isDraftIn = (row: MembershipRow, locale?: string) => !row.publishedAt && (!locale || row.locale === locale);

  /** Admin user ids of relation refs (resolving document ids). */
  async function adminUserIds(refs: RelationRef[]): Promise<number[]> {
    const ids = refs.map((ref) => ref.id).filter((id): id is number => typeof id === 'number');
    const documentIds = refs.filter((ref) => ref.id === undefined && ref.documentId).map((ref) => ref.documentId as string);
    if (documentIds.length > 0) {
      const rows = (await strapi.db.query('admin::user').findMany({ where: { documentId: { $in: documentIds } }, select: ['id'] })) as Array<{ id: number }>;
      ids.push(...rows.map((row) => row.id));
    }
    return ids;
  }

  /**
   * Runs `write` on one event row without moving its `updatedAt`: the organizer lists are not
   * content, and a published version that looked newer than its draft would hide unpublished edits.
   * Read and written back as stored (the query builder skips lifecycles and conversions).
   */
  async function keepingUpdatedAt(id: number, write: () => Promise<unknown>): Promise<void> {
    const meta = strapi.db.metadata.get(EVENT_UID) as { attributes: Record<string, { columnName?: string }> };
    const column = meta.attributes.updatedAt?.columnName ?? 'updated_at';
    const [stored] = (await strapi.db.queryBuilder(EVENT_UID).select(['id', 'updatedAt']).where({ id }).execute({ mapResults: false })) as Array<
      Record<string, unknown>
    >;
    await write();
    if (stored && stored[column] !== undefined) await strapi.db.queryBuilder(EVENT_UID).update({ [column]: stored[column] }).where({ id }).execute();
  }

  async function mirrorMembership(params: DocParams, before: MembershipRow[], data: Record<string, unknown> | undefined): Promise<void> {
    if (!params.documentId) return;
    const rows = await membershipRows(params.documentId);
    const written = rows.find((row) => isDraftIn(row, params.locale)) ?? rows.find((row) => !row.publishedAt);
    if (!written) return;
    const wasThere = before.some((row) => row.id === written.id);
    const reference = before.find((row) => isDraftIn(row, params.locale)) ?? before.find((row) => !row.publishedAt) ?? before[0];
    const lists: Lists = listsOf(written);
    if (!wasThere && reference) {
      // a new translation: it gets the document's organizers, with this write's changes on top
      for (const field of MEMBERSHIP) {
        const ops = data && data[field] !== undefined ? relationOps(data[field]) : null;
        lists[field] = ops
          ? applyRelationOps(listsOf(reference)[field], {
              connect: await adminUserIds(ops.connect),
              disconnect: await adminUserIds(ops.disconnect),
              set: ops.set ? await adminUserIds(ops.set) : null,
            })
          : listsOf(reference)[field];
      }
    }
    for (const row of rows) {
      const current = listsOf(row);
      const changed = MEMBERSHIP.filter((field) => current[field].join(',') !== [...lists[field]].sort((a, b) => a - b).join(','));
      if (changed.length === 0) continue;
      await keepingUpdatedAt(row.id, () =>
        strapi.db.query(EVENT_UID).update({ where: { id: row.id }, data: Object.fromEntries(changed.map((field) => [field, lists[field]])) }),
      );
    }
  }

  strapi.documents.use(async (context, next) => {
    const uid = context.uid as string;
    if (readOnlyUids(declared()).includes(uid) && !READ_ACTIONS.includes(context.action) && currentAdmin(strapi)) {
      throw new errors.PolicyError('Регистрации в панели администратора только просматриваются: места и лист ожидания ведёт сервис регистрации');
    }
    const params = context.params as DocParams;
    const actor = currentAdmin(strapi);
    if (context.action === 'clone' && uid.startsWith('api::')) {
      params.data = isRecord(params.data) ? params.data : {};
      for (const name of relationsNotToClone(modelOf(uid).attributes, params.data)) params.data[name] = { set: [] };
    }
    if (actor && SHARED_ITEMS[uid] && CHANGE_ACTIONS.includes(context.action) && params.documentId && !hasAllAccess(roleCodesOf(actor))) {
      await assertMayChangeShared(actor, uid, params.documentId);
    }
    if (!WRITE_ACTIONS.includes(context.action) || eventPathOf(uid, declared()) === null) return next();

    if (actor && uid === EVENT_UID && (context.action === 'create' || context.action === 'clone')) {
      params.data = isRecord(params.data) ? params.data : {};
      params.data.admins = withMember(params.data.admins, { id: actor.id, documentId: actor.documentId });
    }

    const data = isRecord(params.data) ? params.data : undefined;
    if (actor && data && context.action === 'update' && isEventOwned(uid)) await inheritEvent(actor, uid, params, data);
    if (actor && data && !hasAllAccess(roleCodesOf(actor))) await checkScopedWrite(actor, uid, context.action, params, data);

    if (uid !== EVENT_UID || context.action !== 'update' || !params.documentId) return next();
    const before = await membershipRows(params.documentId);
    const result = await next();
    await mirrorMembership(params, before, data);
    return result;
  });
}
