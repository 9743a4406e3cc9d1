/**
 * The attendee side of registration, pure (no Nuxt, no fetch): which fields a visitor is asked,
 * how what they typed becomes the API's answers (checked with the same rules the registration API
 * applies, so most mistakes are named before anything is sent), how the API's field errors map back
 * onto the form, and how "my registrations" are grouped in the cabinet.
 */
import { z } from 'zod';
import type { AnswerValue, FormField, ProfileStatus, Registration, RegistrationForm } from 'cms';
import type { MediaFile } from '../schemas/content';

/** A file picked in the form (the browser's File fits). */
export interface PickedFile {
  name: string;
  size: number;
}

/** What one form control holds: text inputs a string, multiple choice a list, a checkbox a boolean, a file input a file. */
export type RegistrationInput = string | boolean | string[] | PickedFile | null;
export type RegistrationValues = Record<string, RegistrationInput>;

export type RegistrationIssueCode = 'required' | 'checkRequired' | 'fileRequired' | 'fileTooLarge' | 'fileType' | 'email' | 'phone' | 'link' | 'number' | 'date' | 'choice' | 'tooLong' | 'markup' | 'consent';

/** A problem of one field, named by code (the page words it in the visitor's language). */
export interface RegistrationIssue {
  code: RegistrationIssueCode;
  max?: number;
  /** fileTooLarge: the limit as the visitor reads it ("5 МБ" is the page's job: megabytes here). */
  megabytes?: number;
  /** fileType: the accepted kinds, e.g. "PDF, PNG, JPG". */
  types?: string;
}

/** What the API accepts as a file answer (the form tells it: size limit and kinds). */
export type FileRules = RegistrationForm['files'];

/** The accepted kinds as the visitor reads them: "PDF, PNG, JPG, DOCX". */
export const fileTypesText = (rules: FileRules): string => rules.types.map((type) => (type.extensions[0] ?? type.kind).toUpperCase()).join(', ');

/** The size limit in megabytes, rounded down to a tenth (at least 0.1). */
export const fileMegabytes = (rules: FileRules): number => Math.max(0.1, Math.floor((rules.maxBytes / (1024 * 1024)) * 10) / 10);

/** The file input's `accept`: every name extension and media type the API takes. */
export const fileAccept = (rules: FileRules): string =>
  [...rules.types.flatMap((type) => type.extensions.map((extension) => `.${extension}`)), ...rules.types.map((type) => type.mime)].join(',');

/** A picked file against the rules: too large, or a name the accepted kinds do not have (the API also checks the content). */
function checkPickedFile(file: PickedFile, rules: FileRules): RegistrationIssue | null {
  if (file.size > rules.maxBytes) return { code: 'fileTooLarge', megabytes: fileMegabytes(rules) };
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  const known = rules.types.some((type) => extension !== undefined && type.extensions.includes(extension));
  return known ? null : { code: 'fileType', types: fileTypesText(rules) };
}

/** The key under which the consent checkbox's problems are reported. */
export const CONSENT_KEY = '$consent';
/** Problems of the request that name no field of the form. */
export const FORM_KEY = '$form';

export const PROFILE_STATUS_VALUES: readonly ProfileStatus[] = ['applicant', 'student', 'alumnus', 'staff', 'partner', 'other'];

// The registration API's limits (src/plugins/registration/server/src/domain/form.ts).
const TEXT_MAX: Partial<Record<FormField['type'], number>> = { text: 500, 'long-text': 5000, link: 2000, email: 254 };
const PROFILE_MAX: Readonly<Record<string, number>> = {
  email: 254,
  firstName: 100,
  lastName: 100,
  middleName: 100,
  phone: 20,
  status: 20,
  organization: 300,
  position: 200,
  city: 100,
};

export function textLimitOf(field: Pick<FormField, 'key' | 'type' | 'source'>): number {
  return (field.source === 'profile' ? PROFILE_MAX[field.key] : undefined) ?? TEXT_MAX[field.type] ?? 500;
}

/** Markup or script in free text: the API refuses it rather than storing it. */
export function hasMarkup(text: string): boolean {
  return /<\/?[a-z!?]/i.test(text) || /javascript\s*:/i.test(text) || /data\s*:\s*text\/html/i.test(text);
}

/** `+7 (900) 123-45-67` -> `+79001234567`; null when it is not a phone number (the API's rule). */
export function normalizePhone(raw: string): string | null {
  const compact = raw.replace(/[\s\-().]/g, '');
  if (!/^\+?\d{7,15}$/.test(compact)) return null;
  if (/^8\d{10}$/.test(compact)) return `+7${compact.slice(1)}`;
  return compact.startsWith('+') ? compact : `+${compact}`;
}

function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1900 && year <= 2200;
}

const emailFormat = z.email();

function isHttpLink(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * The fields a visitor fills: every field for an anonymous visitor (the account is made from the
 * answers), only the required ones their profile lacks for a signed-in one ("Хочу пойти").
 */
export function fieldsToAsk(form: Pick<RegistrationForm, 'fields' | 'missing'>, signedIn: boolean): FormField[] {
  if (!signedIn) return form.fields;
  const missing = new Set(form.missing);
  return form.fields.filter((field) => missing.has(field.key));
}

/** Whether the visitor must tick the consent box: there is a consent text they have not accepted yet. */
export function consentNeeded(form: Pick<RegistrationForm, 'consent'>): boolean {
  return form.consent !== null && !form.consent.accepted;
}

/** A signed-in visitor registers with one click when nothing is missing and the consent is given. */
export function isOneClick(form: Pick<RegistrationForm, 'missing' | 'consent'>): boolean {
  return form.missing.length === 0 && !consentNeeded(form);
}

export function emptyValues(fields: readonly FormField[]): RegistrationValues {
  return Object.fromEntries(
    fields.map((field): [string, RegistrationInput] => {
      if (field.type === 'multiple-choice') return [field.key, []];
      if (field.type === 'checkbox') return [field.key, false];
      if (field.type === 'file') return [field.key, null];
      return [field.key, ''];
    }),
  );
}

const isFile = (value: RegistrationInput): value is PickedFile => typeof value === 'object' && value !== null && !Array.isArray(value);

type Checked = { ok: true; value: AnswerValue | null } | { ok: false; issue: RegistrationIssue };

/** One field's input against the API's rules: the answer to send (null: nothing to send), or the problem. */
function checkField(field: FormField, input: RegistrationInput | undefined, rules: FileRules): Checked {
  const missing = (code: RegistrationIssueCode = 'required'): Checked => (field.required ? { ok: false, issue: { code } } : { ok: true, value: null });
  switch (field.type) {
    case 'checkbox':
      if (input !== true) return missing('checkRequired');
      return { ok: true, value: true };
    case 'multiple-choice': {
      const list = Array.isArray(input) ? input : [];
      if (list.length === 0) return missing('choice');
      const allowed = new Set(field.options.map((option) => option.value));
      return list.every((item) => allowed.has(item)) && new Set(list).size === list.length ? { ok: true, value: [...list] } : { ok: false, issue: { code: 'choice' } };
    }
    case 'file':
      // files travel as multipart parts, never inside the answers
      if (!input || !isFile(input)) return missing('fileRequired');
      {
        const problem = checkPickedFile(input, rules);
        return problem ? { ok: false, issue: problem } : { ok: true, value: null };
      }
    default:
      break;
  }
  const text = typeof input === 'string' ? input.trim() : '';
  if (text === '') return missing(field.type === 'single-choice' ? 'choice' : 'required');
  switch (field.type) {
    case 'number': {
      const value = Number(text.replace(',', '.'));
      return Number.isFinite(value) && Math.abs(value) < 1e15 ? { ok: true, value } : { ok: false, issue: { code: 'number' } };
    }
    case 'date':
      return isIsoDate(text) ? { ok: true, value: text } : { ok: false, issue: { code: 'date' } };
    case 'single-choice':
      return field.options.some((option) => option.value === text) ? { ok: true, value: text } : { ok: false, issue: { code: 'choice' } };
    default:
      break;
  }
  const max = textLimitOf(field);
  if (text.length > max) return { ok: false, issue: { code: 'tooLong', max } };
  if (hasMarkup(text)) return { ok: false, issue: { code: 'markup' } };
  if (field.type === 'email') return emailFormat.safeParse(text).success ? { ok: true, value: text.toLowerCase() } : { ok: false, issue: { code: 'email' } };
  if (field.type === 'phone') return normalizePhone(text) ? { ok: true, value: text } : { ok: false, issue: { code: 'phone' } };
  if (field.type === 'link') return isHttpLink(text) ? { ok: true, value: text } : { ok: false, issue: { code: 'link' } };
  return { ok: true, value: text };
}

export type CheckedSubmission =
  | { ok: true; answers: Record<string, AnswerValue>; files: Record<string, PickedFile> }
  | { ok: false; issues: Record<string, RegistrationIssue> };

/**
 * Checks what the visitor typed into `fields` (and the consent box when it must be ticked) and turns
 * it into the request's answers: numbers as numbers, a ticked box as true, empty optional fields left out.
 */
export function checkSubmission(
  fields: readonly FormField[],
  values: RegistrationValues,
  consent: { needed: boolean; accepted: boolean },
  rules: FileRules,
): CheckedSubmission {
  const issues: Record<string, RegistrationIssue> = {};
  const answers: Record<string, AnswerValue> = {};
  const files: Record<string, PickedFile> = {};
  for (const field of fields) {
    const input = values[field.key];
    const checked = checkField(field, input, rules);
    if (!checked.ok) {
      issues[field.key] = checked.issue;
      continue;
    }
    if (field.type === 'file' && input && isFile(input)) files[field.key] = input;
    else if (checked.value !== null) answers[field.key] = checked.value;
  }
  if (consent.needed && !consent.accepted) issues[CONSENT_KEY] = { code: 'consent' };
  return Object.keys(issues).length > 0 ? { ok: false, issues } : { ok: true, answers, files };
}

/** `error.details` of a 400 from the API (`{errors: [{path, message}]}`), in any shape it may arrive. */
const detailsSchema = z.object({ errors: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })) });

/**
 * The API's field errors by the form's keys: `answers.<key>` and `files.<key>` belong to that field,
 * `consent...` to the consent box, anything else (an unknown field, the ref code) to the whole form.
 */
export function apiFieldErrors(details: unknown, known: ReadonlySet<string>): Record<string, string> {
  const parsed = detailsSchema.safeParse(details);
  if (!parsed.success) return {};
  const out: Record<string, string> = {};
  const add = (key: string, message: string) => {
    out[key] = out[key] ? `${out[key]} ${message}` : message;
  };
  for (const issue of parsed.data.errors) {
    const [head, second] = issue.path.map(String);
    if ((head === 'answers' || head === 'files') && second && known.has(second)) add(second, issue.message);
    else if (head === 'consent') add(CONSENT_KEY, issue.message);
    else if (head && known.has(head)) add(head, issue.message);
    else add(FORM_KEY, issue.message);
  }
  return out;
}

// ---- the cabinet -------------------------------------------------------------------------------

const time = (iso: string | null | undefined): number | null => {
  if (!iso) return null;
  const value = Date.parse(iso);
  return Number.isNaN(value) ? null : value;
};

/** When an event is over (its end, else its start); null when the API does not say. */
export function eventOverAt(registration: Pick<Registration, 'event'>): number | null {
  return time(registration.event?.endsAt) ?? time(registration.event?.startsAt);
}

export interface GroupedRegistrations {
  /** Active registrations of events not over yet, soonest first. */
  upcoming: Registration[];
  /** Registrations of events that are over, latest first (a waitlist place that never turned into a seat included). */
  past: Registration[];
  /** Cancelled registrations, latest cancellation first. */
  cancelled: Registration[];
}

/** The visitor's registrations as the cabinet lists them, relative to `now`. */
export function groupRegistrations(list: readonly Registration[], now: number): GroupedRegistrations {
  const upcoming: Registration[] = [];
  const past: Registration[] = [];
  const cancelled: Registration[] = [];
  for (const registration of list) {
    if (registration.status === 'cancelled') {
      cancelled.push(registration);
      continue;
    }
    const over = eventOverAt(registration);
    if (over !== null && over <= now) past.push(registration);
    else upcoming.push(registration);
  }
  const start = (registration: Registration) => time(registration.event?.startsAt) ?? Number.MAX_SAFE_INTEGER;
  upcoming.sort((a, b) => start(a) - start(b));
  past.sort((a, b) => start(b) - start(a));
  cancelled.sort((a, b) => (time(b.cancelledAt) ?? 0) - (time(a.cancelledAt) ?? 0));
  return { upcoming, past, cancelled };
}

/** A registration may be cancelled until its event ends (the API's rule). */
export function isCancellable(registration: Pick<Registration, 'status' | 'event'>, now: number): boolean {
  if (registration.status === 'cancelled') return false;
  const end = time(registration.event?.endsAt);
  return end === null || now < end;
}

/** A session with a recording or files, of a past event the visitor held a seat at. */
export interface CabinetMaterialSession {
  documentId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  /** The organizer publishes a recording (the session page says when and plays it). */
  recording: boolean;
  recordingAvailableAt: string | null;
  materials: MediaFile[];
}

/** Recordings and materials for the cabinet, by event (newest event first). */
export interface CabinetMaterials {
  events: Array<{ slug: string; title: string; timezone: string; sessions: CabinetMaterialSession[] }>;
}

/** What deleting the account did, for the page that confirms it. */
export interface AccountDeletion {
  /** Registrations kept, without the person, for statistics. */
  anonymized: number;
  /** Of them, registrations for events not over yet: cancelled, their seats freed. */
  cancelled: number;
}
