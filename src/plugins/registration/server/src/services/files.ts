/**
 * Files attached to answers. They are personal data: kept in a private folder (never under
 * public/), named by a random id, described in the answer by name, type and size.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import type { Core } from '@strapi/strapi';
import type { AcceptedFile } from '../domain/form';
import { getConfig } from '../get-service';

export interface StoredFileRef {
  file: string;
  name: string;
  mime: string;
  size: number;
}

const ID = /^[0-9a-f-]{36}$/;

const files = ({ strapi }: { strapi: Core.Strapi }) => {
  const dir = () => {
    const configured = getConfig(strapi, 'files').dir;
    return isAbsolute(configured) ? configured : join(strapi.dirs.app.root, configured);
  };

  return {
    /** Writes accepted files; returns the answer value of each, by field key. */
    async store(accepted: readonly AcceptedFile[]): Promise<Record<string, StoredFileRef>> {
      if (accepted.length === 0) return {};
      const target = dir();
      await mkdir(target, { recursive: true, mode: 0o700 });
      const out: Record<string, StoredFileRef> = {};
      for (const file of accepted) {
        const id = randomUUID();
        await writeFile(join(target, id), file.bytes, { mode: 0o600 });
        out[file.key] = { file: id, name: file.name, mime: file.mime, size: file.size };
      }
      return out;
    },

    async remove(ids: readonly string[]): Promise<void> {
      const target = dir();
      await Promise.all(ids.filter((id) => ID.test(id)).map((id) => rm(join(target, id), { force: true })));
    },

    pathOf(id: string): string | null {
      return ID.test(id) ? join(dir(), id) : null;
    },
  };
};

export type FilesService = ReturnType<typeof files>;
export default files;
