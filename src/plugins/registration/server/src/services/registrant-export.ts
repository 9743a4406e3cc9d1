/**
 * CSV exports of registrant lists: the list's own SQL (registrant-sql.ts: same search, filters and
 * order, no page), its rows read from the database one at a time and written out by @json2csv/node as
 * they come, so an export of any size takes constant memory. On PostgreSQL knex streams the rows
 * through a cursor (pg-query-stream); on SQLite better-sqlite3 iterates the statement on a connection
 * held for the export's time. Who may export and the access log are the controller's.
 */
import { Readable, Transform } from 'node:stream';
import { Transform as CsvTransform } from '@json2csv/node';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { CsvDelimiter } from '../../../../../../cms/src/registrants';
import { databaseClient } from '../../../../platform/server/src/kit';
import type { Locale } from '../domain/locale';
import { exportColumns, exportRecord } from '../domain/registrant-export';
import type { RegistrantQuery } from '../domain/registrant-query';
import { knexOf } from '../db';
import { RegistrantSql, ROW_COLUMNS, type RawRegistrantRow } from './registrant-sql';
import { toRegistrantRow, type ListedEvent } from './registrants';

/** Rows PostgreSQL's cursor fetches at a time. */
const CURSOR_BATCH = 2000;
/** Bytes of CSV gathered before a write to the connection (one write per row would cost a system call each). */
const WRITE_CHUNK = 64 * 1024;

/** Gathers the CSV's small pieces (one per row) into chunks of about WRITE_CHUNK bytes. */
function gathered(): Transform {
  let pending: string[] = [];
  let length = 0;
  return new Transform({
    writableObjectMode: true,
    transform(piece: string, _encoding, done) {
      pending.push(piece);
      length += piece.length;
      if (length >= WRITE_CHUNK) {
        this.push(Buffer.from(pending.join(''), 'utf8'));
        pending = [];
        length = 0;
      }
      done();
    },
    flush(done) {
      if (pending.length > 0) this.push(Buffer.from(pending.join(''), 'utf8'));
      done();
    },
  });
}

interface SqliteStatement {
  iterate(...bindings: unknown[]): IterableIterator<unknown>;
}
interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
}

const isSqliteConnection = (value: unknown): value is SqliteConnection =>
  typeof value === 'object' && value !== null && typeof (value as { prepare?: unknown }).prepare === 'function';

const isRawRow = (value: unknown): value is RawRegistrantRow => typeof value === 'object' && value !== null && 'id' in value && 'status' in value;

/** Bindings as knex gives them to better-sqlite3 (times as milliseconds, booleans as 0/1). */
const sqliteBinding = (value: unknown): unknown => (value instanceof Date ? value.valueOf() : typeof value === 'boolean' ? Number(value) : value);

/** The statement's rows on a connection of knex's pool, held until the last row is read or the reader stops. */
async function* sqliteRows(knex: Knex, statement: Knex.Sql): AsyncGenerator<RawRegistrantRow> {
  const native = statement.toNative();
  const connection: unknown = await knex.client.acquireConnection();
  try {
    if (!isSqliteConnection(connection)) throw new Error('registrant export: not a better-sqlite3 connection');
    for (const row of connection.prepare(native.sql).iterate(...native.bindings.map(sqliteBinding))) {
      if (isRawRow(row)) yield row;
    }
  } finally {
    await knex.client.releaseConnection(connection);
  }
}

export interface RegistrantExport {
  /** Rows the export holds (counted before the first row is read). */
  total: number;
  /** The CSV: UTF-8 with a byte-order mark, CRLF line ends. */
  body: Readable;
}

const registrantExport = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = {
    /** The export's SELECT: the list's SQL, its order, no page (also what the benchmark hands to PostgreSQL's COPY). */
    select(event: ListedEvent, query: RegistrantQuery): Knex.QueryBuilder {
      const builder = new RegistrantSql(databaseClient(strapi));
      return builder.orderBy(builder.where(knexOf(strapi), event.documentId, query).select(ROW_COLUMNS), query.sort);
    },

    /** The list's rows, in its order, without a page: read one at a time. */
    rows(event: ListedEvent, query: RegistrantQuery): Readable {
      const select = service.select(event, query);
      if (databaseClient(strapi) === 'postgres') return select.stream({ batchSize: CURSOR_BATCH, highWaterMark: CURSOR_BATCH });
      return Readable.from(sqliteRows(knexOf(strapi), select.toSQL()), { objectMode: true, highWaterMark: 64 });
    },

    /** The rows the export of the query holds. */
    async count(event: ListedEvent, query: RegistrantQuery): Promise<number> {
      const builder = new RegistrantSql(databaseClient(strapi));
      const counted = (await builder.where(knexOf(strapi), event.documentId, query).count({ total: '*' }).first()) as { total: number | string } | undefined;
      return Number(counted?.total ?? 0);
    },

    /** The CSV of the list's view: headers in `locale`, every row of the query (its page ignored). */
    async csv(event: ListedEvent, query: RegistrantQuery, options: { delimiter: CsvDelimiter; locale: Locale }): Promise<RegistrantExport> {
      const total = await service.count(event, query);
      const labels = Object.fromEntries(event.questions.map((question) => [question.key, question.label]));
      const columns = exportColumns(event.columns, labels, options.locale);
      const csv = new CsvTransform<RawRegistrantRow, Record<string, string>>(
        {
          delimiter: options.delimiter,
          eol: '\r\n',
          withBOM: true,
          fields: columns.map((column) => ({ label: column.label, value: (record: Record<string, string>) => record[column.key] ?? '' })),
          transforms: [(raw: RawRegistrantRow) => exportRecord(columns, toRegistrantRow(raw, event.columns))],
        },
        {},
        { objectMode: true },
      );
      const rows = service.rows(event, query);
      const body = rows.pipe(csv).pipe(gathered());
      rows.on('error', (error) => body.destroy(error));
      csv.on('error', (error) => body.destroy(error));
      body.on('close', () => {
        rows.destroy();
        csv.destroy();
      });
      return { total, body };
    },
  };
  return service;
};

export type RegistrantExportService = ReturnType<typeof registrantExport>;
export default registrantExport;
