/**
 * The CMS's side of the public site's cache and preview:
 * - when content of the event space is published, unpublished, deleted (or, for types without
 *   drafts, saved), every site instance in SITE_REVALIDATE_URLS is told to drop its cached pages
 *   (POST <site>/api/_cache/revalidate with SITE_REVALIDATE_SECRET), debounced to one call per burst;
 * - the site's API token for draft previews is provisioned with the key in SITE_API_TOKEN
 *   (idempotent: created on the first boot, re-keyed when the variable changes). It is a custom token
 *   that may only find/findOne the event space's content types: never accounts, registrations,
 *   consents or codes (a `read-only` token would pass every `find`, plugin types included).
 */
import type { Core } from '@strapi/strapi';
import { publicContentTypes } from './public-permissions';

const isSiteContent = (uid: string): boolean => (publicContentTypes as readonly string[]).includes(uid);
const PREVIEW_TOKEN_NAME = 'Site preview';
/** The name the token had when it was a `read-only` token: renamed and narrowed on the next boot. */
const LEGACY_TOKEN_NAME = 'Site preview (read-only)';
const DESCRIPTION = 'Reads the event space (drafts too) for the site preview; nothing else. Managed by the server (SITE_API_TOKEN).';
const DEBOUNCE_MS = 250;

interface HubEvent {
  uid?: string;
  entry?: { documentId?: string };
}

interface TokenAttributes {
  name: string;
  description: string;
  type: 'custom';
  permissions: string[];
}
interface TokenService {
  create(attributes: TokenAttributes & { lifespan: null }): Promise<{ id: number }>;
  update(id: number, attributes: TokenAttributes): Promise<unknown>;
  hash(accessKey: string): string;
}

/** What the site's token may do: the REST reads of the event space (see src/public-permissions.ts). */
export const sitePreviewActions = (): string[] => publicContentTypes.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]);

interface EncryptionService {
  encrypt(value: string): string | null;
}

export function registerSiteCache(strapi: Core.Strapi): void {
  const targets = (process.env.SITE_REVALIDATE_URLS ?? '')
    .split(',')
    .map((url) => url.trim().replace(/\/+$/, ''))
    .filter(Boolean)
    .map((url) => (url.endsWith('/api/_cache/revalidate') ? url : `${url}/api/_cache/revalidate`));
  const secret = process.env.SITE_REVALIDATE_SECRET ?? '';
  if (targets.length > 0 && secret.length >= 16) watchPublishing(strapi, targets, secret);
  else if (targets.length > 0) strapi.log.warn('[site-cache] SITE_REVALIDATE_SECRET (16+ characters) is missing: the site is not told about publications');
}

function watchPublishing(strapi: Core.Strapi, targets: string[], secret: string): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let changed: HubEvent[] = [];

  const notify = async (attempt = 1): Promise<void> => {
    const batch = changed;
    changed = [];
    const body = JSON.stringify(batch.length === 1 ? { uid: batch[0]?.uid, documentId: batch[0]?.entry?.documentId } : { uid: `${batch.length} changes` });
    const results = await Promise.allSettled(
      targets.map(async (url) => {
        const response = await fetch(url, {
          method: 'POST',
          headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
          body,
          signal: AbortSignal.timeout(5_000),
        });
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      }),
    );
    const failed = results.filter((result) => result.status === 'rejected');
    if (failed.length > 0 && attempt < 3) {
      // the site may be restarting: try again shortly (its pages also expire on their own)
      changed = [...batch, ...changed];
      setTimeout(() => void notify(attempt + 1), 1_000 * attempt);
    } else if (failed.length > 0) {
      strapi.log.warn(`[site-cache] could not reach ${failed.length} site instance(s): ${(failed[0] as PromiseRejectedResult).reason}`);
    }
  };

  const onChange = (kind: 'publication' | 'save') => async (event: HubEvent): Promise<void> => {
    if (!event.uid || !isSiteContent(event.uid)) return;
    // a draft being saved changes nothing on the site; content types without drafts are live on save
    const model = strapi.getModel(event.uid as Parameters<typeof strapi.getModel>[0]);
    if (kind === 'save' && model?.options?.draftAndPublish) return;
    changed.push(event);
    clearTimeout(timer);
    timer = setTimeout(() => void notify(), DEBOUNCE_MS);
  };

  for (const name of ['entry.publish', 'entry.unpublish', 'entry.delete']) strapi.eventHub.on(name, onChange('publication'));
  for (const name of ['entry.create', 'entry.update']) strapi.eventHub.on(name, onChange('save'));
}

/** The API token the site uses for draft previews, with the key given in SITE_API_TOKEN and only the reads it needs. */
export async function provisionPreviewToken(strapi: Core.Strapi): Promise<void> {
  const key = process.env.SITE_API_TOKEN ?? '';
  if (key.length < 32) return;
  const tokens = strapi.service('admin::api-token-content-api') as unknown as TokenService;
  const encryption = strapi.service('admin::encryption') as unknown as EncryptionService;
  const query = strapi.db.query('admin::api-token');
  const attributes: TokenAttributes = { name: PREVIEW_TOKEN_NAME, description: DESCRIPTION, type: 'custom', permissions: sitePreviewActions() };
  let token = (await query.findOne({
    where: { name: { $in: [PREVIEW_TOKEN_NAME, LEGACY_TOKEN_NAME] } },
    select: ['id', 'accessKey', 'name', 'type'],
    populate: { permissions: { select: ['action'] } },
  })) as { id: number; accessKey: string; name: string; type: string; permissions?: Array<{ action: string }> } | null;
  if (!token) {
    const created = await tokens.create({ ...attributes, lifespan: null });
    token = { id: created.id, accessKey: '', name: PREVIEW_TOKEN_NAME, type: 'custom', permissions: [] };
  } else {
    const granted = new Set((token.permissions ?? []).map((permission) => permission.action));
    const wanted = attributes.permissions;
    const same = token.type === 'custom' && token.name === PREVIEW_TOKEN_NAME && granted.size === wanted.length && wanted.every((action) => granted.has(action));
    if (!same) {
      // an older read-only token (or one widened in the admin) is narrowed to the preview's reads
      await tokens.update(token.id, attributes);
      strapi.log.info('[site-cache] the site preview token was limited to the reads of the event space');
    }
  }
  const hashed = tokens.hash(key);
  if (token.accessKey !== hashed) {
    await query.update({ where: { id: token.id }, data: { accessKey: hashed, encryptedKey: encryption.encrypt(key) } });
    strapi.log.info('[site-cache] the site preview token was provisioned');
  }
}

/** Everything the public site needs from the CMS at boot (called once from the app's bootstrap). */
export async function setUpSite(strapi: Core.Strapi): Promise<void> {
  registerSiteCache(strapi);
  await provisionPreviewToken(strapi);
}
