/**
 * A fresh database for a test: a new SQLite file, or a new PostgreSQL database when the run is in
 * PostgreSQL mode (DATABASE_CLIENT=postgres). Dropped when the test file ends.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { root } from './paths';

export interface TestDatabase {
  client: 'sqlite' | 'postgres';
  /** Unique per database: also names its Redis keys. */
  id: string;
  /** Environment that points Strapi at this database. */
  env: Record<string, string>;
  /** Makes the database unreachable for the instances using it (readiness tests). */
  kill(): Promise<void>;
  drop(): Promise<void>;
}

export const isPostgresRun = () => process.env.DATABASE_CLIENT === 'postgres';

/** The server-level connection used to create and drop test databases. */
export function adminUrl(): string {
  return process.env.TEST_PG_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
}

export async function createTestDatabase(label = 'api'): Promise<TestDatabase> {
  const id = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  if (!isPostgresRun()) {
    const dir = join(root, '.tmp', 'test');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${label}-${id}.db`);
    return {
      client: 'sqlite',
      id,
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file },
      async kill() {
        rmSync(file, { force: true });
      },
      async drop() {
        for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
      },
    };
  }
  const name = `mmso_test_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${id}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  const dropDatabase = async () => {
    const client = new pg.Client({ connectionString: adminUrl() });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await client.end();
    }
  };
  return {
    client: 'postgres',
    id,
    env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString(), DATABASE_POOL_MIN: '0', DATABASE_POOL_MAX: '5' },
    kill: dropDatabase,
    drop: dropDatabase,
  };
}
