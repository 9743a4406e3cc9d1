/** Whether an event takes registrations now. Pure: the clock is an argument. */
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

const dateFormat = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Moscow' });

/** The attendee-facing sentence for a closed window. */
export function windowMessage(reason: WindowClosedReason, opensAt: Date | null): string {
  switch (reason) {
    case 'disabled':
      return 'Регистрация на это событие не открыта';
    case 'not-yet':
      return opensAt ? `Регистрация откроется ${dateFormat.format(opensAt)} (МСК)` : 'Регистрация ещё не открыта';
    case 'closed':
      return 'Регистрация на это событие завершена';
    case 'ended':
      return 'Событие уже прошло';
  }
}

/** Whether a registration may still be cancelled (until the event ends). */
export function canCancel(endsAt: Date | null, now: Date): boolean {
  return !endsAt || now.getTime() < endsAt.getTime();
}
