/**
 * Errors of the registration API: Strapi's typed errors, plus a 409 for a full event (Strapi has no
 * conflict error; the controllers answer it with Strapi's error envelope).
 */
import { errors } from '@strapi/utils';
import type { z } from 'zod';

export interface FieldIssue {
  path: Array<string | number>;
  message: string;
}

/** The event is full (and has no waitlist), or another state conflict the caller can't fix by retrying. */
export class ConflictError extends errors.ApplicationError<'ConflictError', string, Record<string, unknown>> {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, details);
    this.name = 'ConflictError';
  }
}

/** A 400 naming every field that is wrong, in Strapi's shape (`details.errors[].path`). */
export function validationError(issues: readonly FieldIssue[]): errors.ValidationError {
  const list = issues.map((issue) => ({ path: issue.path.map(String), message: issue.message, name: 'ValidationError' }));
  const message = list.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
  return new errors.ValidationError(message || 'Неверные данные', { errors: list });
}

const TYPE_NAMES: Record<string, string> = {
  string: 'строка',
  number: 'число',
  boolean: 'да/нет',
  object: 'объект',
  array: 'список',
};

/** zod's issues with messages an attendee understands. */
export function issuesFromZod(error: z.ZodError, prefix: Array<string | number> = []): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of error.issues) {
    const path = [...prefix, ...issue.path.map((part) => (typeof part === 'symbol' ? String(part.description) : part))];
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) out.push({ path: [...path, key], message: 'Неизвестное поле' });
        break;
      case 'invalid_type':
        out.push({
          path,
          message: issue.input === undefined ? 'Обязательное поле' : `Неверный тип: ожидается ${TYPE_NAMES[issue.expected] ?? issue.expected}`,
        });
        break;
      case 'too_big':
        out.push({ path, message: `Слишком длинное значение (не больше ${String(issue.maximum)})` });
        break;
      case 'too_small':
        out.push({ path, message: `Слишком короткое значение (не меньше ${String(issue.minimum)})` });
        break;
      case 'invalid_format':
        out.push({ path, message: issue.format === 'email' ? 'Проверьте адрес почты' : 'Неверный формат' });
        break;
      case 'invalid_value':
        out.push({ path, message: 'Недопустимое значение' });
        break;
      default:
        out.push({ path, message: issue.message });
    }
  }
  return out;
}

/** Parses with a strict schema; a failure is a ValidationError naming the fields. */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown, prefix: Array<string | number> = []): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(issuesFromZod(result.error, prefix));
  return result.data;
}
