import { describe, expect, it } from 'vitest';
import { canCancel, registrationWindow, windowMessage } from '../domain/window';
import { render } from '../i18n/messages';

const at = (iso: string) => new Date(iso);
const event = {
  registrationOpen: true,
  opensAt: at('2026-05-01T09:00:00Z'),
  closesAt: at('2026-05-20T21:00:00Z'),
  endsAt: at('2026-05-25T15:00:00Z'),
};

describe('registration window', () => {
  it('is open between its opening and closing', () => {
    expect(registrationWindow(event, at('2026-05-01T09:00:00Z'))).toEqual({ open: true });
    expect(registrationWindow({ ...event, opensAt: null, closesAt: null }, at('2020-01-01T00:00:00Z'))).toEqual({ open: true });
  });

  it('says why it is closed', () => {
    expect(registrationWindow({ ...event, registrationOpen: false }, at('2026-05-10T00:00:00Z'))).toEqual({ open: false, reason: 'disabled' });
    expect(registrationWindow(event, at('2026-05-01T08:59:59Z'))).toEqual({ open: false, reason: 'not-yet' });
    expect(registrationWindow(event, at('2026-05-20T21:00:00Z'))).toEqual({ open: false, reason: 'closed' });
    expect(registrationWindow(event, at('2026-05-25T15:00:00Z'))).toEqual({ open: false, reason: 'ended' });
  });

  it('tells the attendee in Russian or English, with the opening time in Moscow time', () => {
    const opens = windowMessage('not-yet', at('2026-05-01T09:00:00Z'));
    expect(render('ru', opens)).toBe('Регистрация откроется 1 мая 2026 г. в 12:00 (МСК)');
    expect(render('en', opens)).toBe('Registration opens on 1 May 2026 at 12:00 (Moscow time)');
    expect(render('ru', windowMessage('closed', null))).toBe('Регистрация на это событие завершена');
    expect(render('en', windowMessage('closed', null))).toBe('Registration for this event has closed');
    expect(render('ru', windowMessage('not-yet', null))).toBe('Регистрация ещё не открыта');
  });

  it('allows cancelling until the event ends', () => {
    expect(canCancel(event.endsAt, at('2026-05-25T14:59:59Z'))).toBe(true);
    expect(canCancel(event.endsAt, at('2026-05-25T15:00:00Z'))).toBe(false);
  });
});
