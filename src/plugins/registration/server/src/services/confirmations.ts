/**
 * Confirmation mails («Вы зарегистрированы», «Вы в листе ожидания»), with the registrations table as
 * the outbox. The hot path writes a registration and nothing else (one statement on PostgreSQL);
 * `confirmed_arrival` records the arrival whose confirmation has been queued. A sweeper on each
 * instance looks every few seconds for active registrations whose arrival is not the confirmed one
 * and, in one transaction, marks a bounded batch of them and queues one platform job each: a crash
 * loses nothing, and two instances never queue one mail twice (their rows are locked with SKIP
 * LOCKED on PostgreSQL; SQLite runs one transaction at a time). A registration made again after a
 * cancel gets a new arrival, so a new confirmation; a promotion from the waitlist marks its arrival
 * confirmed itself (the promotion mail is the confirmation).
 *
 * The job decides again when it runs (domain/confirmation.ts): a registration cancelled, made again
 * or promoted meanwhile is not mailed.
 */
import type { Core } from '@strapi/strapi';
import { platform } from '../../../../platform/server/src/kit';
import { JOBS, MAIL_PURPOSES, TABLES } from '../constants';
import { CHECKIN_QR_CID, confirmationDue, confirmationMail, withCheckinCode } from '../domain/confirmation';
import type { RegistrationRecord } from './registrations';
import { getConfig, getService } from '../get-service';
import { isPostgres, knexOf } from '../db';
import { lockKey } from './locks';

const TABLE = TABLES.registrations;

/** Kept small by its condition: only registrations waiting for their confirmation to be queued. */
export const UNCONFIRMED_INDEX = 'registration_unconfirmed_idx';

/** Active registrations whose confirmation is not queued: the sweeper's condition, and its index's. */
const unconfirmed = (postgres: boolean) =>
  `status in ('registered', 'waitlisted') and confirmed_arrival ${postgres ? 'is distinct from' : 'is not'} arrival`;

const confirmations = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => getConfig(strapi, 'confirmations');
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let started = false;

  const tick = async () => {
    try {
      const queued = await service.sweep();
      if (queued > 0) strapi.log.debug(`[registration] queued ${queued} confirmation mail(s)`);
    } catch (error) {
      strapi.log.warn(`[registration] the confirmation sweep failed, trying again later: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const schedule = () => {
    if (!started) return;
    timer = setTimeout(() => {
      timer = null;
      running = tick().finally(() => {
        running = null;
        schedule();
      });
    }, config().intervalMs);
    timer.unref();
  };

  const service = {
    /**
     * Makes the database ready for confirmations; run at every start, before `start`. Once per
     * database (the index is the mark that it was done): registrations made before this release are
     * marked confirmed, so an upgrade does not mail anybody about an old registration, and the
     * sweeper's index is created. Both in one transaction under a lock, so that of two instances
     * starting together one does it and the other finds it done.
     * @returns the registrations marked confirmed (0 except on the first start)
     */
    async prepare(): Promise<number> {
      const knex = knexOf(strapi);
      const postgres = isPostgres(strapi);
      return knex.transaction(async (trx) => {
        await lockKey(strapi, trx, 'schema', UNCONFIRMED_INDEX);
        const exists = postgres
          ? ((await trx.raw('select to_regclass(?) as found', [UNCONFIRMED_INDEX])) as { rows: Array<{ found: unknown }> }).rows[0]?.found
          : await trx('sqlite_master').where({ type: 'index', name: UNCONFIRMED_INDEX }).first('name');
        if (exists) return 0;
        const adopted = await trx(TABLE).whereRaw(unconfirmed(postgres)).update({ confirmed_arrival: trx.ref('arrival') });
        // ordered by the time of the last change: the sweeper takes the oldest first, from the last day
        await trx.raw(`create index ${UNCONFIRMED_INDEX} on ${TABLE} (updated_at) where ${unconfirmed(postgres)}`);
        if (adopted > 0) strapi.log.info(`[registration] confirmations: ${adopted} registration(s) made before them will not be mailed`);
        return adopted;
      });
    },

    /**
     * Queues the confirmations of up to `batchSize` registrations (the oldest first), in one
     * transaction: marks each registration's arrival confirmed and enqueues its mail job.
     * @returns how many were queued
     */
    async sweep(now = new Date()): Promise<number> {
      const { batchSize, maxAgeMs } = config();
      const postgres = isPostgres(strapi);
      const { jobs } = platform(strapi);
      return knexOf(strapi).transaction(async (trx) => {
        const query = trx(TABLE)
          .select('id', 'arrival')
          .whereRaw(unconfirmed(postgres))
          .andWhere('updated_at', '>=', new Date(now.getTime() - maxAgeMs))
          .orderBy('updated_at', 'asc')
          .limit(batchSize);
        // rows another instance is queueing are skipped, not waited for
        if (postgres) query.forUpdate().skipLocked();
        const rows = ((await query) as Array<{ id: number | string; arrival: number | string }>).map((row) => ({
          id: Number(row.id),
          arrival: Number(row.arrival),
        }));
        if (rows.length === 0) return 0;
        // the arrival is read and written under the rows' locks: each row keeps the arrival it was read with
        await trx(TABLE)
          .whereIn(
            'id',
            rows.map((row) => row.id),
          )
          .update({ confirmed_arrival: trx.ref('arrival') });
        for (const { id, arrival } of rows) {
          await jobs.enqueue(JOBS.confirmationMail, { registrationId: id, arrival }, { uniqueKey: `registration:confirm:${id}:${arrival}`, trx });
        }
        return rows.length;
      });
    },

    /** Starts this instance's sweeper (its first look is one interval away). */
    start(): void {
      if (started) return;
      started = true;
      schedule();
    },

    /** Stops the sweeper and waits for a sweep in progress. */
    async stop(): Promise<void> {
      started = false;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },

    /**
     * The job: mails the confirmation of registration `registrationId` made with `arrival`, unless
     * it was cancelled, made again or promoted since. A failure to send is thrown (the job is retried).
     */
    async send(registrationId: number, arrival: number): Promise<void> {
      const found = await getService(strapi, 'registrations').byIdWithPlace(registrationId);
      const kind = confirmationDue(found?.record ?? null, arrival);
      if (!found || !kind) return;
      // the outbox: one mail per registration and arrival, however often this job runs
      await service.deliver(found, `registration:${found.record.id}:${arrival}`);
    },

    /**
     * Mails the confirmation of a registration as it is now (a seat, or a waitlist place) through the outbox
     * under `key`; a seat's carries its entry code: the text, and the QR code shown inline. Nothing for any
     * other status, or an erased person.
     */
    async deliver(found: { record: RegistrationRecord; waitlistPosition: number | null }, key: string): Promise<void> {
      const { record, waitlistPosition } = found;
      const kind = record.status === 'registered' || record.status === 'waitlisted' ? record.status : null;
      if (record.userId === null || !kind) return;
      const [account, event] = await Promise.all([
        getService(strapi, 'accounts').findById(record.userId),
        // the event's title in the attendee's language when it has that language
        getService(strapi, 'events').byDocumentId(record.eventDocumentId, record.language),
      ]);
      if (!account || !event) return;
      const mail = confirmationMail({
        confirmation: kind === 'waitlisted' ? { kind, place: waitlistPosition ?? 1 } : { kind },
        language: record.language,
        siteUrl: getConfig(strapi, 'siteUrl'),
        firstName: account.firstName,
        event,
      });
      const checkin = getService(strapi, 'checkin');
      const seated = kind === 'registered';
      await platform(strapi).mail.send({
        to: account.email,
        purpose: kind === 'waitlisted' ? MAIL_PURPOSES.waitlist : MAIL_PURPOSES.confirmation,
        key,
        ...(seated ? withCheckinCode(mail, checkin.code(record.id), record.language) : mail),
        ...(seated
          ? { attachments: [{ filename: 'checkin-qr.png', content: (await checkin.png(record.id)).toString('base64'), contentType: 'image/png', cid: CHECKIN_QR_CID }] }
          : {}),
        locale: record.language,
      });
    },
  };
  return service;
};

export type ConfirmationsService = ReturnType<typeof confirmations>;
export default confirmations;
