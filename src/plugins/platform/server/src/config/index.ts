import { z } from 'zod';
import { definePluginConfig } from '../kit/plugin';

export const platformConfigSchema = z.strictObject({
  /** Redis for BullMQ jobs and the cross-instance event bus; empty = in-process adapters. */
  redisUrl: z.string(),
  /** Prefix of every Redis key and channel, so several spaces (or test runs) share one Redis. */
  redisPrefix: z.string().min(1),
  /** Operators' token for the details of /api/platform/ready (header x-readiness-token); empty = nobody. */
  readinessToken: z.string(),
  jobs: z.strictObject({
    /** How often the in-process worker looks for due jobs (and the Redis adapter sweeps for strays). */
    pollIntervalMs: z.number().int().min(10),
    concurrency: z.number().int().min(1).max(64),
    /** Whether this instance runs jobs at all (a web-only replica sets false). */
    runWorker: z.boolean(),
    /** A running job whose process died is retried after this lease ends. */
    leaseMs: z.number().int().min(1_000),
  }),
  live: z.strictObject({
    /** Live streams send a comment this often, so that proxies do not close an idle stream. */
    heartbeatMs: z.number().int().min(100),
  }),
  /** Retries of a mail that failed temporarily (SMTP 4xx, no connection): attempts, first delay (doubling), longest delay. */
  mail: z.strictObject({
    maxAttempts: z.number().int().min(1).max(50),
    baseDelayMs: z.number().int().min(10),
    maxDelayMs: z.number().int().min(10),
  }),
});

export type PlatformConfig = z.infer<typeof platformConfigSchema>;

export default definePluginConfig('platform', platformConfigSchema, (): PlatformConfig => ({
  redisUrl: '',
  redisPrefix: 'mmso',
  readinessToken: '',
  jobs: { pollIntervalMs: 1_000, concurrency: 4, runWorker: true, leaseMs: 5 * 60_000 },
  live: { heartbeatMs: 15_000 },
  mail: { maxAttempts: 8, baseDelayMs: 30_000, maxDelayMs: 60 * 60_000 },
}));
