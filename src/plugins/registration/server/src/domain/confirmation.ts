/**
 * The confirmation an attendee is mailed for a registration: whether one is still due when its job
 * runs, and what it says. Pure.
 */
import { translate } from '../i18n/messages';
import type { RegistrationStatus } from './capacity';
import { cabinetUrl, calendarUrl, eventPageUrl, type Locale } from './locale';

/** What a registration is confirmed as: a seat, or a place in the waitlist. */
export type ConfirmationKind = 'registered' | 'waitlisted';

/** A registration as it is when its confirmation job runs. */
export interface ConfirmationState {
  userId: number | null;
  status: RegistrationStatus;
  arrival: number;
  promotedAt: Date | null;
}

/**
 * The confirmation still to send for the registration made with `queuedArrival`, given the
 * registration as it is now; null when there is none: it is gone or cancelled, it was made again
 * since (a new arrival: that one has its own confirmation), it was promoted from the waitlist (the
 * promotion mail says so), or its account was deleted.
 */
export function confirmationDue(current: ConfirmationState | null, queuedArrival: number): ConfirmationKind | null {
  if (!current || current.userId === null || current.arrival !== queuedArrival) return null;
  if (current.promotedAt !== null) return null;
  // cancelled, pending (its confirmation comes with the approval: a new arrival) or rejected: none
  return current.status === 'registered' || current.status === 'waitlisted' ? current.status : null;
}

export interface ConfirmationMailInput {
  /** What the registration is now, with the waitlist place when waiting. */
  confirmation: { kind: 'registered' } | { kind: 'waitlisted'; place: number };
  /** The language the attendee registered in. */
  language: Locale;
  /** The site's public address; empty: the mail has no links. */
  siteUrl: string;
  firstName: string | null;
  event: { title: string; slug: string; startsAt: Date | null; endsAt: Date | null };
}

/** The confirmation mail, in the attendee's language. */
export function confirmationMail(input: ConfirmationMailInput): { subject: string; text: string } {
  const { confirmation, language, siteUrl, firstName, event } = input;
  const common = {
    firstName: firstName?.trim() || null,
    title: event.title,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    eventLink: eventPageUrl(siteUrl, event.slug, language),
    cabinetLink: cabinetUrl(siteUrl, language),
  };
  if (confirmation.kind === 'registered') {
    return {
      subject: translate(language, 'mail.registered.subject', { title: event.title }),
      text: translate(language, 'mail.registered.text', { ...common, calendarLink: calendarUrl(siteUrl, event.slug) }),
    };
  }
  return {
    subject: translate(language, 'mail.waitlisted.subject', { title: event.title }),
    text: translate(language, 'mail.waitlisted.text', { ...common, place: confirmation.place }),
  };
}

/** Content-ID of the check-in QR code attached to a confirmation (shown inline by the HTML part). */
export const CHECKIN_QR_CID = 'checkin-qr@mmso-connect';

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * A seat's confirmation with its entry code: the text gains the code's line; the HTML part is the same text
 * (escaped, paragraph by paragraph) with the QR code shown inline (the attachment `CHECKIN_QR_CID`) above the code.
 */
export function withCheckinCode(mail: { subject: string; text: string }, code: string, language: Locale): { subject: string; text: string; html: string } {
  const line = translate(language, 'mail.checkin-code', { code });
  const paragraphs = mail.text.split(/\n{2,}/).map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`);
  const alt = escapeHtml(translate(language, 'mail.checkin-qr-alt'));
  return {
    subject: mail.subject,
    text: `${mail.text}\n\n${line}`,
    html:
      `<!doctype html><html lang="${language}"><body>${paragraphs.join('')}` +
      `<p><img src="cid:${CHECKIN_QR_CID}" alt="${alt}" width="240" height="240"></p><p>${escapeHtml(line)}</p></body></html>`,
  };
}
