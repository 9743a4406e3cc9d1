/**
 * The rules of a registration form's answers, one copy for the registration API (which enforces them,
 * `src/plugins/registration/server/src/domain/form.ts`) and the site (which names mistakes before
 * anything is sent, `frontend/shared/utils/registration.ts`): field types, profile fields and their
 * limits, and the check of one answer. Pure (zod only); problems are codes, each side words them.
 */
import { z } from 'zod';
import type { AnswerValue } from './registration.js';

export const FIELD_TYPES = ['text', 'long-text', 'email', 'phone', 'number', 'date', 'single-choice', 'multiple-choice', 'checkbox', 'link', 'file'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const PROFILE_STATUSES = ['applicant', 'student', 'alumnus', 'staff', 'partner', 'other'] as const;
export type ProfileStatus = (typeof PROFILE_STATUSES)[number];

/** The fields of a person's profile (the account): a form question with one of these keys asks for it. */
export const PROFILE_KEYS = ['email', 'firstName', 'lastName', 'middleName', 'phone', 'status', 'organization', 'position', 'city'] as const;
export type ProfileKey = (typeof PROFILE_KEYS)[number];
/** Profile fields every form has, always required. */
export const BASE_KEYS = ['email', 'firstName', 'lastName'] as const satisfies readonly ProfileKey[];

export interface ProfileFieldSpec {
  type: FieldType;
  maxLength: number;
  /** Whether the answer is one of PROFILE_STATUSES. */
  statusChoice?: true;
}

export const PROFILE_FIELDS: Readonly<Record<ProfileKey, ProfileFieldSpec>> = {
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

export const isProfileKey = (key: string): key is ProfileKey => (PROFILE_KEYS as readonly string[]).includes(key);
export const isFieldType = (type: string): type is FieldType => (FIELD_TYPES as readonly string[]).includes(type);
export const isChoiceType = (type: FieldType): boolean => type === 'single-choice' || type === 'multiple-choice';

/** The key of a question: a letter, then letters, digits and underscores, at most 40 characters. */
export const KEY_PATTERN = /^[a-zA-Z][a-zA-Z0-9_]{0,39}$/;

/** The longest text answer of an event question, by type (500 for any other type). */
const TEXT_MAX: Partial<Record<FieldType, number>> = { text: 500, 'long-text': 5000, link: 2000, email: 254 };

/** What the answer check needs to know of a field. */
export interface AnswerField {
  key: string;
  type: FieldType;
  source: 'profile' | 'event';
  options: ReadonlyArray<{ value: string }>;
}

/** The longest text a field takes: a profile field its own limit, a question by its type. */
export function textLimitOf(field: Pick<AnswerField, 'key' | 'type' | 'source'>): number {
  return field.source === 'profile' && isProfileKey(field.key) ? PROFILE_FIELDS[field.key].maxLength : (TEXT_MAX[field.type] ?? 500);
}

/** Options as the organizer typed them: one per line, blank lines and repeats dropped. */
export function parseOptions(text: string | null | undefined): string[] {
  const seen = new Set<string>();
  for (const line of (text ?? '').split(/\r?\n/)) {
    const option = line.trim();
    if (option) seen.add(option);
  }
  return [...seen];
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

/** A calendar date `YYYY-MM-DD` that exists, between 1900 and 2200. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1900 && year <= 2200;
}

/** An http(s) address, written out in full; null for anything else. */
export function normalizeWebLink(text: string): string | null {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

const emailFormat = z.email();

/** Nothing given: absent, blank text or an empty list. */
export const isBlankAnswer = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/** What is wrong with one answer (the API words it with the field's label, the site by code). */
export type AnswerProblem =
  | { code: 'too-long'; max: number }
  | {
      code:
        | 'expect-text'
        | 'markup'
        | 'bad-email'
        | 'bad-phone'
        | 'bad-link'
        | 'expect-number'
        | 'bad-date'
        | 'choose-one'
        | 'expect-list'
        | 'choose-from-list'
        | 'expect-yes-no'
        | 'file-as-part';
    };

export type AnswerCheck = { ok: true; value: AnswerValue } | { ok: false; problem: AnswerProblem };

function checkText(field: AnswerField, value: unknown): { ok: true; value: string } | { ok: false; problem: AnswerProblem } {
  if (typeof value !== 'string') return { ok: false, problem: { code: 'expect-text' } };
  const text = value.trim();
  const max = textLimitOf(field);
  if (text.length > max) return { ok: false, problem: { code: 'too-long', max } };
  if (hasMarkup(text)) return { ok: false, problem: { code: 'markup' } };
  return { ok: true, value: text };
}

/**
 * One given answer (not blank: required answers are the caller's) against its field, as the API
 * receives it (numbers as numbers, a list for multiple choice, a boolean for a checkbox): the value to
 * keep (trimmed, an email in lower case, a phone number and a link normalized) or the problem.
 * File answers never come here: they travel as multipart parts.
 */
export function checkAnswer(field: AnswerField, value: unknown): AnswerCheck {
  const fail = (problem: AnswerProblem): AnswerCheck => ({ ok: false, problem });
  switch (field.type) {
    case 'text':
    case 'long-text':
      return checkText(field, value);
    case 'email': {
      const text = checkText(field, value);
      if (!text.ok) return text;
      return emailFormat.safeParse(text.value).success ? { ok: true, value: text.value.toLowerCase() } : fail({ code: 'bad-email' });
    }
    case 'phone': {
      const text = checkText(field, value);
      if (!text.ok) return text;
      const phone = normalizePhone(text.value);
      return phone ? { ok: true, value: phone } : fail({ code: 'bad-phone' });
    }
    case 'link': {
      const text = checkText(field, value);
      if (!text.ok) return text;
      const link = normalizeWebLink(text.value);
      return link ? { ok: true, value: link } : fail({ code: 'bad-link' });
    }
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < 1e15 ? { ok: true, value } : fail({ code: 'expect-number' });
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? { ok: true, value } : fail({ code: 'bad-date' });
    case 'single-choice':
      return typeof value === 'string' && field.options.some((option) => option.value === value) ? { ok: true, value } : fail({ code: 'choose-one' });
    case 'multiple-choice': {
      if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) return fail({ code: 'expect-list' });
      const known = value.every((item) => field.options.some((option) => option.value === item));
      return known && new Set(value).size === value.length ? { ok: true, value } : fail({ code: 'choose-from-list' });
    }
    case 'checkbox':
      return typeof value === 'boolean' ? { ok: true, value } : fail({ code: 'expect-yes-no' });
    case 'file':
      return fail({ code: 'file-as-part' });
  }
}
