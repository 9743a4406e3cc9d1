/**
 * Check-in at the door: the personal code of each registration (signed, domain/checkin.ts) as text and as
 * a QR code (PNG) for the confirmation mail and the cabinet; a scan or a manual check-in marks attendance
 * once (under the event's lock: two scanners at two doors mark it once, and the second sees the first's
 * time); the search of the door's manual check-in is the registrant list's own (Cyrillic folded).
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { toBuffer, toDataURL } from 'qrcode';
import type { CheckInOutcome } from '../../../../../../cms/src/registrant-actions';
import type { RegistrantRow } from '../../../../../../cms/src/registrants';
import { CHECKIN_SEARCH_LIMIT } from '../../../../../../cms/src/registrant-actions';
import { checkinCode, decideCheckIn, deriveCheckinKey, registrationOfCode, type CheckInDecision } from '../domain/checkin';
import type { RegistrationStatus } from '../../../../../../cms/src/registration';
import { TABLES } from '../constants';
import { toDate } from '../db';
import { getConfig, getService } from '../get-service';
import { lockKey } from './locks';
import type { ListedEvent } from './registrants';
import type { Actor } from './registrant-actions';

/** A QR code a phone's camera reads at arm's length and a mail shows without scaling. */
const QR_OPTIONS = { errorCorrectionLevel: 'M' as const, margin: 2, width: 320 };

export interface CheckInResult {
  outcome: CheckInOutcome;
  registrant: RegistrantRow;
  firstCheckInAt: Date | null;
}

const OUTCOMES: Record<Exclude<CheckInDecision['kind'], 'other-event'>, CheckInOutcome> = {
  marked: 'checked-in',
  already: 'already-checked-in',
  cancelled: 'cancelled',
  waitlisted: 'waitlisted',
  pending: 'pending',
  rejected: 'rejected',
};

const checkin = ({ strapi }: { strapi: Core.Strapi }) => {
  let key: Buffer | null = null;
  const secret = (): Buffer => {
    key ??= deriveCheckinKey(getConfig(strapi, 'codes').hashSecret, (strapi.config.get('server.app.keys') as string[] | undefined) ?? []);
    return key;
  };

  const service = {
    /** The personal code of registration `id` (the QR code's text). */
    code(id: number): string {
      return checkinCode(secret(), id);
    },

    /** The registration a scanned code names, or null for a code that is not ours. */
    registrationOf(code: string): number | null {
      return registrationOfCode(secret(), code);
    },

    /** The QR code of registration `id` as a PNG. */
    async png(id: number): Promise<Buffer> {
      return toBuffer(service.code(id), { ...QR_OPTIONS, type: 'png' });
    },

    /** The QR code of registration `id` as a data: URL (PNG), for a page that shows it inline. */
    async dataUrl(id: number): Promise<string> {
      return toDataURL(service.code(id), { ...QR_OPTIONS, type: 'image/png' });
    },

    /**
     * Checks in the registration a code or an id names at `event`: null when it is not one of this event's
     * (the caller's 404); else the outcome, with the first check-in's time. Attendance is marked (and
     * announced, and logged) only on the first scan of a seated registration.
     */
    async checkIn(event: ListedEvent, actor: Actor, target: { code: string } | { registrationId: number }, now = new Date()): Promise<CheckInResult | null> {
      const id = 'code' in target ? service.registrationOf(target.code) : target.registrationId;
      if (id === null) return null;
      const decision = await strapi.db.transaction(async ({ trx: strapiTrx }) => {
        const trx = strapiTrx as unknown as Knex.Transaction;
        await lockKey(strapi, trx, 'event', event.documentId);
        const row = (await trx(TABLES.registrations).where({ id }).first('event_document_id', 'status', 'user_id', 'attended_at')) as
          | { event_document_id: string; status: RegistrationStatus; user_id: number | string | null; attended_at: unknown }
          | undefined;
        if (!row) return null;
        const decided = decideCheckIn({ eventDocumentId: row.event_document_id, status: row.status, attendedAt: toDate(row.attended_at) }, event.documentId, now);
        if (decided.kind === 'other-event') return null;
        if (decided.kind === 'marked') {
          await getService(strapi, 'registrant-actions').markAttended(trx, { id, eventDocumentId: event.documentId, userId: row.user_id === null ? null : Number(row.user_id) }, actor, 'check-in', now);
        }
        return decided;
      });
      if (!decision) return null;
      const [registrant] = await getService(strapi, 'registrants').rowsById(event, [id]);
      if (!registrant) return null;
      const firstCheckInAt = decision.kind === 'marked' || decision.kind === 'already' ? decision.at : null;
      return { outcome: OUTCOMES[decision.kind], registrant, firstCheckInAt };
    },

    /** The door's search: rows whose name or email hold every word of `q`, by last name, at most 20. */
    async search(event: ListedEvent, q: string): Promise<RegistrantRow[]> {
      const registrants = getService(strapi, 'registrants');
      const query = registrants.parse(event, { q, pageSize: String(CHECKIN_SEARCH_LIMIT), sort: 'lastName:asc' });
      return (await registrants.page(event, query)).results;
    },
  };
  return service;
};

export type CheckinService = ReturnType<typeof checkin>;
export default checkin;
