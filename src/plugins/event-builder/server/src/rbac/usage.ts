/**
 * Which events use a shared item (a partner, a speaker, an uploaded file): read from the database
 * by following what points at it, through components and dynamic zones at any depth (a speakers
 * block, a slide of a slider, an event's branding). What cannot be traced to an event (an
 * organization's logo, a dictionary entry, content of no event) counts as used outside events.
 *
 * The join tables of components and of media come from Strapi's database metadata, so a component
 * or a media field added later is traced without a change here.
 */
import type { Core } from '@strapi/strapi';
import { EVENT_UID, PARTNER_UID, SPEAKER_UID } from '../constants';
import type { ItemUsage } from '../domain/shared-items';
import { eventOwnedUids } from '../domain/roles';
import { platform } from '../../../../platform/server/src/kit';

const FILE_UID = 'plugin::upload.file';
const SPEAKERS_BLOCK = 'blocks.speakers';
const MAX_DEPTH = 6;

interface JoinColumn {
  name: string;
}
interface JoinTableMeta {
  name: string;
  joinColumn: JoinColumn;
  inverseJoinColumn?: JoinColumn;
  morphColumn?: { idColumn: JoinColumn; typeColumn: JoinColumn };
  on?: Record<string, unknown>;
}
interface AttributeMeta {
  type: string;
  relation?: string;
  target?: string;
  joinTable?: JoinTableMeta;
}
interface ModelMeta {
  uid: string;
  attributes: Record<string, AttributeMeta>;
}

type Usage = { events: Set<string>; beyondEvents: boolean };

const empty = (): Usage => ({ events: new Set(), beyondEvents: false });
const merge = (into: Usage, from: Usage) => {
  for (const event of from.events) into.events.add(event);
  into.beyondEvents ||= from.beyondEvents;
};
const done = (usage: Usage): ItemUsage => ({ events: [...usage.events].sort(), beyondEvents: usage.beyondEvents });

export interface UsageService {
  /** The events using a partner or a speaker document (any of its versions and locales). */
  ofDocument(uid: string, documentId: string): Promise<ItemUsage>;
  /** The events using uploaded files (by file id). */
  ofFiles(fileIds: readonly number[]): Promise<ItemUsage>;
}

export function usageService(strapi: Core.Strapi): UsageService {
  const models = () => [...(strapi.db.metadata as unknown as Map<string, ModelMeta>).values()];
  const query = (uid: string) => strapi.db.query(uid as Parameters<typeof strapi.db.query>[0]);
  const isComponent = (uid: string) => uid in strapi.components;

  /** Relations to partners of the types the modules declared as belonging to an event. */
  const partnerReferences = (): Array<{ uid: string; field: string }> =>
    platform(strapi)
      .access.declared()
      .subjects.filter((subject) => subject.link.via === 'relation' && subject.link.path === 'event.')
      .flatMap((subject) =>
        Object.entries((strapi.getModel(subject.uid as Parameters<typeof strapi.getModel>[0]) as { attributes?: Record<string, { type: string; target?: string }> } | undefined)?.attributes ?? {})
          .filter(([, attribute]) => attribute.type === 'relation' && attribute.target === PARTNER_UID)
          .map(([field]) => ({ uid: subject.uid, field })),
      );

  /** Rows (by model) that hold the given components, through component fields and dynamic zones. */
  async function ownersOfComponents(component: string, ids: number[]): Promise<Array<{ uid: string; ids: number[] }>> {
    const found: Array<{ uid: string; ids: number[] }> = [];
    for (const model of models()) {
      for (const attribute of Object.values(model.attributes)) {
        const table = attribute.joinTable;
        if (!table || attribute.type !== 'relation') continue;
        let rows: Array<Record<string, unknown>> = [];
        if (table.morphColumn && attribute.relation === 'morphToMany' && table.on) {
          // a dynamic zone: the component type is in the row
          rows = await strapi.db
            .getConnection(table.name)
            .select(table.joinColumn.name)
            .whereIn(table.morphColumn.idColumn.name, ids)
            .andWhere(table.morphColumn.typeColumn.name, component);
        } else if (attribute.target === component && table.inverseJoinColumn && table.on) {
          rows = await strapi.db.getConnection(table.name).select(table.joinColumn.name).whereIn(table.inverseJoinColumn.name, ids).andWhere(table.on);
        } else continue;
        const owners = rows.map((row) => Number(row[table.joinColumn.name])).filter(Number.isFinite);
        if (owners.length > 0) found.push({ uid: model.uid, ids: [...new Set(owners)] });
      }
    }
    return found;
  }

  async function ofPartnerRows(ids: number[]): Promise<Usage> {
    const usage = empty();
    const rows = (await query(PARTNER_UID).findMany({ where: { id: { $in: ids } }, select: ['id'], populate: { events: { select: ['documentId'] } } })) as Array<{
      events?: Array<{ documentId: string }>;
    }>;
    for (const row of rows) for (const event of row.events ?? []) usage.events.add(event.documentId);
    // what other modules tie to an event and point at a partner (the registration's partner links)
    for (const { uid, field } of partnerReferences()) {
      const links = (await query(uid).findMany({ where: { [field]: { id: { $in: ids } } }, select: ['id'], populate: { event: { select: ['documentId'] } } })) as Array<{
        event?: { documentId: string } | null;
      }>;
      for (const link of links) {
        if (link.event) usage.events.add(link.event.documentId);
        else usage.beyondEvents = true;
      }
    }
    return usage;
  }

  async function ofSpeakerRows(ids: number[], depth: number): Promise<Usage> {
    const usage = empty();
    const rows = (await query(SPEAKER_UID).findMany({
      where: { id: { $in: ids } },
      select: ['id'],
      populate: { sessions: { select: ['id'], populate: { event: { select: ['documentId'] } } } },
    })) as Array<{ sessions?: Array<{ event?: { documentId: string } | null }> }>;
    for (const row of rows) {
      for (const session of row.sessions ?? []) {
        if (session.event) usage.events.add(session.event.documentId);
        else usage.beyondEvents = true;
      }
    }
    const blocks = (await query(SPEAKERS_BLOCK).findMany({ where: { speakers: { id: { $in: ids } } }, select: ['id'] })) as Array<{ id: number }>;
    if (blocks.length > 0) merge(usage, await ofRows(SPEAKERS_BLOCK, blocks.map((block) => block.id), depth + 1));
    return usage;
  }

  /** The events the given rows of `uid` belong to or are shown by. */
  async function ofRows(uid: string, ids: number[], depth = 0): Promise<Usage> {
    const usage = empty();
    if (ids.length === 0) return usage;
    if (depth > MAX_DEPTH) return { events: new Set(), beyondEvents: true };
    if (uid === EVENT_UID) {
      const rows = (await query(EVENT_UID).findMany({ where: { id: { $in: ids } }, select: ['documentId'] })) as Array<{ documentId: string }>;
      for (const row of rows) usage.events.add(row.documentId);
      return usage;
    }
    if (eventOwnedUids(platform(strapi).access.declared()).includes(uid)) {
      const rows = (await query(uid).findMany({ where: { id: { $in: ids } }, select: ['id'], populate: { event: { select: ['documentId'] } } })) as Array<{
        event?: { documentId: string } | null;
      }>;
      for (const row of rows) {
        if (row.event) usage.events.add(row.event.documentId);
        else usage.beyondEvents = true;
      }
      return usage;
    }
    if (uid === PARTNER_UID) return ofPartnerRows(ids);
    if (uid === SPEAKER_UID) return ofSpeakerRows(ids, depth);
    if (isComponent(uid)) {
      const owners = await ownersOfComponents(uid, ids);
      // a component row nobody holds is an orphan: it shows nowhere
      for (const owner of owners) merge(usage, await ofRows(owner.uid, owner.ids, depth + 1));
      return usage;
    }
    return { events: new Set(), beyondEvents: true };
  }

  return {
    async ofDocument(uid, documentId) {
      const rows = (await query(uid).findMany({ where: { documentId }, select: ['id'] })) as Array<{ id: number }>;
      return done(await ofRows(uid, rows.map((row) => row.id)));
    },

    async ofFiles(fileIds) {
      const usage = empty();
      const related = (strapi.db.metadata.get(FILE_UID) as unknown as ModelMeta).attributes.related?.joinTable;
      if (!related?.morphColumn || fileIds.length === 0) return done(usage);
      const rows = (await strapi.db
        .getConnection(related.name)
        .select(related.morphColumn.idColumn.name, related.morphColumn.typeColumn.name)
        .whereIn(related.joinColumn.name, [...fileIds])) as Array<Record<string, unknown>>;
      const byType = new Map<string, number[]>();
      for (const row of rows) {
        const type = String(row[related.morphColumn.typeColumn.name]);
        byType.set(type, [...(byType.get(type) ?? []), Number(row[related.morphColumn.idColumn.name])]);
      }
      for (const [type, ids] of byType) merge(usage, await ofRows(type, [...new Set(ids)]));
      return done(usage);
    },
  };
}
