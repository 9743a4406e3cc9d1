/**
 * Edge validation of the calendar routes: strict objects (an unknown key is a mistake, not ignored),
 * ISO instants with an offset, and a zod error turned into a 400 that names the field.
 */
import { errors } from '@strapi/utils';
import { z } from 'zod';

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
    message: 'нечего менять: укажите startsAt, endsAt, track или room',
  });

export type CreateSessionInput = z.infer<typeof createSessionSchema>;
export type MoveSessionInput = z.infer<typeof moveSessionSchema>;

const valueAt = (input: unknown, path: PropertyKey[]): unknown =>
  path.reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined), input);

function messageOf(issue: z.core.$ZodIssue, input: unknown): string {
  if (issue.code === 'unrecognized_keys') return `лишние поля: ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined) return 'обязательное поле';
  if (issue.code === 'invalid_type') return `неверный тип, ожидается ${issue.expected}`;
  return issue.message;
}

/** Parses `input` or throws a ValidationError (400) naming each wrong field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => ({
    path: issue.path.map(String),
    message: messageOf(issue, input),
    name: 'ValidationError',
  }));
  const text = details.map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ');
  throw new errors.ValidationError(`Неверные данные (${what}): ${text}`, { errors: details });
}
