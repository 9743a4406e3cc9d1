/**
 * A person as the organizers see them: the profile and the registrations at the events an organizer
 * may see (the platform's organizer scope decides which), with the files they attached; and the one
 * file an organizer of its event asks for. Who asks, and the access log, are the controller's.
 */
import type { Core } from '@strapi/strapi';
import type { PersonCard, PersonFile, PersonRegistration } from '../../../../../../cms/src/registrants';
import { platform, type AdminUserLike } from '../../../../platform/server/src/kit';
import { EVENT_UID } from '../constants';
import { fromJson, knexOf, toDate } from '../db';
import { getService } from '../get-service';
import { REGISTRATIONS_TABLE, ROW_COLUMNS, USERS_TABLE, type RawRegistrantRow } from './registrant-sql';
import { toRegistrantRow, type ListedEvent } from './registrants';

/** A file answer as the form stored it. */
export interface FileAnswer {
  file: string;
  name: string;
  mime: string;
  size: number;
}

export const isFileAnswer = (value: unknown): value is FileAnswer =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { file?: unknown }).file === 'string' &&
  typeof (value as { name?: unknown }).name === 'string' &&
  typeof (value as { mime?: unknown }).mime === 'string' &&
  typeof (value as { size?: unknown }).size === 'number';

/** The organizers' download path of a file (admin API). */
export const filePath = (eventDocumentId: string, registrationId: number, fileId: string) =>
  `/registration/events/${eventDocumentId}/registrants/${registrationId}/files/${fileId}`;

/** The file answers of a registration, by question key. */
function filesOf(raw: RawRegistrantRow, eventDocumentId: string): PersonFile[] {
  const answers = fromJson<Record<string, unknown>>(raw.answers, {});
  return Object.entries(answers).flatMap(([question, value]) =>
    isFileAnswer(value)
      ? [{ id: value.file, question, name: value.name, mime: value.mime, size: value.size, downloadPath: filePath(eventDocumentId, Number(raw.id), value.file) }]
      : [],
  );
}

interface EventRow {
  documentId: string;
  startsAt: unknown;
}

const people = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * The person's card for an organizer: null when the person has no registration (an erased one
   * included) at any event the organizer may see.
   */
  async card(organizer: AdminUserLike, userId: number): Promise<{ card: PersonCard; events: string[] } | null> {
    const visible = await platform(strapi).access.accessibleEventIds(organizer, 'manager');
    if (visible !== 'all' && visible.length === 0) return null;
    const query = knexOf(strapi)(`${REGISTRATIONS_TABLE} as r`)
      .join(`${USERS_TABLE} as u`, 'u.id', 'r.user_id')
      .where('r.user_id', userId)
      .whereNull('r.anonymized_at')
      .select([...ROW_COLUMNS, 'r.event_document_id as event_document_id'])
      .orderBy([
        { column: 'r.registered_at', order: 'desc' },
        { column: 'r.id', order: 'desc' },
      ]);
    if (visible !== 'all') query.whereIn('r.event_document_id', visible);
    const rows = (await query) as Array<RawRegistrantRow & { event_document_id: string }>;
    if (rows.length === 0) return null;

    const ids = [...new Set(rows.map((row) => row.event_document_id))];
    const events = new Map<string, ListedEvent>();
    for (const id of ids) {
      const event = await getService(strapi, 'registrants').event(id);
      if (event) events.set(id, event);
    }
    const starts = (await strapi.db.query(EVENT_UID).findMany({ where: { documentId: { $in: ids } }, select: ['documentId', 'startsAt'] })) as EventRow[];
    const startOf = (id: string) => toDate(starts.find((row) => row.documentId === id)?.startsAt)?.toISOString() ?? null;

    const registrations: PersonRegistration[] = [];
    let person: PersonCard['person'] | null = null;
    for (const raw of rows) {
      const event = events.get(raw.event_document_id);
      if (!event) continue;
      const row = toRegistrantRow(raw, event.columns);
      person ??= { id: userId, email: row.email, firstName: row.firstName, lastName: row.lastName, profile: row.profile };
      registrations.push({
        id: row.id,
        event: { documentId: event.documentId, slug: event.slug, title: event.title, startsAt: startOf(event.documentId) },
        status: row.status,
        source: row.source,
        sourceDetail: row.sourceDetail,
        registeredAt: row.registeredAt,
        attendedAt: row.attendedAt,
        answers: Object.fromEntries(Object.entries(row.answers).filter(([key]) => event.columns.some((column) => column.key === `answers.${key}` && column.kind !== 'file'))),
        files: filesOf(raw, event.documentId),
      });
    }
    if (!person) return null;
    return { card: { person, registrations }, events: [...events.keys()] };
  },

  /** A file of a registration of the event (not of an erased person), with whose it is; null when there is none such. */
  async file(eventDocumentId: string, registrationId: number, fileId: string): Promise<{ answer: FileAnswer; userId: number } | null> {
    const row = (await knexOf(strapi)(REGISTRATIONS_TABLE)
      .where({ id: registrationId, event_document_id: eventDocumentId })
      .whereNull('anonymized_at')
      .whereNotNull('user_id')
      .first('answers', 'user_id')) as { answers: unknown; user_id: number | string } | undefined;
    if (!row) return null;
    const answer = Object.values(fromJson<Record<string, unknown>>(row.answers, {})).find((value) => isFileAnswer(value) && value.file === fileId);
    return isFileAnswer(answer) ? { answer, userId: Number(row.user_id) } : null;
  },
});

export type PeopleService = ReturnType<typeof people>;
export default people;
