/**
 * Registration forms: the platform's profile fields plus the questions the organizer added to an
 * event, and the validation of what a visitor sends. Pure (zod only).
 *
 * A question whose key is a profile field (phone, status, organization ...) asks for that profile
 * field: it is answered once, kept in the profile, and not asked again when the profile has it.
 * Email, first and last name are always part of the form.
 */
import { z } from 'zod';
import { checkFile, type FileKind } from './files';

export const FIELD_TYPES = ['text', 'long-text', 'email', 'phone', 'number', 'date', 'single-choice', 'multiple-choice', 'checkbox', 'link', 'file'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const PROFILE_STATUSES = ['applicant', 'student', 'alumnus', 'staff', 'partner', 'other'] as const;
export type ProfileStatus = (typeof PROFILE_STATUSES)[number];
export const PROFILE_STATUS_LABELS: Record<ProfileStatus, string> = {
  applicant: 'Абитуриент',
  student: 'Студент',
  alumnus: 'Выпускник',
  staff: 'Сотрудник',
  partner: 'Партнёр',
  other: 'Другое',
};

export const PROFILE_KEYS = ['email', 'firstName', 'lastName', 'middleName', 'phone', 'status', 'organization', 'position', 'city'] as const;
export type ProfileKey = (typeof PROFILE_KEYS)[number];
/** Profile fields every form has, always required. */
export const BASE_KEYS = ['email', 'firstName', 'lastName'] as const satisfies readonly ProfileKey[];

export type Profile = Record<ProfileKey, string | null>;

interface ProfileFieldSpec {
  type: FieldType;
  label: string;
  maxLength: number;
  options?: Array<{ value: string; label: string }>;
}

export const PROFILE_FIELDS: Record<ProfileKey, ProfileFieldSpec> = {
  email: { type: 'email', label: 'Email', maxLength: 254 },
  firstName: { type: 'text', label: 'Имя', maxLength: 100 },
  lastName: { type: 'text', label: 'Фамилия', maxLength: 100 },
  middleName: { type: 'text', label: 'Отчество', maxLength: 100 },
  phone: { type: 'phone', label: 'Телефон', maxLength: 20 },
  status: {
    type: 'single-choice',
    label: 'Статус',
    maxLength: 20,
    options: PROFILE_STATUSES.map((value) => ({ value, label: PROFILE_STATUS_LABELS[value] })),
  },
  organization: { type: 'text', label: 'Организация / вуз / школа', maxLength: 300 },
  position: { type: 'text', label: 'Должность / курс', maxLength: 200 },
  city: { type: 'text', label: 'Город', maxLength: 100 },
};

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
export function validateFormDefinition(raw: readonly RawField[]): Array<{ path: Array<string | number>; message: string }> {
  const issues: Array<{ path: Array<string | number>; message: string }> = [];
  const keys = new Set<string>();
  raw.forEach((field, index) => {
    const key = field.key ?? '';
    if (!KEY_PATTERN.test(key)) {
      issues.push({ path: [index, 'key'], message: `Ключ «${key}»: латинские буквы, цифры и _, начинается с буквы, до 40 символов` });
    } else if (keys.has(key)) {
      issues.push({ path: [index, 'key'], message: `Ключ «${key}» уже есть в форме` });
    }
    keys.add(key);
    const type = field.type as FieldType;
    if (!(FIELD_TYPES as readonly string[]).includes(type)) {
      issues.push({ path: [index, 'type'], message: `Неизвестный тип поля «${field.type ?? ''}»` });
      return;
    }
    if (isProfileKey(key) && PROFILE_FIELDS[key].type !== type) {
      issues.push({ path: [index, 'type'], message: `Поле профиля «${key}» имеет тип ${PROFILE_FIELDS[key].type}` });
    }
    if (isChoice(type) && !isProfileKey(key)) {
      const options = parseOptions(field.options);
      if (options.length === 0) issues.push({ path: [index, 'options'], message: 'Укажите варианты ответа, по одному в строке' });
      if (options.length > MAX_OPTIONS) issues.push({ path: [index, 'options'], message: `Не больше ${MAX_OPTIONS} вариантов` });
      if (options.some((option) => option.length > 200)) issues.push({ path: [index, 'options'], message: 'Вариант ответа длиннее 200 символов' });
    }
  });
  return issues;
}

const blank = (value: string | null | undefined) => value === null || value === undefined || value.trim() === '';

/** The whole form of an event: base profile fields first, then the organizer's questions in their order. */
export function buildForm(raw: readonly RawField[]): FieldDefinition[] {
  const fields = new Map<string, FieldDefinition>();
  BASE_KEYS.forEach((key, index) => {
    const spec = PROFILE_FIELDS[key];
    fields.set(key, {
      key,
      type: spec.type,
      label: spec.label,
      placeholder: null,
      help: null,
      required: true,
      options: [],
      order: index - BASE_KEYS.length,
      source: 'profile',
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
      fields.set(key, { ...base, label: label ?? base.label, placeholder, help });
      continue;
    }
    if (isProfileKey(key)) {
      const spec = PROFILE_FIELDS[key];
      fields.set(key, {
        key,
        type: spec.type,
        label: label ?? spec.label,
        placeholder,
        help,
        required: Boolean(field.required),
        options: spec.options ?? [],
        order: field.order ?? 0,
        source: 'profile',
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
    });
  }
  return [...fields.values()];
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
  message: string;
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

/** Checks one answer against its field; returns the value to keep or a message. */
function parseValue(field: FieldDefinition, value: unknown): { ok: true; value: AnswerValue } | { ok: false; message: string } {
  const name = `«${field.label}»`;
  const textLimit = field.source === 'profile' && isProfileKey(field.key) ? PROFILE_FIELDS[field.key].maxLength : (TEXT_MAX[field.type] ?? 500);
  const asText = (): { ok: true; value: string } | { ok: false; message: string } => {
    if (typeof value !== 'string') return { ok: false, message: `${name}: ожидается текст` };
    const text = value.trim();
    if (text.length > textLimit) return { ok: false, message: `${name}: не длиннее ${textLimit} символов` };
    if (hasMarkup(text)) return { ok: false, message: `${name}: уберите HTML-разметку и скрипты` };
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
      return parsed.success ? { ok: true, value: text.value.toLowerCase() } : { ok: false, message: `${name}: проверьте адрес почты` };
    }
    case 'phone': {
      const text = asText();
      if (!text.ok) return text;
      const phone = normalizePhone(text.value);
      return phone ? { ok: true, value: phone } : { ok: false, message: `${name}: номер телефона из 7–15 цифр, например +7 900 123-45-67` };
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
        : { ok: false, message: `${name}: ссылка должна начинаться с https://` };
    }
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < 1e15
        ? { ok: true, value }
        : { ok: false, message: `${name}: ожидается число` };
    case 'date':
      return typeof value === 'string' && validDate(value) ? { ok: true, value } : { ok: false, message: `${name}: дата в формате ГГГГ-ММ-ДД` };
    case 'single-choice':
      return typeof value === 'string' && field.options.some((option) => option.value === value)
        ? { ok: true, value }
        : { ok: false, message: `${name}: выберите один из вариантов` };
    case 'multiple-choice': {
      if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) {
        return { ok: false, message: `${name}: ожидается список вариантов` };
      }
      if (new Set(value).size !== value.length || !value.every((item) => field.options.some((option) => option.value === item))) {
        return { ok: false, message: `${name}: выберите варианты из списка, без повторов` };
      }
      return { ok: true, value };
    }
    case 'checkbox':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, message: `${name}: ожидается да или нет` };
    case 'file':
      return { ok: false, message: `${name}: файл отправляется частью files.${field.key} запроса multipart/form-data` };
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
    if (!byKey.has(key)) issues.push({ path: ['answers', key], message: `Поля «${key}» нет в форме этого события` });
  }
  for (const key of Object.keys(files)) {
    const field = byKey.get(key);
    if (!field || field.type !== 'file') issues.push({ path: ['files', key], message: `Поля-файла «${key}» нет в форме этого события` });
  }

  const out: ValidatedAnswers = { profile: {}, email: null, answers: {}, files: [] };
  for (const field of form) {
    const raw = answers[field.key];
    if (field.type === 'file') {
      if (raw !== undefined) {
        issues.push({ path: ['answers', field.key], message: `«${field.label}»: файл отправляется частью files.${field.key} запроса multipart/form-data` });
        continue;
      }
      const file = files[field.key];
      if (!file) {
        if (field.required) issues.push({ path: ['answers', field.key], message: `«${field.label}»: приложите файл` });
        continue;
      }
      const check = checkFile({ name: file.name, size: file.size, head: file.bytes }, options.fileRules);
      if (!check.ok) {
        issues.push({ path: ['answers', field.key], message: `«${field.label}»: ${check.message}` });
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
          message: field.type === 'checkbox' ? `«${field.label}»: отметьте, чтобы продолжить` : `«${field.label}»: обязательное поле`,
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
        issues.push({ path: ['answers', 'email'], message: 'Email аккаунта меняется в личном кабинете, а не в форме регистрации' });
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
