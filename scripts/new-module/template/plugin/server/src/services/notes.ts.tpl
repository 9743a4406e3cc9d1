/**
 * Orchestration of a person's note: reads settings, asks the domain, reads and writes the module's
 * table (knex: the table is the module's own, created by its migration). What it keeps about a
 * person is exported and erased through the platform's personal-data registry (register.ts).
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { platform, type AccessLogEntry, type JsonValue } from '../../../../platform/server/src/kit';
import { noteFrom, type Note, type NoteResult } from '../domain/note';
import { NOTES_TABLE, PLUGIN_ID } from '../constants';
import { getConfig } from '../get-service';

interface NoteRow {
  id: number;
  user_id: number;
  text: string;
  updated_at: string;
}

const notes = ({ strapi }: { strapi: Core.Strapi }) => {
  const table = (trx?: Knex.Transaction) => (trx ?? (strapi.db.connection as unknown as Knex))<NoteRow>(NOTES_TABLE);

  const find = async (userId: number): Promise<Note | null> => {
    const row = (await table().where({ user_id: userId }).first()) as NoteRow | undefined;
    return row ? { text: row.text, updatedAt: row.updated_at } : null;
  };

  return {
    /** The person's note, or null. */
    find,

    /** Keeps `text` as the person's note (replacing the one before), or says why not. */
    async save(userId: number, text: string, now: Date = new Date()): Promise<NoteResult> {
      const result = noteFrom(text, { maxLength: getConfig(strapi, 'maxNoteLength'), now });
      if (!result.ok) return result;
      await table()
        .insert({ user_id: userId, text: result.note.text, updated_at: result.note.updatedAt })
        .onConflict('user_id')
        .merge(['text', 'updated_at']);
      return result;
    },

    /**
     * A person's note read by an organizer (the admin route): personal data, so the read is entered in
     * the platform's access log first; a read that cannot be logged is not served.
     */
    async readAsOrganizer(userId: number, reader: Pick<AccessLogEntry, 'actor' | 'ip' | 'userAgent'>): Promise<Note | null> {
      await platform(strapi).accessLog.record({ ...reader, action: 'card', subjectUserId: userId, detail: { module: PLUGIN_ID } });
      return find(userId);
    },

    /** The person's part of the cabinet's export. */
    async dataOf(userId: number): Promise<JsonValue> {
      const note = await find(userId);
      return { note: note ? { text: note.text, updatedAt: note.updatedAt } : null };
    },

    /** Erases the person's note, in the erasure's transaction. */
    async forgetUser(userId: number, trx: Knex.Transaction): Promise<void> {
      await table(trx).where({ user_id: userId }).delete();
    },
  };
};

export type NotesService = ReturnType<typeof notes>;
export default notes;
