/**
 * Registration forms: the platform's profile fields plus the questions the organizer added to an
 * event, and the validation of what a visitor sends. Pure (zod only).
 *
 * A question whose key is a profile field (phone, status, organization ...) asks for that profile
 * field: it is answered once, kept in the profile, and not asked again when the profile has it.
 * Email, first and last name are always part of the form.
 */
import { z } from 'zod';
import { message, translate, type Message } from '../i18n/messages';
import { checkFile, type FileKind } from './files';
import { DEFAULT_LOCALE, type Locale } from './locale';

export const FIELD_TYPES = ['text', 'long-text', 'email', 'phone', 'number', 'date', 'single-choice', 'multiple-choice', 'checkbox', 'link', 'file'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const PROFILE_STATUSES = ['applicant', 'student', 'alumnus', 'staff', 'partner', 'other'] as const;
export type ProfileStatus = (typeof PROFILE_STATUSES)[number];

export const PROFILE_KEYS = ['email', 'firstName', 'lastName', 'middleName', 'phone', 'status', 'organization', 'position', 'city'] as const;
export type ProfileKey = (typeof PROFILE_KEYS)[number];
/** Profile fields every form has, always required. */
export const BASE_KEYS = ['email', 'firstName', 'lastName'] as const satisfies readonly ProfileKey[];

export type Profile = Record<ProfileKey, string | null>;

interface ProfileFieldSpec {
  type: FieldType;
  maxLength: number;
  /** Whether the answer is one of PROFILE_STATUSES. */
  statusChoice?: true;
}

export const PROFILE_FIELDS: Record<ProfileKey, ProfileFieldSpec> = {
  email: { type: 'email', maxLength: 254 },
  firstName: { type: 'text', maxLength: 100 },
  lastName: { type: 'text', maxLength: 100 },
  middleName: { type: 'text', maxLength: 100 },
  phone: { type: 'phone', maxLength: 20 },
  status: { type: 'single-choice', maxLength: 20, statusChoice: true },
  organization: { type: 'text', maxLength: 300 },
  position: { type: 'text', maxLength: 200 },
  city: { type: 'text', maxLength: 100 },
};

/** The platform's own label of a profile field (shown when the organizer did not word it). */
export const profileLabel = (key: ProfileKey, locale: Locale): string => translate(locale, `profile.${key}`);

/** The options of a profile field (the statuses), labelled in `locale`. */
export function profileOptions(key: ProfileKey, locale: Locale): Array<{ value: string; label: string }> {
  return PROFILE_FIELDS[key].statusChoice ? PROFILE_STATUSES.map((value) => ({ value, label: translate(locale, `status.${value}`) })) : [];
}

export const isProfileKey = (key: string): key is ProfileKey => (PROFILE_KEYS as readonly string[]).includes(key);

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

export const KEY_PATTERN = /^[a-zA-Z][a-zA-Z0-9_]{0,39}$/;
const TEXT_MAX: Partial<Record<FieldType, number>> = { text: 500, 'long-text': 5000, link: 2000, email: 254 };
const MAX_OPTIONS = 100;

/** Options as the organizer typed them: one per line, blank lines and repeats dropped. */
export function parseOptions(text: string | null | undefined): string[] {
  const seen = new Set<string>();
  for (const line of (text ?? '').split(/\r?\n/)) {
    const option = line.trim();
    if (option) seen.add(option);
  }
  return [...seen];
}

const isChoice = (type: FieldType) => type === 'single-choice' || type === 'multiple-choice';

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
    if (isChoice(type) && !isProfileKey(key)) {
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
      options: isChoice(type) ? parseOptions(field.options).map((option) => ({ value: option, label: option })) : [],
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

/** Markup or script in free text: refused rather than stored and escaped later by every reader. */
export function hasMarkup(text: string): boolean {
  return /<\/?[a-z!?]/i.test(text) || /javascript\s*:/i.test(text) || /data\s*:\s*text\/html/i.test(text);
}

/** `+7 (900) 123-45-67` -> `+79001234567`; null when it is not a phone number. */
export function normalizePhone(raw: string): string | null {
  const compact = raw.replace(/[\s\-().]/g, '');
  if (!/^\+?\d{7,15}$/.test(compact)) return null;
  if (/^8\d{10}$/.test(compact)) return `+7${compact.slice(1)}`;
  return compact.startsWith('+') ? compact : `+${compact}`;
}

function validDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1900 && year <= 2200;
}

export type AnswerValue = string | number | boolean | string[];

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

const isEmpty = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/** Checks one answer against its field; returns the value to keep or what is wrong. */
function parseValue(field: FieldDefinition, value: unknown): { ok: true; value: AnswerValue } | { ok: false; message: Message } {
  const { label } = field;
  const textLimit = field.source === 'profile' && isProfileKey(field.key) ? PROFILE_FIELDS[field.key].maxLength : (TEXT_MAX[field.type] ?? 500);
  const asText = (): { ok: true; value: string } | { ok: false; message: Message } => {
    if (typeof value !== 'string') return { ok: false, message: message('answer.expect-text', { label }) };
    const text = value.trim();
    if (text.length > textLimit) return { ok: false, message: message('answer.too-long', { label, max: textLimit }) };
    if (hasMarkup(text)) return { ok: false, message: message('answer.markup', { label }) };
    return { ok: true, value: text };
  };
  switch (field.type) {
    case 'text':
    case 'long-text':
      return asText();
    case 'email': {
      const text = asText();
      if (!text.ok) return text;
      const parsed = z.email().safeParse(text.value);
      return parsed.success ? { ok: true, value: text.value.toLowerCase() } : { ok: false, message: message('answer.bad-email', { label }) };
    }
    case 'phone': {
      const text = asText();
      if (!text.ok) return text;
      const phone = normalizePhone(text.value);
      return phone ? { ok: true, value: phone } : { ok: false, message: message('answer.bad-phone', { label }) };
    }
    case 'link': {
      const text = asText();
      if (!text.ok) return text;
      let url: URL | null = null;
      try {
        url = new URL(text.value);
      } catch {
        url = null;
      }
      return url && (url.protocol === 'https:' || url.protocol === 'http:')
        ? { ok: true, value: url.toString() }
        : { ok: false, message: message('answer.bad-link', { label }) };
    }
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < 1e15
        ? { ok: true, value }
        : { ok: false, message: message('answer.expect-number', { label }) };
    case 'date':
      return typeof value === 'string' && validDate(value) ? { ok: true, value } : { ok: false, message: message('answer.bad-date', { label }) };
    case 'single-choice':
      return typeof value === 'string' && field.options.some((option) => option.value === value)
        ? { ok: true, value }
        : { ok: false, message: message('answer.choose-one', { label }) };
    case 'multiple-choice': {
      if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) {
        return { ok: false, message: message('answer.expect-list', { label }) };
      }
      if (new Set(value).size !== value.length || !value.every((item) => field.options.some((option) => option.value === item))) {
        return { ok: false, message: message('answer.choose-from-list', { label }) };
      }
      return { ok: true, value };
    }
    case 'checkbox':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, message: message('answer.expect-yes-no', { label }) };
    case 'file':
      return { ok: false, message: message('answer.file-as-part', { label, key: field.key }) };
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
    if (isEmpty(raw) || (field.type === 'checkbox' && raw === false && field.required)) {
      const satisfied = field.source === 'profile' && !blank(known);
      if (field.required && !satisfied) {
        issues.push({
          path: ['answers', field.key],
          message: field.type === 'checkbox' ? message('answer.check-to-continue', { label }) : message('answer.required', { label }),
        });
      }
      continue;
    }
    const parsed = parseValue(field, raw);
    if (!parsed.ok) {
      issues.push({ path: ['answers', field.key], message: parsed.message });
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
