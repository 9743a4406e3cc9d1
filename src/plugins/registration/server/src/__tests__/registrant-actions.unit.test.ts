import { describe, expect, it } from 'vitest';
import { REGISTRANT_ACTIONS, type RegistrantAction } from '../../../../../../cms/src/registrant-actions';
import { decideAction, distinctIds, type ActionTarget } from '../domain/registrant-actions';
import { decideCheckIn } from '../domain/checkin';

const at = new Date('2026-12-06T10:00:00Z');
const target = (over: Partial<ActionTarget> = {}): ActionTarget => ({ eventDocumentId: 'ev1', status: 'registered', userId: 7, attendedAt: null, ...over });

describe('decideAction', () => {
  it('acts only on a registration of the event, never on an erased person’s', () => {
    for (const action of REGISTRANT_ACTIONS) {
      expect(decideAction(action, null, 'ev1')).toEqual({ kind: 'refuse', code: 'not-found' });
      expect(decideAction(action, target({ eventDocumentId: 'ev2' }), 'ev1')).toEqual({ kind: 'refuse', code: 'not-found' });
      expect(decideAction(action, target({ userId: null }), 'ev1')).toEqual({ kind: 'refuse', code: 'erased' });
    }
  });

  it('cancels whatever holds or waits for a seat; a cancelled or rejected one stays as it is', () => {
    for (const status of ['registered', 'waitlisted', 'pending'] as const) expect(decideAction('cancel', target({ status }), 'ev1').kind).toBe('apply');
    for (const status of ['cancelled', 'rejected'] as const) expect(decideAction('cancel', target({ status }), 'ev1').kind).toBe('unchanged');
  });

  it('marks attendance of a seat once, and clears a mark', () => {
    expect(decideAction('attend', target(), 'ev1').kind).toBe('apply');
    expect(decideAction('attend', target({ attendedAt: at }), 'ev1').kind).toBe('unchanged');
    for (const status of ['waitlisted', 'cancelled', 'pending', 'rejected'] as const) {
      expect(decideAction('attend', target({ status }), 'ev1')).toEqual({ kind: 'refuse', code: 'not-seated' });
    }
    expect(decideAction('unattend', target({ attendedAt: at }), 'ev1').kind).toBe('apply');
    expect(decideAction('unattend', target(), 'ev1').kind).toBe('unchanged');
  });

  it('resends the confirmation of a seat or a waitlist place only', () => {
    expect(decideAction('resend-confirmation', target(), 'ev1').kind).toBe('apply');
    expect(decideAction('resend-confirmation', target({ status: 'waitlisted' }), 'ev1').kind).toBe('apply');
    for (const status of ['cancelled', 'pending', 'rejected'] as const) {
      expect(decideAction('resend-confirmation', target({ status }), 'ev1')).toEqual({ kind: 'refuse', code: 'no-confirmation' });
    }
  });

  it('approves or rejects only what waits for approval', () => {
    for (const action of ['approve', 'reject'] as RegistrantAction[]) {
      expect(decideAction(action, target({ status: 'pending' }), 'ev1').kind).toBe('apply');
      for (const status of ['registered', 'waitlisted', 'cancelled', 'rejected'] as const) {
        expect(decideAction(action, target({ status }), 'ev1')).toEqual({ kind: 'refuse', code: 'not-pending' });
      }
    }
  });

  it('acts on each registration once, in the order given', () => {
    expect(distinctIds([3, 1, 3, 2, 1])).toEqual([3, 1, 2]);
  });
});

describe('decideCheckIn of registrations that wait for approval or were rejected', () => {
  it('lets neither in', () => {
    const scanned = { eventDocumentId: 'ev1', attendedAt: null };
    expect(decideCheckIn({ ...scanned, status: 'pending' }, 'ev1', at)).toEqual({ kind: 'pending' });
    expect(decideCheckIn({ ...scanned, status: 'rejected' }, 'ev1', at)).toEqual({ kind: 'rejected' });
  });
});
