/**
 * Errors of the registration API: Strapi's typed errors, plus a 409 for a full event (Strapi has no
 * conflict error; the controllers answer it with Strapi's error envelope).
 *
 * An error's text is a catalog message (i18n/messages.ts). It is thrown with the Russian words as
 * its `message` (what anyone who catches it outside a request sees), and the message itself is kept
 * aside so that the controllers can answer in the caller's language (`errorInLanguage`).
 */
import { errors } from '@strapi/utils';
import type { z } from 'zod';
import { DEFAULT_LOCALE, type Locale } from './domain/locale';
import { message, render, type Message } from './i18n/messages';

export interface FieldIssue {
  path: Array<string | number>;
  message: Message;
}

/** The event is full (and has no waitlist), or another state conflict the caller can't fix by retrying. */
export class ConflictError extends errors.ApplicationError<'ConflictError', string, Record<string, unknown>> {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, details);
    this.name = 'ConflictError';
  }
}

/** What the request refers to existed once and is gone for good (kept answers that expired): 410. */
export class GoneError extends errors.ApplicationError<'GoneError', string, Record<string, unknown>> {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, details);
    this.name = 'GoneError';
  }
}

type Details = Record<string, unknown>;
/** Any typed error (Strapi's, or this plugin's). */
type AnyApplicationError = errors.ApplicationError<string, string, unknown>;
type ErrorType<E extends AnyApplicationError> = new (message: string, details?: Details) => E;

/** The messages of errors thrown by this plugin (kept off the error object: Strapi serializes what is on it). */
const MESSAGES = new WeakMap<AnyApplicationError, Message>();
const ISSUES = new WeakMap<AnyApplicationError, readonly FieldIssue[]>();

/** An error of type `Type` saying `text` (e.g. `localized(errors.NotFoundError, message('event.not-found'))`). */
export function localized<E extends AnyApplicationError>(Type: ErrorType<E>, text: Message, details?: Details): E {
  const error = new Type(render(DEFAULT_LOCALE, text), details);
  MESSAGES.set(error, text);
  return error;
}

const issueList = (issues: readonly FieldIssue[], locale: Locale) =>
  issues.map((issue) => ({ path: issue.path.map(String), message: render(locale, issue.message), name: 'ValidationError' }));

const summary = (list: ReturnType<typeof issueList>, locale: Locale) =>
  list.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ') || render(locale, message('request.invalid'));

/** A 400 naming every field that is wrong, in Strapi's shape (`details.errors[].path`). */
export function validationError(issues: readonly FieldIssue[]): errors.ValidationError {
  const list = issueList(issues, DEFAULT_LOCALE);
  const error = new errors.ValidationError(summary(list, DEFAULT_LOCALE), { errors: list });
  ISSUES.set(error, issues);
  return error;
}

/**
 * The message and details of an error as the caller should read them: this plugin's errors in
 * `locale` (the details otherwise as thrown), anyone else's as they are.
 */
export function errorInLanguage(error: AnyApplicationError, locale: Locale): { message: string; details: unknown } {
  const issues = ISSUES.get(error);
  if (issues) {
    const list = issueList(issues, locale);
    return { message: summary(list, locale), details: { ...(error.details as Details), errors: list } };
  }
  const text = MESSAGES.get(error);
  return { message: text ? render(locale, text) : error.message, details: error.details ?? {} };
}

/** zod's issues with messages an attendee understands. */
export function issuesFromZod(error: z.ZodError, prefix: Array<string | number> = []): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of error.issues) {
    const path = [...prefix, ...issue.path.map((part) => (typeof part === 'symbol' ? String(part.description) : part))];
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) out.push({ path: [...path, key], message: message('request.unknown-field') });
        break;
      case 'invalid_type':
        out.push({
          path,
          message: issue.input === undefined ? message('request.required') : message('request.wrong-type', { expected: issue.expected }),
        });
        break;
      case 'too_big':
        out.push({ path, message: message('request.too-long', { max: issue.maximum }) });
        break;
      case 'too_small':
        out.push({ path, message: message('request.too-short', { min: issue.minimum }) });
        break;
      case 'invalid_format':
        out.push({ path, message: issue.format === 'email' ? message('request.bad-email') : message('request.bad-format') });
        break;
      default:
        // invalid_value, and what our schemas do not produce (unions, keys of records, custom checks)
        out.push({ path, message: message('request.bad-value') });
    }
  }
  return out;
}

/** Parses with a strict schema; a failure is a ValidationError naming the fields. */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown, prefix: Array<string | number> = []): z.infer<T> {
  // with the input in each issue: a value of the wrong type is told apart from a missing one
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw validationError(issuesFromZod(result.error, prefix));
  return result.data;
}
