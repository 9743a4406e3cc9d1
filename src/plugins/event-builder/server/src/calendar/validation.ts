/**
 * Edge validation of the calendar routes: strict objects (an unknown key is a mistake, not ignored),
 * ISO instants with an offset; the platform kit's `validate` turns a zod error into a 400 naming the field.
 */
import { z } from 'zod';
import { t } from '../i18n/messages';

const documentId = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'идентификатор документа');
const instant = z.iso.datetime({ offset: true, message: 'ожидается дата и время в формате ISO 8601 с часовым поясом' });
const locale = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'код локали, например ru или en');
const room = z.string().trim().max(120, 'не длиннее 120 символов').nullable();

// the router may add positional captures to the params: only the named one matters
export const documentParamsSchema = z.object({ documentId });

export const scheduleQuerySchema = z.strictObject({ locale: locale.optional() });

export const createSessionSchema = z.strictObject({
  title: z.string().trim().min(1, 'укажите название').max(250, 'не длиннее 250 символов'),
  startsAt: instant,
  endsAt: instant,
  track: documentId.nullable().optional(),
  room: room.optional(),
  locale: locale.optional(),
});

export const moveSessionSchema = z
  .strictObject({
    startsAt: instant.optional(),
    endsAt: instant.optional(),
    track: documentId.nullable().optional(),
    room: room.optional(),
    locale: locale.optional(),
  })
  .refine((body) => ['startsAt', 'endsAt', 'track', 'room'].some((key) => key in body), {
    params: { text: t('calendar.nothing-to-change') },
  });

export type CreateSessionInput = z.infer<typeof createSessionSchema>;
export type MoveSessionInput = z.infer<typeof moveSessionSchema>;
