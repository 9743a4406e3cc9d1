/**
 * Files attached to answers. They are personal data: kept in the database (table registration_files,
 * made by a migration), so that every Strapi replica serves every file, named by a random id,
 * described in the answer by name, type and size. Files written to the private folder (the `files.dir`
 * setting) before the table existed are still read and deleted there.
 */
import { randomUUID } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import type { Core } from '@strapi/strapi';
import type { AcceptedFile } from '../domain/form';
import { knexOf } from '../db';
import { getConfig } from '../get-service';

export interface StoredFileRef {
  file: string;
  name: string;
  mime: string;
  size: number;
}

export const FILES_TABLE = 'registration_files';

const ID = /^[0-9a-f-]{36}$/;

const files = ({ strapi }: { strapi: Core.Strapi }) => {
  const dir = () => {
    const configured = getConfig(strapi, 'files').dir;
    return isAbsolute(configured) ? configured : join(strapi.dirs.app.root, configured);
  };
  const table = () => knexOf(strapi)(FILES_TABLE);

  return {
    /** Writes accepted files; returns the answer value of each, by field key. */
    async store(accepted: readonly AcceptedFile[]): Promise<Record<string, StoredFileRef>> {
      const out: Record<string, StoredFileRef> = {};
      for (const file of accepted) {
        const id = randomUUID();
        await table().insert({ file_id: id, name: file.name.slice(0, 255), mime: file.mime, size: file.size, bytes: Buffer.from(file.bytes), created_at: Date.now() });
        out[file.key] = { file: id, name: file.name, mime: file.mime, size: file.size };
      }
      return out;
    },

    async remove(ids: readonly string[]): Promise<void> {
      const valid = ids.filter((id) => ID.test(id));
      if (valid.length === 0) return;
      await table().whereIn('file_id', valid).delete();
      await Promise.all(valid.map((id) => rm(join(dir(), id), { force: true })));
    },

    /** A file's bytes, or null when there is no such file. */
    async read(id: string): Promise<Buffer | null> {
      if (!ID.test(id)) return null;
      const row = (await table().where({ file_id: id }).first('bytes')) as { bytes: Buffer | Uint8Array } | undefined;
      if (row) return Buffer.from(row.bytes);
      // a file of the release before the table
      return readFile(join(dir(), id)).catch(() => null);
    },

    /** Ids of the stored files (tests and checks). */
    async ids(): Promise<string[]> {
      return ((await table().select('file_id')) as Array<{ file_id: string }>).map((row) => row.file_id);
    },
  };
};

export type FilesService = ReturnType<typeof files>;
export default files;
