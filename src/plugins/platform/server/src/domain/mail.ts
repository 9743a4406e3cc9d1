/** The mail outbox's decisions: what a message must hold, and whether a sending error is worth a retry. Pure. */
import { z } from 'zod';

/** Purposes name why a mail is sent (`sign-in-code`, `registration-confirmation`, ...): the X-MMSO-Purpose header, the log's filter. */
export const MAIL_PURPOSE = /^[a-z0-9][a-z0-9-]{0,63}$/;

const address = z.email().max(254);

export const mailMessageSchema = z.strictObject({
  to: address,
  purpose: z.string().regex(MAIL_PURPOSE, 'a purpose is lowercase letters, digits and -'),
  /** With purpose and recipient, what makes the message unique: a second send with the same three is not sent. */
  key: z.string().min(1).max(200),
  subject: z.string().min(1).max(500),
  text: z.string().min(1),
  html: z.string().min(1).optional(),
  attachments: z
    .array(
      z.strictObject({
        filename: z.string().min(1).max(200),
        /** Base64 of the file's bytes. */
        content: z.base64(),
        contentType: z.string().min(1).max(200).optional(),
        /** Content-ID of an inline image: the HTML shows it as <img src="cid:<cid>">. */
        cid: z
          .string()
          .regex(/^[A-Za-z0-9._@-]{1,100}$/)
          .optional(),
      }),
    )
    .max(10)
    .optional(),
  replyTo: address.optional(),
  /** Language of the message (ru, en), for the log. */
  locale: z.string().min(2).max(8).optional(),
});

export type MailMessage = z.infer<typeof mailMessageSchema>;

/** What the outbox keeps of a message until it is sent (the recipient, purpose and key are columns). */
export type MailContent = Pick<MailMessage, 'subject' | 'text' | 'html' | 'attachments' | 'replyTo'>;

export type MailFailure = 'temporary' | 'permanent';

/** Connection-level errors of nodemailer: the server was not reached or hung up; another try may work. */
const CONNECTION_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * Whether a sending error is temporary (SMTP 4xx, a connection that failed: retried with backoff)
 * or permanent (SMTP 5xx: the server refused this message for good, a retry would be refused too).
 * Anything unknown is treated as temporary: a lost mail is worse than a late one.
 */
export function classifyMailError(error: unknown): MailFailure {
  if (typeof error === 'object' && error !== null) {
    const { responseCode, code } = error as { responseCode?: unknown; code?: unknown };
    if (typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600) return 'permanent';
    if (typeof responseCode === 'number' && responseCode >= 400 && responseCode < 500) return 'temporary';
    if (typeof code === 'string' && CONNECTION_CODES.has(code)) return 'temporary';
  }
  return 'temporary';
}
