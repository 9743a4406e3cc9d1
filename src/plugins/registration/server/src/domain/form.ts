/**
 * Registration forms: the platform's profile fields plus the questions the organizer added to an
 * event, and the validation of what a visitor sends. Pure (zod only).
 *
 * A question whose key is a profile field (phone, status, organization ...) asks for that profile
 * field: it is answered once, kept in the profile, and not asked again when the profile has it.
 * Email, first and last name are always part of the form.
 */
import {
  BASE_KEYS,
  checkAnswer,
  FIELD_TYPES,
  isBlankAnswer,
  isChoiceType,
  isProfileKey,
  KEY_PATTERN,
  parseOptions,
  PROFILE_FIELDS,
  PROFILE_STATUSES,
  type AnswerProblem,
  type FieldType,
  type ProfileKey,
} from '../../../../../../cms/src/registration-form';
import type { AnswerValue } from '../../../../../../cms/src/registration';
import { message, translate, type Message } from '../i18n/messages';
import { checkFile, type FileKind } from './files';
import { DEFAULT_LOCALE, type Locale } from './locale';

// The rules of answers are the contract's (`cms/src/registration-form.ts`), shared with the site.
export {
  FIELD_TYPES,
  PROFILE_KEYS,
  PROFILE_STATUSES,
  BASE_KEYS,
  PROFILE_FIELDS,
  KEY_PATTERN,
  isProfileKey,
  parseOptions,
  hasMarkup,
  normalizePhone,
  type FieldType,
  type ProfileKey,
  type ProfileStatus,
} from '../../../../../../cms/src/registration-form';
export type { AnswerValue } from '../../../../../../cms/src/registration';

export type Profile = Record<ProfileKey, string | null>;

/** The platform's own label of a profile field (shown when the organizer did not word it). */
export const profileLabel = (key: ProfileKey, locale: Locale): string => translate(locale, `profile.${key}`);

/** The options of a profile field (the statuses), labelled in `locale`. */
export function profileOptions(key: ProfileKey, locale: Locale): Array<{ value: string; label: string }> {
  return PROFILE_FIELDS[key].statusChoice ? PROFILE_STATUSES.map((value) => ({ value, label: translate(locale, `status.${value}`) })) : [];
}

/** A field as the organizer saved it (the `registration.field` component). */
export interface RawField {
  key?: string | null;
  type?: string | null;
  label?: string | null;
  placeholder?: string | null;
  help?: string | null;
  required?: boolean | null;
  options?: string | null;
  order?: number | null;
}

export interface FieldDefinition {
  key: string;
  type: FieldType;
  label: string;
  placeholder: string | null;
  help: string | null;
  required: boolean;
  options: Array<{ value: string; label: string }>;
  order: number;
  /** profile: kept in the account; event: kept in this registration's answers. */
  source: 'profile' | 'event';
  /** The label is the platform's own (the organizer left it blank): it follows the reader's language. */
  defaultLabel: boolean;
}

const MAX_OPTIONS = 100;

/** Problems of a form definition, for the admin (empty when it can be saved). */
export function validateFormDefinition(raw: readonly RawField[]): Array<{ path: Array<string | number>; message: Message }> {
  const issues: Array<{ path: Array<string | number>; message: Message }> = [];
  const keys = new Set<string>();
  raw.forEach((field, index) => {
    const key = field.key ?? '';
    if (!KEY_PATTERN.test(key)) {
      issues.push({ path: [index, 'key'], message: message('definition.bad-key', { key }) });
    } else if (keys.has(key)) {
      issues.push({ path: [index, 'key'], message: message('definition.duplicate-key', { key }) });
    }
    keys.add(key);
    const type = field.type as FieldType;
    if (!(FIELD_TYPES as readonly string[]).includes(type)) {
      issues.push({ path: [index, 'type'], message: message('definition.unknown-type', { type: field.type ?? '' }) });
      return;
    }
    if (isProfileKey(key) && PROFILE_FIELDS[key].type !== type) {
      issues.push({ path: [index, 'type'], message: message('definition.profile-type', { key, type: PROFILE_FIELDS[key].type }) });
    }
    if (isChoiceType(type) && !isProfileKey(key)) {
      const options = parseOptions(field.options);
      if (options.length === 0) issues.push({ path: [index, 'options'], message: message('definition.no-options') });
      if (options.length > MAX_OPTIONS) issues.push({ path: [index, 'options'], message: message('definition.too-many-options', { max: MAX_OPTIONS }) });
      if (options.some((option) => option.length > 200)) issues.push({ path: [index, 'options'], message: message('definition.long-option') });
    }
  });
  return issues;
}

const blank = (value: string | null | undefined) => value === null || value === undefined || value.trim() === '';

/**
 * The whole form of an event: base profile fields first, then the organizer's questions in their
 * order. Labels the organizer left blank are the platform's, in Russian (see `localizeForm`).
 */
export function buildForm(raw: readonly RawField[]): FieldDefinition[] {
  const fields = new Map<string, FieldDefinition>();
  BASE_KEYS.forEach((key, index) => {
    const spec = PROFILE_FIELDS[key];
    fields.set(key, {
      key,
      type: spec.type,
      label: profileLabel(key, DEFAULT_LOCALE),
      placeholder: null,
      help: null,
      required: true,
      options: [],
      order: index - BASE_KEYS.length,
      source: 'profile',
      defaultLabel: true,
    });
  });
  const sorted = raw.map((field, index) => ({ field, index })).sort((a, b) => (a.field.order ?? 0) - (b.field.order ?? 0) || a.index - b.index);
  for (const { field } of sorted) {
    const key = field.key ?? '';
    if (!KEY_PATTERN.test(key)) continue;
    const base = fields.get(key);
    if (base && !(BASE_KEYS as readonly string[]).includes(key)) continue;
    const label = blank(field.label) ? null : (field.label as string).trim();
    const placeholder = blank(field.placeholder) ? null : (field.placeholder as string).trim();
    const help = blank(field.help) ? null : (field.help as string).trim();
    if (base) {
      // the organizer may reword a base field, not make it optional
      fields.set(key, { ...base, label: label ?? base.label, placeholder, help, defaultLabel: label === null });
      continue;
    }
    if (isProfileKey(key)) {
      const spec = PROFILE_FIELDS[key];
      fields.set(key, {
        key,
        type: spec.type,
        label: label ?? profileLabel(key, DEFAULT_LOCALE),
        placeholder,
        help,
        required: Boolean(field.required),
        options: profileOptions(key, DEFAULT_LOCALE),
        order: field.order ?? 0,
        source: 'profile',
        defaultLabel: label === null,
      });
      continue;
    }
    const type = field.type as FieldType;
    if (!(FIELD_TYPES as readonly string[]).includes(type)) continue;
    fields.set(key, {
      key,
      type,
      label: label ?? key,
      placeholder,
      help,
      required: Boolean(field.required),
      options: isChoiceType(type) ? parseOptions(field.options).map((option) => ({ value: option, label: option })) : [],
      order: field.order ?? 0,
      source: 'event',
      defaultLabel: false,
    });
  }
  return [...fields.values()];
}

/**
 * The form as a reader of `locale` sees it: the platform's labels and the status options in that
 * language. What the organizer wrote stays as written (it comes in the event's own languages).
 */
export function localizeForm(form: readonly FieldDefinition[], locale: Locale): FieldDefinition[] {
  return form.map((field) =>
    field.source === 'profile' && isProfileKey(field.key)
      ? { ...field, label: field.defaultLabel ? profileLabel(field.key, locale) : field.label, options: profileOptions(field.key, locale) }
      : field,
  );
}

export interface IncomingFile {
  name: string;
  size: number;
  /** The file's bytes (the caller enforces the size limit before reading). */
  bytes: Uint8Array;
}

export interface AcceptedFile {
  key: string;
  name: string;
  size: number;
  kind: FileKind;
  mime: string;
  bytes: Uint8Array;
}

export interface ValidationIssue {
  path: string[];
  message: Message;
}

export interface ValidatedAnswers {
  /** Profile fields to save (email excluded: it is the account's identity). */
  profile: Partial<Record<Exclude<ProfileKey, 'email'>, string>>;
  /** The email given in the answers (anonymous registration), normalized. */
  email: string | null;
  /** This registration's answers (event questions; files are added by the caller once stored). */
  answers: Record<string, AnswerValue>;
  files: AcceptedFile[];
}

export interface ValidateOptions {
  form: readonly FieldDefinition[];
  answers: Record<string, unknown>;
  files: Record<string, IncomingFile>;
  /** The signed-in user's profile; null for an anonymous visitor. */
  profile: Profile | null;
  fileRules: { maxBytes: number; allowedKinds: readonly FileKind[] };
}

/** An answer's problem in words, with the field's label. */
function problemMessage(field: FieldDefinition, problem: AnswerProblem): Message {
  const { label, key } = field;
  switch (problem.code) {
    case 'too-long':
      return message('answer.too-long', { label, max: problem.max });
    case 'file-as-part':
      return message('answer.file-as-part', { label, key });
    default:
      return message(`answer.${problem.code}`, { label });
  }
}

/**
 * Validates a submission against the form: unknown keys, types, required answers (a required
 * profile field is satisfied by the profile), markup, files. Returns every problem at once.
 */
export function validateAnswers(options: ValidateOptions): { ok: true; value: ValidatedAnswers } | { ok: false; issues: ValidationIssue[] } {
  const { form, answers, files, profile } = options;
  const issues: ValidationIssue[] = [];
  const byKey = new Map(form.map((field) => [field.key, field]));
  for (const key of Object.keys(answers)) {
    if (!byKey.has(key)) issues.push({ path: ['answers', key], message: message('answer.unknown-field', { key }) });
  }
  for (const key of Object.keys(files)) {
    const field = byKey.get(key);
    if (!field || field.type !== 'file') issues.push({ path: ['files', key], message: message('answer.unknown-file-field', { key }) });
  }

  const out: ValidatedAnswers = { profile: {}, email: null, answers: {}, files: [] };
  for (const field of form) {
    const raw = answers[field.key];
    const { label } = field;
    if (field.type === 'file') {
      if (raw !== undefined) {
        issues.push({ path: ['answers', field.key], message: message('answer.file-as-part', { label, key: field.key }) });
        continue;
      }
      const file = files[field.key];
      if (!file) {
        if (field.required) issues.push({ path: ['answers', field.key], message: message('answer.attach-file', { label }) });
        continue;
      }
      const check = checkFile({ name: file.name, size: file.size, head: file.bytes }, options.fileRules);
      if (!check.ok) {
        issues.push({ path: ['answers', field.key], message: message('answer.file', { label, problem: check.message }) });
        continue;
      }
      out.files.push({ key: field.key, name: file.name.slice(-200), size: file.size, kind: check.kind, mime: check.mime, bytes: file.bytes });
      continue;
    }

    const known = field.source === 'profile' && profile && isProfileKey(field.key) ? profile[field.key] : null;
    if (isBlankAnswer(raw) || (field.type === 'checkbox' && raw === false && field.required)) {
      const satisfied = field.source === 'profile' && !blank(known);
      if (field.required && !satisfied) {
        issues.push({
          path: ['answers', field.key],
          message: field.type === 'checkbox' ? message('answer.check-to-continue', { label }) : message('answer.required', { label }),
        });
      }
      continue;
    }
    const parsed = checkAnswer(field, raw);
    if (!parsed.ok) {
      issues.push({ path: ['answers', field.key], message: problemMessage(field, parsed.problem) });
      continue;
    }
    if (field.key === 'email') {
      const email = String(parsed.value);
      if (profile?.email && profile.email.toLowerCase() !== email) {
        issues.push({ path: ['answers', 'email'], message: message('answer.account-email') });
      } else {
        out.email = email;
      }
    } else if (field.source === 'profile' && isProfileKey(field.key)) {
      out.profile[field.key as Exclude<ProfileKey, 'email'>] = String(parsed.value);
    } else {
      out.answers[field.key] = parsed.value;
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: out };
}

/** Required fields a signed-in user still has to answer (all of them for an anonymous visitor). */
export function missingFields(form: readonly FieldDefinition[], profile: Profile | null): string[] {
  return form
    .filter((field) => {
      if (!field.required) return false;
      if (field.source === 'profile' && profile && isProfileKey(field.key)) return blank(profile[field.key]);
      return true;
    })
    .map((field) => field.key);
}

/**
 * The names of the profile fields `patch` changes in `current` (the `profile.updated` domain event
 * carries these names, never the values). An empty value and no value are the same.
 */
export function changedProfileFields(current: Partial<Record<ProfileKey, string | null>>, patch: Partial<Record<ProfileKey, string | null>>): ProfileKey[] {
  const value = (raw: string | null | undefined) => (raw === undefined || raw === '' ? null : raw);
  return (Object.keys(patch) as ProfileKey[]).filter((key) => patch[key] !== undefined && value(patch[key]) !== value(current[key]));
}
