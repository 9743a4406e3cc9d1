/** Whether an event takes registrations now. Pure: the clock is an argument. */
import { message, type Message } from '../i18n/messages';

export interface RegistrationWindowInput {
  registrationOpen: boolean | null;
  opensAt: Date | null;
  closesAt: Date | null;
  endsAt: Date | null;
}

export type WindowClosedReason = 'disabled' | 'not-yet' | 'closed' | 'ended';
export type WindowState = { open: true } | { open: false; reason: WindowClosedReason };

export function registrationWindow(event: RegistrationWindowInput, now: Date): WindowState {
  if (!event.registrationOpen) return { open: false, reason: 'disabled' };
  if (event.endsAt && now.getTime() >= event.endsAt.getTime()) return { open: false, reason: 'ended' };
  if (event.opensAt && now.getTime() < event.opensAt.getTime()) return { open: false, reason: 'not-yet' };
  if (event.closesAt && now.getTime() >= event.closesAt.getTime()) return { open: false, reason: 'closed' };
  return { open: true };
}

/** What the attendee is told about a closed window (the opening time is given in Moscow time). */
export function windowMessage(reason: WindowClosedReason, opensAt: Date | null): Message {
  switch (reason) {
    case 'disabled':
      return message('window.disabled');
    case 'not-yet':
      return opensAt ? message('window.opens-at', { at: opensAt }) : message('window.not-yet');
    case 'closed':
      return message('window.closed');
    case 'ended':
      return message('window.ended');
  }
}

/** Whether a registration may still be cancelled (until the event ends). */
export function canCancel(endsAt: Date | null, now: Date): boolean {
  return !endsAt || now.getTime() < endsAt.getTime();
}
