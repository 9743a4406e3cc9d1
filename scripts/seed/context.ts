// What every step of the demo seed shares: the counts of created and kept records, the idempotent
// `ensure` (find by natural key, create when missing), locales of localized types, and the uploads of
// drawn images and documents (once each, found again by file name).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Core, UID } from '@strapi/strapi';
import type { DocumentSeed, PageBlock } from './data.ts';
import { textPdf } from './pdf.ts';
import { coverPng } from './png.ts';

export interface SeedCount {
  created: number;
  kept: number;
}

interface UploadedFile {
  id: number;
}

/** The part of the upload plugin's service the seed uses (the plugin ships no types for it). */
interface UploadService {
  upload(
    input: {
      data: { fileInfo: { name: string; alternativeText: string; caption: string } };
      files: { filepath: string; originalFilename: string; mimetype: string; size: number };
    },
  ): Promise<UploadedFile[]>;
}

/** The demo content is written in Russian: localized types get their `ru` version. */
export const SEED_LOCALE = 'ru';

const hasDocumentId = (row: unknown): row is { documentId: string } =>
  typeof row === 'object' && row !== null && typeof (row as { documentId?: unknown }).documentId === 'string';

export const hasId = (row: unknown): row is { id: number } => typeof row === 'object' && row !== null && typeof (row as { id?: unknown }).id === 'number';

/** The id a step stored for a natural key; an unknown key is an error in the seed data. */
export function lookup(ids: Map<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  // data.test.ts checks every reference; this guards edits that skip the tests
  if (id === undefined) throw new Error(`Unknown ${what} "${key}" in the seed data`);
  return id;
}

export type SeedContext = ReturnType<typeof seedContext>;

/** `workDir`: where drawn files are written before upload; null: no images or documents are uploaded. */
export function seedContext(strapi: Core.Strapi, workDir: string | null) {
  const counts: Record<string, SeedCount> = {};
  const count = (kind: string, created: boolean) => {
    const entry = (counts[kind] ??= { created: 0, kept: 0 });
    if (created) entry.created += 1;
    else entry.kept += 1;
  };

  const isLocalized = (uid: UID.ContentType): boolean => {
    const options = strapi.getModel(uid).pluginOptions as { i18n?: { localized?: boolean } } | undefined;
    return options?.i18n?.localized === true;
  };
  /** `{ locale: 'ru' }` for a localized type, nothing otherwise (Strapi rejects no locale param, but it is noise). */
  const localeOf = (uid: UID.ContentType): { locale?: string } => (isLocalized(uid) ? { locale: SEED_LOCALE } : {});
  /**
   * A relation to a localized target from a non-localized source must name the target's locale:
   * Strapi connects localized-to-localized by the source's locale, but has none to use here.
   */
  const localizedRef = (documentId: string) => ({ connect: [{ documentId, locale: SEED_LOCALE }] });

  /** documentId of the first row matching `where` (draft or published: both carry the documentId). */
  const findDocumentId = async (uid: UID.ContentType, where: Record<string, unknown>): Promise<string | null> => {
    const row: unknown = await strapi.db.query(uid).findOne({ where, select: ['documentId'] });
    return hasDocumentId(row) ? row.documentId : null;
  };

  /**
   * Returns the documentId of the record matching `where`, creating it with `create` when missing.
   * A kept draft-and-publish record that should be public but has no published version (a run that
   * stopped between create and publish) is published, so a re-run repairs it.
   */
  const ensure = async (
    kind: string,
    uid: UID.ContentType,
    where: Record<string, unknown>,
    create: () => Promise<{ documentId: string }>,
    published = true,
  ): Promise<string> => {
    const existing = await findDocumentId(uid, where);
    if (existing) {
      count(kind, false);
      const model = strapi.getModel(uid);
      if (published && model.options?.draftAndPublish) {
        const live = await strapi.db.query(uid).count({ where: { documentId: existing, publishedAt: { $notNull: true } } });
        if (live === 0) await strapi.documents(uid).publish({ documentId: existing, ...localeOf(uid) });
      }
      return existing;
    }
    const created = await create();
    count(kind, true);
    return created.documentId;
  };

  /** Uploads what `make` returns as the media library file `name` (the key a re-run finds it by), once. */
  const uploadOnce = async (kind: string, name: string, mimetype: string, alternativeText: string, make: () => Buffer, fileName = name): Promise<number | null> => {
    if (!workDir) return null;
    const existing: unknown = await strapi.db.query('plugin::upload.file').findOne({ where: { name }, select: ['id'] });
    if (hasId(existing)) {
      count(kind, false);
      return existing.id;
    }
    const bytes = make();
    const filepath = join(workDir, fileName);
    await writeFile(filepath, bytes);
    const upload = strapi.plugin('upload').service('upload') as UploadService;
    const [file] = await upload.upload({
      data: { fileInfo: { name, alternativeText, caption: '' } },
      files: { filepath, originalFilename: fileName, mimetype, size: bytes.length },
    });
    if (!file) throw new Error(`Upload of ${fileName} returned nothing`);
    count(kind, true);
    return file.id;
  };
  const image = (fileName: string, alternativeText: string, draw: () => Buffer) => uploadOnce('images', fileName, 'image/png', alternativeText, draw);
  /** A document of a documents block: a PDF leaflet or a UTF-8 text file, by its extension; the site lists it by its title. */
  const documentFile = (doc: DocumentSeed) => {
    const pdf = doc.file.endsWith('.pdf');
    const name = `${doc.title}${pdf ? '.pdf' : '.txt'}`;
    return pdf
      ? uploadOnce('documents', name, 'application/pdf', doc.title, () => textPdf(doc.title, [{ text: doc.title, size: 16, bold: true }, { text: '' }, ...doc.lines.map((text) => ({ text }))]), doc.file)
      : uploadOnce('documents', name, 'text/plain', doc.title, () => Buffer.from(`${doc.title}\n\n${doc.lines.join('\n')}\n`, 'utf8'), doc.file);
  };
  const ids = (values: Array<number | null>): number[] => values.filter((value): value is number => value !== null);

  /** A page block as the document service takes it: the pictures and documents it names uploaded, by id. */
  const blockData = async (block: PageBlock): Promise<Record<string, unknown>> => {
    switch (block.__component) {
      case 'blocks.documents': {
        const files: Array<number | null> = [];
        for (const doc of block.files) files.push(await documentFile(doc));
        return { ...block, files: ids(files) };
      }
      case 'blocks.gallery': {
        const images: Array<number | null> = [];
        for (const picture of block.images) images.push(await image(picture.file, picture.alt, () => coverPng(picture.colors[0], picture.colors[1], 960, 640)));
        return { ...block, images: ids(images) };
      }
      case 'blocks.slider': {
        const slides = [];
        for (const slide of block.slides) {
          const picture = await image(slide.image.file, slide.image.alt, () => coverPng(slide.image.colors[0], slide.image.colors[1], 1200, 500));
          slides.push({ ...slide, image: picture });
        }
        return { ...block, slides };
      }
      default:
        return { ...block };
    }
  };
  const blocksData = async (layout: PageBlock[]): Promise<Array<Record<string, unknown>>> => {
    const out: Array<Record<string, unknown>> = [];
    for (const block of layout) out.push(await blockData(block));
    return out;
  };

  return { strapi, counts, count, localeOf, localizedRef, ensure, image, blockData, blocksData };
}
