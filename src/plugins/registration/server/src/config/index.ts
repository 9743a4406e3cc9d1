import { z } from 'zod';
import { definePluginConfig } from '../../../../platform/server/src/kit';
import { FILE_KINDS } from '../domain/files';

const window = z.strictObject({ max: z.number().int().min(1), windowMs: z.number().int().min(1_000) });

export const registrationConfigSchema = z.strictObject({
  /** The site's public URL, for links in mail (e.g. https://events.university.ru). */
  siteUrl: z.string(),
  codes: z.strictObject({
    /** How long an emailed sign-in code is valid. */
    ttlMs: z.number().int().min(60_000),
    /** Wrong tries, from all addresses together, before a code is dead (several times verifyPerAddressAndIp). */
    maxAttempts: z.number().int().min(1).max(100),
    /** Wrong tries for one address from one IP per window: a guesser is stopped, the owner elsewhere is not. */
    verifyPerAddressAndIp: window,
    /** Codes sent to one address per window. */
    perEmail: window,
    /** Codes requested from one IP per window. */
    perIp: window,
    /** Wrong verification tries from one IP per window (across addresses). */
    verifyPerIp: window,
    /**
     * CODE_HASH_SECRET: the key code hashes are derived from (empty: derived from APP_KEYS under a
     * label of this purpose). At least 32 characters when set.
     */
    hashSecret: z.union([z.literal(''), z.string().min(32)]),
  }),
  /**
   * Anonymous registrations wait for the emailed code: their answers are kept `ttlMs`, at most
   * `perEmail` submissions per address and `perIp` per IP a window, and a sweeper removes expired
   * ones (with their files) every `sweepIntervalMs`.
   */
  pending: z.strictObject({
    ttlMs: z.number().int().min(60_000),
    perEmail: window,
    perIp: window,
    sweepIntervalMs: z.number().int().min(10),
  }),
  files: z.strictObject({
    /** Where files of the release before the database kept them were written (a private folder, never under public/): still read and deleted there. */
    dir: z.string().min(1),
    maxBytes: z.number().int().min(1_024),
    allowedKinds: z.array(z.enum(FILE_KINDS)).min(1),
  }),
  /**
   * Confirmation mails: each instance looks every `intervalMs` for registrations not yet confirmed
   * and queues a mail job for at most `batchSize` of them (so at most batchSize / interval mails a
   * second are queued: a rush is confirmed over the following minutes, not during it).
   */
  confirmations: z.strictObject({
    intervalMs: z.number().int().min(10),
    batchSize: z.number().int().min(1).max(1_000),
    /** A registration made longer ago than this is never confirmed (no late mail after a long outage). */
    maxAgeMs: z.number().int().min(60_000),
  }),
  /**
   * TEST ONLY: registers without the per-event lock, to show that the race test catches overbooking.
   * Never set in a real configuration.
   */
  unsafeDisableSeatLock: z.boolean(),
});

export type RegistrationConfig = z.infer<typeof registrationConfigSchema>;

export const defaultConfig = (): RegistrationConfig => ({
  siteUrl: '',
  codes: {
    ttlMs: 10 * 60_000,
    maxAttempts: 20,
    verifyPerAddressAndIp: { max: 5, windowMs: 15 * 60_000 },
    perEmail: { max: 3, windowMs: 10 * 60_000 },
    perIp: { max: 20, windowMs: 60 * 60_000 },
    verifyPerIp: { max: 30, windowMs: 10 * 60_000 },
    hashSecret: '',
  },
  pending: { ttlMs: 60 * 60_000, perEmail: { max: 5, windowMs: 60 * 60_000 }, perIp: { max: 30, windowMs: 60 * 60_000 }, sweepIntervalMs: 5 * 60_000 },
  files: { dir: '.tmp/registration-files', maxBytes: 5 * 1024 * 1024, allowedKinds: ['pdf', 'png', 'jpeg', 'webp', 'docx', 'xlsx', 'pptx'] },
  confirmations: { intervalMs: 2_000, batchSize: 50, maxAgeMs: 24 * 60 * 60_000 },
  unsafeDisableSeatLock: false,
});

export default definePluginConfig('registration', registrationConfigSchema, defaultConfig);
