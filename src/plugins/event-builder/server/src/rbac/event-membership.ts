/**
 * An event's administrators and managers are the document's, not a version's: after a write to one
 * version (or a new translation) the lists are written to every version. Which version was written,
 * which lists a new translation takes and what differs: domain/write-guard.ts.
 */
import type { Core } from '@strapi/strapi';
import { EVENT_UID } from '../constants';
import { applyRelationOps, relationOps, type RelationRef } from '../domain/organizer-writes';
import { changedMembership, MEMBERSHIP, membershipListsOf, membershipReference, writtenDraft, type MembershipLists, type MembershipVersion } from '../domain/write-guard';
import type { DocParams } from './write-scope';

/** Every version of the event with its organizer lists (read before and after the write). */
export const membershipRows = async (strapi: Core.Strapi, documentId: string): Promise<MembershipVersion[]> =>
  (await strapi.db.query(EVENT_UID).findMany({
    where: { documentId },
    select: ['id', 'locale', 'publishedAt'],
    populate: { admins: { select: ['id'] }, managers: { select: ['id'] } },
  })) as MembershipVersion[];

/** Admin user ids of relation refs (resolving document ids). */
async function adminUserIds(strapi: Core.Strapi, refs: RelationRef[]): Promise<number[]> {
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
async function keepingUpdatedAt(strapi: Core.Strapi, id: number, write: () => Promise<unknown>): Promise<void> {
  const meta = strapi.db.metadata.get(EVENT_UID) as { attributes: Record<string, { columnName?: string }> };
  const column = meta.attributes.updatedAt?.columnName ?? 'updated_at';
  const [stored] = (await strapi.db.queryBuilder(EVENT_UID).select(['id', 'updatedAt']).where({ id }).execute({ mapResults: false })) as Array<
    Record<string, unknown>
  >;
  await write();
  if (stored && stored[column] !== undefined) await strapi.db.queryBuilder(EVENT_UID).update({ [column]: stored[column] }).where({ id }).execute();
}

/** A new translation gets the document's organizers (the reference version's), with this write's changes on top. */
async function listsOfNewTranslation(strapi: Core.Strapi, reference: MembershipVersion, data: Record<string, unknown> | undefined): Promise<MembershipLists> {
  const lists = membershipListsOf(reference);
  for (const field of MEMBERSHIP) {
    const ops = data && data[field] !== undefined ? relationOps(data[field]) : null;
    if (!ops) continue;
    lists[field] = applyRelationOps(lists[field], {
      connect: await adminUserIds(strapi, ops.connect),
      disconnect: await adminUserIds(strapi, ops.disconnect),
      set: ops.set ? await adminUserIds(strapi, ops.set) : null,
    });
  }
  return lists;
}

/** After an event's update: every version gets the written version's organizer lists. */
export async function mirrorMembership(strapi: Core.Strapi, params: DocParams, before: MembershipVersion[], data: Record<string, unknown> | undefined): Promise<void> {
  if (!params.documentId) return;
  const rows = await membershipRows(strapi, params.documentId);
  const written = writtenDraft(rows, params.locale);
  if (!written) return;
  const reference = membershipReference(before, written, params.locale);
  const lists = reference ? await listsOfNewTranslation(strapi, reference, data) : membershipListsOf(written);
  for (const row of rows) {
    const changed = changedMembership(membershipListsOf(row), lists);
    if (changed.length === 0) continue;
    await keepingUpdatedAt(strapi, row.id, () =>
      strapi.db.query(EVENT_UID).update({ where: { id: row.id }, data: Object.fromEntries(changed.map((field) => [field, lists[field]])) }),
    );
  }
}
