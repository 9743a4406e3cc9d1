/**
 * Organizers' actions on registrations: cancel (the same seat code as an attendee's cancel: the seat is
 * freed and the waitlist promoted), attendance marked or cleared (`attendance.marked` announced once),
 * the confirmation mailed again (the outbox, a new key each time), a pending registration approved (the
 * seat rules place it) or rejected (mailed), and a registration made on someone's behalf (an account for
 * a new address; the form's rules; the seat rules, or a seat over the capacity as an explicit override).
 *
 * Every change is written to the registration's action log (`registration_actions`: who, what, when,
 * which registration) in the change's own transaction: a change is never without its entry. A request
 * acts on each registration separately: one refused row does not undo the others.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { AddRegistrantRequest, RegistrantAction, RegistrantActionResult } from '../../../../../../cms/src/registrant-actions';
import type { RegistrantRow } from '../../../../../../cms/src/registrants';
import type { RegistrationStatus } from '../../../../../../cms/src/registration';
import { platform } from '../../../../platform/server/src/kit';
import { localizeForm, validateAnswers } from '../domain/form';
import { DEFAULT_LOCALE, localeOfTag, type Locale } from '../domain/locale';
import { decideAction, distinctIds, type ActionDecision } from '../domain/registrant-actions';
import { ConflictError, localized, validationError } from '../errors';
import { message, render, translate, type Message } from '../i18n/messages';
import { ACTION_UID, TABLES } from '../constants';
import { toDate } from '../db';
import { getConfig, getService } from '../get-service';
import { lockKey } from './locks';
import type { ListedEvent } from './registrants';

/** The organizer acting (the admin user). */
export interface Actor {
  id: number;
  email: string;
}

/** What the action log names (the admin actions, and what only the service does). */
export type LoggedAction = Exclude<RegistrantAction, 'resend-confirmation'> | 'resend-confirmation' | 'add' | 'add-over-capacity' | 'check-in';

const REFUSAL_TEXT = {
  'not-found': message('action.not-found'),
  erased: message('action.erased'),
  'not-seated': message('action.not-seated'),
  'not-pending': message('action.not-pending'),
  full: message('action.full'),
  'no-confirmation': message('action.no-confirmation'),
} satisfies Record<string, Message>;

interface TargetRow {
  id: number | string;
  event_document_id: string;
  status: RegistrationStatus;
  user_id: number | string | null;
  attended_at: unknown;
}

const registrantActions = ({ strapi }: { strapi: Core.Strapi }) => {
  const registrations = () => getService(strapi, 'registrations');

  /** Writes one entry of the action log (in the caller's transaction: strapi.db.query joins it). */
  const log = async (entry: { eventDocumentId: string; registrationId: number; action: LoggedAction; actor: Actor; detail?: Record<string, unknown> }) => {
    const created = (await strapi.db.query(ACTION_UID).create({
      data: {
        eventDocumentId: entry.eventDocumentId,
        registrationId: entry.registrationId,
        action: entry.action,
        actorId: entry.actor.id,
        actorEmail: entry.actor.email,
        detail: entry.detail ?? null,
      },
    })) as { id: number };
    return created.id;
  };

  const read = async (trx: Knex.Transaction, id: number): Promise<TargetRow | undefined> =>
    (await trx(TABLES.registrations).where({ id }).first('id', 'event_document_id', 'status', 'user_id', 'attended_at')) as TargetRow | undefined;

  /** The confirmation as the registration is now, through the outbox under a key of its own (the confirmations' mail). */
  const mailConfirmation = async (id: number, key: string): Promise<void> => {
    const found = await registrations().byIdWithPlace(id);
    if (found) await getService(strapi, 'confirmations').deliver(found, key);
  };

  const mailRejection = async (id: number, key: string, trx: Knex.Transaction): Promise<void> => {
    // read in the decision's transaction (SQLite: another connection would wait for it)
    const row = (await trx(TABLES.registrations).where({ id }).first('user_id', 'event_document_id', 'language')) as
      | { user_id: number | string | null; event_document_id: string; language: string | null }
      | undefined;
    if (!row || row.user_id === null) return;
    const language: Locale = localeOfTag(row.language ?? '') ?? DEFAULT_LOCALE;
    const [account, event] = await Promise.all([
      getService(strapi, 'accounts').findById(Number(row.user_id)),
      getService(strapi, 'events').byDocumentId(row.event_document_id, language),
    ]);
    if (!account || !event) return;
    await platform(strapi).mail.send(
      {
        to: account.email,
        purpose: 'registration-rejected',
        key,
        subject: translate(language, 'mail.rejected.subject', { title: event.title }),
        text: translate(language, 'mail.rejected.text', { firstName: account.firstName, title: event.title }),
        locale: language,
      },
      { trx },
    );
  };

  /** One action on one registration: the decision under the event's lock, the change and its log entry in one transaction. */
  const actOn = async (event: ListedEvent, actor: Actor, action: RegistrantAction, id: number, now: Date): Promise<ActionDecision> => {
    let resendKey: string | null = null;
    const decided = await strapi.db.transaction(async ({ trx: strapiTrx }): Promise<ActionDecision> => {
      const trx = strapiTrx as unknown as Knex.Transaction;
      await lockKey(strapi, trx, 'event', event.documentId);
      const row = await read(trx, id);
      const target = row
        ? { eventDocumentId: row.event_document_id, status: row.status, userId: row.user_id === null ? null : Number(row.user_id), attendedAt: toDate(row.attended_at) }
        : null;
      const decision = decideAction(action, target, event.documentId);
      if (decision.kind !== 'apply' || !target) return decision;
      const userId = target.userId;
      const entry = { eventDocumentId: event.documentId, registrationId: id, actor };
      switch (action) {
        case 'cancel':
          if (userId !== null) await registrations().cancel(event.documentId, userId, now);
          await log({ ...entry, action, detail: { from: target.status } });
          return decision;
        case 'attend':
          await service.markAttended(trx, { id, eventDocumentId: event.documentId, userId }, actor, 'attend', now);
          return decision;
        case 'unattend':
          await trx(TABLES.registrations).where({ id }).update({ attended_at: null, updated_at: now });
          await log({ ...entry, action, detail: { attendedAt: target.attendedAt?.toISOString() ?? null } });
          return decision;
        case 'resend-confirmation': {
          const logId = await log({ ...entry, action, detail: { status: target.status } });
          // a new key each time: the outbox sends every resend once
          resendKey = `registration:${id}:resend:${logId}`;
          return decision;
        }
        case 'approve': {
          const approved = await registrations().decidePending(id, 'approve', now);
          if (!approved || approved.status === 'pending') return { kind: 'refuse', code: 'full' };
          await log({ ...entry, action, detail: { to: approved.status } });
          return decision;
        }
        case 'reject':
          await registrations().decidePending(id, 'reject', now);
          await log({ ...entry, action });
          await mailRejection(id, `registration:${id}:rejected:${now.getTime()}`, trx);
          return decision;
      }
    });
    // the mail is composed after the commit (the QR code's PNG is not built while the event is locked);
    // the outbox keeps it from then on
    if (resendKey) await mailConfirmation(id, resendKey);
    return decided;
  };

  const service = {
    /**
     * Marks a seated registration attended (in the caller's transaction, under the event's lock), announces
     * `attendance.marked` and logs who did it (the list's action, or a check-in at the door).
     */
    async markAttended(
      trx: Knex.Transaction,
      target: { id: number; eventDocumentId: string; userId: number | null },
      actor: Actor,
      action: 'attend' | 'check-in',
      now: Date,
    ): Promise<void> {
      await trx(TABLES.registrations).where({ id: target.id }).update({ attended_at: now, updated_at: now });
      if (target.userId !== null) {
        await platform(strapi).events.publish(
          'attendance.marked',
          { registrationId: target.id, userId: target.userId, eventDocumentId: target.eventDocumentId, sessionDocumentId: null, at: now.toISOString() },
          { trx },
        );
      }
      await log({ eventDocumentId: target.eventDocumentId, registrationId: target.id, action, actor });
    },

    /** Runs `action` on each registration (once each), answering one result per id in the request's order. */
    async run(event: ListedEvent, actor: Actor, action: RegistrantAction, ids: readonly number[], language: Locale, now = new Date()): Promise<RegistrantActionResult[]> {
      const results: RegistrantActionResult[] = [];
      for (const id of distinctIds(ids)) {
        const decision = await actOn(event, actor, action, id, now);
        if (decision.kind === 'refuse') results.push({ id, ok: false, changed: false, error: { code: decision.code, message: render(language, REFUSAL_TEXT[decision.code]) } });
        else results.push({ id, ok: true, changed: decision.kind === 'apply' });
      }
      return results;
    },

    /**
     * Registers a person on their behalf: an account for a new address (confirmed: the organizer vouches for
     * it), the answers checked by the event's form, the names saved to the profile. 400 naming the fields;
     * 409 when the person is registered already or the event is full without a waitlist (and no override).
     */
    async add(event: ListedEvent, actor: Actor, body: AddRegistrantRequest, language: Locale, now = new Date()): Promise<RegistrantRow> {
      const published = await getService(strapi, 'events').byDocumentId(event.documentId);
      if (!published) throw localized(ConflictError, message('event.not-found'));
      const accounts = getService(strapi, 'accounts');
      const existing = await accounts.findByEmail(body.email);
      const names = { ...(body.firstName ? { firstName: body.firstName } : {}), ...(body.lastName ? { lastName: body.lastName } : {}) };
      // the address and names answer the form's questions of the same keys (when it asks them)
      const asked = new Set(published.form.map((field) => field.key));
      const given = Object.entries({ email: body.email.toLowerCase(), ...names }).filter(([key]) => asked.has(key));
      const validated = validateAnswers({
        form: localizeForm(published.form, language),
        answers: { ...Object.fromEntries(given), ...(body.answers ?? {}) },
        files: {},
        // the form's profile questions are answered by the account where it has them
        profile: existing,
        fileRules: getConfig(strapi, 'files'),
      });
      if (!validated.ok) throw validationError(validated.issues);
      const { profile, answers } = validated.value;
      // the organizer approves by adding: the seat rules place the person (or the override seats them)
      const mode = body.overCapacity ? 'over-capacity' : 'seat-rules';
      // the account (created for a new address), the profile, the seat and the log entry commit together
      const result = await strapi.db.transaction(async () => {
        const claimed = await registrations().claim({
          eventDocumentId: event.documentId,
          user:
            existing?.id ??
            (async () => {
              const created = await accounts.create(body.email, { ...profile, ...names }, true);
              if (!created) throw localized(ConflictError, message('add.already-registered'));
              return created.id;
            }),
          answers,
          refCode: null,
          utm: null,
          language,
          mode,
          now,
          // always given: the claim then runs in this transaction on PostgreSQL too (not as its own statement)
          withRegistration: async (_trx, userId) => {
            await accounts.updateProfile(userId, existing ? profile : {});
          },
        });
        if (claimed.created) {
          await log({
            eventDocumentId: event.documentId,
            registrationId: claimed.record.id,
            action: claimed.overCapacity ? 'add-over-capacity' : 'add',
            actor,
            detail: { status: claimed.record.status, seat: claimed.record.seat, newAccount: !existing },
          });
        }
        return claimed;
      });
      if (!result.created) throw localized(ConflictError, message('add.already-registered'), { registrationId: result.record.id });
      const [row] = await getService(strapi, 'registrants').rowsById(event, [result.record.id]);
      if (!row) throw new Error('[registration] the registration just made is not in its list');
      return row;
    },
  };
  return service;
};

export type RegistrantActionsService = ReturnType<typeof registrantActions>;
export default registrantActions;
