/**
 * The attendee side of registration, pure (no Nuxt, no fetch): which fields a visitor is asked,
 * how what they typed becomes the API's answers (checked with the registration API's own rules,
 * `cms/src/registration-form.ts`, so most mistakes are named before anything is sent), how the API's field errors map back
 * onto the form, and how "my registrations" are grouped in the cabinet.
 */
import { z } from 'zod';
import { checkAnswer, type AnswerProblem, type AnswerValue, type FormField, type MediaFile, type Registration, type RegisterAnswer, type RegisterPendingResponse, type RegistrationForm } from 'cms';

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

/** The contract's problem of an answer (`cms/src/registration-form.ts`) as the form names it. */
function issueOf(problem: AnswerProblem): RegistrationIssue {
  switch (problem.code) {
    case 'too-long':
      return { code: 'tooLong', max: problem.max };
    case 'markup':
      return { code: 'markup' };
    case 'bad-email':
      return { code: 'email' };
    case 'bad-phone':
      return { code: 'phone' };
    case 'bad-link':
      return { code: 'link' };
    case 'expect-number':
      return { code: 'number' };
    case 'bad-date':
      return { code: 'date' };
    case 'choose-one':
    case 'expect-list':
    case 'choose-from-list':
      return { code: 'choice' };
    case 'expect-yes-no':
      return { code: 'checkRequired' };
    case 'expect-text':
    case 'file-as-part':
      return { code: 'required' };
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
  const checked = (value: unknown): Checked => {
    const result = checkAnswer(field, value);
    return result.ok ? result : { ok: false, issue: issueOf(result.problem) };
  };
  switch (field.type) {
    case 'checkbox':
      return input === true ? { ok: true, value: true } : missing('checkRequired');
    case 'multiple-choice': {
      const list = Array.isArray(input) ? input : [];
      return list.length === 0 ? missing('choice') : checked(list);
    }
    case 'file': {
      // files travel as multipart parts, never inside the answers
      if (!input || !isFile(input)) return missing('fileRequired');
      const problem = checkPickedFile(input, rules);
      return problem ? { ok: false, issue: problem } : { ok: true, value: null };
    }
    default:
      break;
  }
  const text = typeof input === 'string' ? input.trim() : '';
  if (text === '') return missing(field.type === 'single-choice' ? 'choice' : 'required');
  // a number is typed as text, with a comma or a point
  return checked(field.type === 'number' ? Number(text.replace(',', '.')) : text);
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
    // a rejected registration is no more a place at the event than a cancelled one
    if (registration.status === 'cancelled' || registration.status === 'rejected') {
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
  if (registration.status === 'cancelled' || registration.status === 'rejected') return false;
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

/**
 * Whether a registration answer is the anonymous submission's (a code was mailed to the address: it carries
 * the `email`), not a registration: a registration awaiting the organizers' approval is `pending` too.
 */
export function isCodeMailed(answer: RegisterAnswer): answer is RegisterPendingResponse {
  return 'email' in answer;
}
