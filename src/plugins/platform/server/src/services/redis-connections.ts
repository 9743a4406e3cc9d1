/**
 * One place that opens Redis connections for the platform, so every one of them is closed on
 * shutdown and shares the URL and the key prefix.
 */
import type { Core } from '@strapi/strapi';
import { Redis } from 'ioredis';
import { getConfig } from '../get-service';

export interface RedisConnections {
  readonly enabled: boolean;
  readonly prefix: string;
  /**
   * A new connection. `failFast`: commands fail at once while disconnected (for producers);
   * otherwise they wait for the reconnect (what BullMQ workers and subscribers need).
   */
  create(purpose: string, options: { failFast: boolean }): Redis;
  ping(): Promise<void>;
  closeAll(): Promise<void>;
}

const redisConnections = ({ strapi }: { strapi: Core.Strapi }): RedisConnections => {
  const url = getConfig(strapi, 'redisUrl');
  const prefix = getConfig(strapi, 'redisPrefix');
  const open: Redis[] = [];
  let pinger: Redis | null = null;

  const create: RedisConnections['create'] = (purpose, options) => {
    if (!url) throw new Error('REDIS_URL is not set');
    const connection = new Redis(url, {
      connectionName: `mmso-${purpose}`,
      maxRetriesPerRequest: options.failFast ? 1 : null,
      enableOfflineQueue: !options.failFast,
      lazyConnect: false,
    });
    connection.on('error', (error: Error) => strapi.log.warn(`[platform] redis (${purpose}): ${error.message}`));
    open.push(connection);
    return connection;
  };

  return {
    enabled: url.length > 0,
    prefix,
    create,
    async ping() {
      pinger ??= create('ping', { failFast: true });
      if (pinger.status !== 'ready') {
        // a fail-fast connection refuses commands until connected: wait for it (the caller bounds the wait)
        const connection = pinger;
        await new Promise<void>((resolve) => connection.once('ready', () => resolve()));
      }
      await pinger.ping();
    },
    async closeAll() {
      await Promise.all(
        open.splice(0).map(async (connection) => {
          try {
            await connection.quit();
          } catch {
            connection.disconnect();
          }
        }),
      );
      pinger = null;
    },
  };
};

export default redisConnections;
