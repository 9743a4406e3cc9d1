/**
 * Errors of the registration API: the platform kit's typed errors (answered in the caller's
 * language by its `respond`), saying texts of this plugin's catalog (i18n/messages.ts).
 */
import {
  ConflictError,
  GoneError,
  errorInLanguage,
  localized as kitLocalized,
  validationError as kitValidationError,
  type AnyApplicationError,
  type Text,
} from '../../../platform/server/src/kit';
import { render, type Message } from './i18n/messages';

export { ConflictError, GoneError, errorInLanguage };

export interface FieldIssue {
  path: Array<string | number>;
  message: Message;
}

type ErrorType<E extends AnyApplicationError> = new (message: string, details?: Record<string, unknown>) => E;

/** A catalog message as the kit's Text. */
export const textOf = (text: Message): Text => ({ key: text.key, render: (locale) => render(locale, text) });

/** An error of type `Type` saying `text` (e.g. `localized(errors.NotFoundError, message('event.not-found'))`). */
export function localized<E extends AnyApplicationError>(Type: ErrorType<E>, text: Message, details?: Record<string, unknown>): E {
  return kitLocalized(Type, textOf(text), details);
}

/** A 400 naming every field that is wrong, in Strapi's shape (`details.errors[].path`). */
export function validationError(issues: readonly FieldIssue[]) {
  return kitValidationError(issues.map((issue) => ({ path: issue.path, text: textOf(issue.message) })));
}
