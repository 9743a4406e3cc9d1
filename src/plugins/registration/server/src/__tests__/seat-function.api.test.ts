/**
 * PostgreSQL runs the seat decision as a server-side function; TypeScript's `domain/capacity.ts`
 * is its specification. This checks both agree on every small state: capacity none/0/1/3,
 * 0-4 seated, 0-3 waiting, waitlist on/off (and the seat a newcomer takes).
 */
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPostgresRun } from '../../../../../../scripts/testing/databases';
import { decideSeat, promotionsDue } from '../domain/capacity';
import { claimSeat, type ClaimRow } from '../services/seat-function';
import { createEvent, startHarness, type Harness } from './fixtures';

class Rollback extends Error {
  constructor(readonly row: ClaimRow) {
    super('rollback');
  }
}

describe.runIf(isPostgresRun())('the PostgreSQL seat function', () => {
  let h: Harness;
  let eventId: string;

  beforeAll(async () => {
    h = await startHarness();
    eventId = await createEvent(h.app, 'grid');
  });

  afterAll(async () => {
    await h?.stop();
  });

  it('decides like domain/capacity.ts in every small state', async () => {
    const now = new Date();
    let checked = 0;
    for (const capacity of [null, 0, 1, 3]) {
      for (const waitlistEnabled of [true, false]) {
        for (let registered = 0; registered <= 4; registered += 1) {
          for (let waitlisted = 0; waitlisted <= 3; waitlisted += 1) {
            const row = await h.knex
              .transaction(async (trx: Knex.Transaction) => {
                await trx('events').where({ document_id: eventId }).update({ capacity, waitlist_enabled: waitlistEnabled });
                const rows = [...Array.from({ length: registered }, () => 'registered'), ...Array.from({ length: waitlisted }, () => 'waitlisted')].map(
                  (status, i) => ({
                    document_id: `grid${i}`,
                    user_id: 1_000_000 + i,
                    event_document_id: eventId,
                    status,
                    // seated registrations hold seats 1..seated
                    seat: status === 'registered' ? i + 1 : null,
                    arrival: i + 1,
                    answers: '{}',
                    created_at: now,
                    updated_at: now,
                    published_at: now,
                  }),
                );
                if (rows.length > 0) await trx('registration_registrations').insert(rows);
                const claimed = await claimSeat(trx, {
                  eventDocumentId: eventId,
                  userId: 42,
                  answers: {},
                  refCode: null,
                  utm: null,
                  documentId: 'gridnew',
                  now,
                  lock: true,
                });
                throw new Rollback(claimed);
              })
              .catch((error: unknown) => {
                if (error instanceof Rollback) return error.row;
                throw error;
              });
            const state = { capacity, waitlistEnabled, registered, waitlisted };
            const expected = decideSeat(state);
            const label = JSON.stringify(state);
            if (expected.kind === 'full') expect(row.outcome, label).toBe('full');
            else expect([row.outcome, row.status], label).toEqual(['created', expected.kind === 'register' ? 'registered' : 'waitlisted']);
            if (row.outcome === 'created') expect(row.arrival, label).toBe(registered + waitlisted + 1);
            if (row.outcome === 'created') expect(row.seat, label).toBe(row.status === 'registered' ? registered + 1 : null);
            // the function stops counting the waitlist once the decision is known: it reports what is due now
            expect(row.promotions_due, label).toBe(promotionsDue(state));
            checked += 1;
          }
        }
      }
    }
    expect(checked).toBe(160);
    expect(await h.knex('registration_registrations').where({ event_document_id: eventId })).toEqual([]);
  });
});
