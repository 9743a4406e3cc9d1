/**
 * What an organizer's action does to one registration: done, nothing to do (it is so already: not
 * logged, not announced), or refused with a reason the organizer's list shows on that row. Pure; the
 * service runs the decision under the event's lock with the registration read in the same transaction.
 */
import type { ActionRefusal, RegistrantAction } from '../../../../../../cms/src/registrant-actions';
import type { RegistrationStatus } from '../../../../../../cms/src/registration';

/** A registration as an action sees it. */
export interface ActionTarget {
  eventDocumentId: string;
  status: RegistrationStatus;
  /** null: the person erased their account. */
  userId: number | null;
  attendedAt: Date | null;
}

export type ActionDecision = { kind: 'apply' } | { kind: 'unchanged' } | { kind: 'refuse'; code: ActionRefusal };

const apply: ActionDecision = { kind: 'apply' };
const unchanged: ActionDecision = { kind: 'unchanged' };
const refuse = (code: ActionRefusal): ActionDecision => ({ kind: 'refuse', code });

/** Statuses a confirmation mail is about: a seat, or a place in the waitlist. */
const CONFIRMED = new Set<RegistrationStatus>(['registered', 'waitlisted']);

/**
 * - cancel: frees the seat (or the waitlist place, or the wait for approval); a cancelled or rejected one
 *   stays as it is;
 * - attend: only a seated registration is marked (once: the first time stays); unattend clears the mark;
 * - resend-confirmation: of a seat or a waitlist place;
 * - approve, reject: only a registration that waits for approval.
 * A registration of another event is `not-found` (the same as a missing one); an erased person's is left alone.
 */
export function decideAction(action: RegistrantAction, target: ActionTarget | null, eventDocumentId: string): ActionDecision {
  if (!target || target.eventDocumentId !== eventDocumentId) return refuse('not-found');
  if (target.userId === null) return refuse('erased');
  switch (action) {
    case 'cancel':
      return target.status === 'cancelled' || target.status === 'rejected' ? unchanged : apply;
    case 'attend':
      if (target.status !== 'registered') return refuse('not-seated');
      return target.attendedAt ? unchanged : apply;
    case 'unattend':
      return target.attendedAt ? apply : unchanged;
    case 'resend-confirmation':
      return CONFIRMED.has(target.status) ? apply : refuse('no-confirmation');
    case 'approve':
    case 'reject':
      return target.status === 'pending' ? apply : refuse('not-pending');
  }
}

/** The ids of a request once each, in the order given (a repeated id would otherwise act twice). */
export const distinctIds = (ids: readonly number[]): number[] => [...new Set(ids)];
