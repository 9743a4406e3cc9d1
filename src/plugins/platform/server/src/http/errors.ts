/**
 * Typed HTTP errors whose text is answered in the caller's language. An error is thrown with its
 * Russian words as `message` (what anyone who catches it outside a request sees); its Text is kept
 * aside (Strapi serializes what is on the error) so that `respond` answers in the caller's language.
 */
import { errors } from '@strapi/utils';
import type { z } from 'zod';
import { DEFAULT_LOCALE, type Locale } from './locale';
import { requestText, type Text } from './messages';

type Details = Record<string, unknown>;
/** Any typed error (Strapi's, or a module's subclass of ApplicationError). */
export type AnyApplicationError = errors.ApplicationError<string, string, unknown>;
type ErrorType<E extends AnyApplicationError> = new (message: string, details?: Details) => E;

/** The request conflicts with the state (a full event, a duplicate): 409. */
export class ConflictError extends errors.ApplicationError<'ConflictError', string, Record<string, unknown>> {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, details);
    this.name = 'ConflictError';
  }
}

/** What the request refers to existed once and is gone for good: 410. */
export class GoneError extends errors.ApplicationError<'GoneError', string, Record<string, unknown>> {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, details);
    this.name = 'GoneError';
  }
}

/** The statuses of the typed errors (any other ApplicationError is a 400), as Strapi's error middleware gives them. */
export const ERROR_STATUSES: ReadonlyArray<readonly [new (...args: never[]) => AnyApplicationError, number]> = [
  [ConflictError, 409],
  [GoneError, 410],
  [errors.UnauthorizedError, 401],
  [errors.ForbiddenError, 403],
  [errors.NotFoundError, 404],
  [errors.PayloadTooLargeError, 413],
  [errors.RateLimitError, 429],
  [errors.NotImplementedError, 501],
];

export const statusOf = (error: AnyApplicationError): number => ERROR_STATUSES.find(([type]) => error instanceof type)?.[1] ?? 400;

/** A wrong field of a request: where, and what is wrong with it. */
export interface FieldIssue {
  path: Array<string | number>;
  text: Text;
}

const TEXTS = new WeakMap<AnyApplicationError, Text>();
const ISSUES = new WeakMap<AnyApplicationError, readonly FieldIssue[]>();

/** An error of type `Type` saying `text`, e.g. `localized(errors.NotFoundError, t('event.not-found'))`. */
export function localized<E extends AnyApplicationError>(Type: ErrorType<E>, text: Text, details?: Details): E {
  const error = new Type(text.render(DEFAULT_LOCALE), details);
  TEXTS.set(error, text);
  return error;
}

/** The HTTP error family, by status: each says a Text of the module's catalog. */
export const httpError = {
  badRequest: (text: Text, details?: Details) => localized(errors.ValidationError, text, details),
  unauthorized: (text: Text, details?: Details) => localized(errors.UnauthorizedError, text, details),
  forbidden: (text: Text, details?: Details) => localized(errors.ForbiddenError, text, details),
  notFound: (text: Text, details?: Details) => localized(errors.NotFoundError, text, details),
  conflict: (text: Text, details?: Details) => localized(ConflictError, text, details),
  gone: (text: Text, details?: Details) => localized(GoneError, text, details),
  tooLarge: (text: Text, details?: Details) => localized(errors.PayloadTooLargeError, text, details),
  tooMany: (text: Text, details?: Details) => localized(errors.RateLimitError, text, details),
};

const issueList = (issues: readonly FieldIssue[], locale: Locale) =>
  issues.map((issue) => ({ path: issue.path.map(String), message: issue.text.render(locale), name: 'ValidationError' }));

const summary = (list: ReturnType<typeof issueList>, locale: Locale) =>
  list.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ') || requestText.render(locale, 'request.invalid');

/** A 400 naming every field that is wrong, in Strapi's shape (`details.errors[].path`). */
export function validationError(issues: readonly FieldIssue[]): errors.ValidationError {
  const list = issueList(issues, DEFAULT_LOCALE);
  const error = new errors.ValidationError(summary(list, DEFAULT_LOCALE), { errors: list });
  ISSUES.set(error, issues);
  return error;
}

/**
 * The message and details of an error as the caller should read them: the kit's errors in
 * `locale` (the details otherwise as thrown), anyone else's as they are.
 */
export function errorInLanguage(error: AnyApplicationError, locale: Locale): { message: string; details: unknown } {
  const issues = ISSUES.get(error);
  if (issues) {
    const list = issueList(issues, locale);
    return { message: summary(list, locale), details: { ...(error.details as Details), errors: list } };
  }
  const text = TEXTS.get(error);
  return { message: text ? text.render(locale) : error.message, details: error.details ?? {} };
}

const isText = (value: unknown): value is Text =>
  typeof value === 'object' && value !== null && typeof (value as Text).key === 'string' && typeof (value as Text).render === 'function';

/**
 * zod's issues in words a person understands. A refinement may say its own text:
 * `.refine(check, { params: { text: t('calendar.nothing-to-change') } })`.
 */
export function issuesFromZod(error: z.ZodError, prefix: Array<string | number> = []): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of error.issues) {
    const path = [...prefix, ...issue.path.map((part) => (typeof part === 'symbol' ? String(part.description) : part))];
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) out.push({ path: [...path, key], text: requestText('request.unknown-field') });
        break;
      case 'invalid_type':
        out.push({ path, text: issue.input === undefined ? requestText('request.required') : requestText('request.wrong-type', { expected: issue.expected }) });
        break;
      case 'too_big':
        out.push({ path, text: requestText('request.too-long', { max: issue.maximum }) });
        break;
      case 'too_small':
        out.push({ path, text: requestText('request.too-short', { min: issue.minimum }) });
        break;
      case 'invalid_format':
        out.push({ path, text: issue.format === 'email' ? requestText('request.bad-email') : requestText('request.bad-format') });
        break;
      case 'custom': {
        const own = (issue.params as { text?: unknown } | undefined)?.text;
        out.push({ path, text: isText(own) ? own : requestText('request.bad-value') });
        break;
      }
      default:
        // invalid_value, and what schemas rarely produce (unions, keys of records)
        out.push({ path, text: requestText('request.bad-value') });
    }
  }
  return out;
}

/** Parses with a (strict) schema; a failure is a 400 naming each wrong field (under `prefix`). */
export function validate<T extends z.ZodType>(schema: T, input: unknown, prefix: Array<string | number> = []): z.infer<T> {
  // with the input in each issue: a value of the wrong type is told apart from a missing one
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw validationError(issuesFromZod(result.error, prefix));
  return result.data;
}
