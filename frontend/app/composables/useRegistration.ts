import type { MaybeRefOrGetter } from 'vue';
import type { AnswerValue, CancelResponse, RegisterAnswer, RegisterResponse, RegistrationForm } from 'cms';
import type { FileRules, PickedFile, RegistrationIssue } from '#shared/utils/registration';

/** What the page knows of a failed registration call (the site's API puts the CMS's words in `data`). */
export interface RegistrationFailure {
  status: number;
  message: string;
  reason: string | null;
  details: unknown;
}

/** A failed `$fetch` of the site's registration routes, in one shape. */
export function registrationFailureOf(error: unknown): RegistrationFailure {
  const fetchError = error as { statusCode?: number; status?: number; data?: { data?: Partial<RegistrationFailure> } & Partial<RegistrationFailure> };
  const status = fetchError.statusCode ?? fetchError.status ?? 0;
  // $fetch errors carry the answer's body in `data`, the site's error answer its own `data` inside it
  const data = fetchError.data?.data ?? fetchError.data ?? {};
  return {
    status,
    message: typeof data.message === 'string' ? data.message : '',
    reason: typeof data.reason === 'string' ? data.reason : null,
    details: data.details ?? null,
  };
}

/** The registration form of an event for this visitor (per visitor, never shared). */
export function useRegistrationForm(slug: MaybeRefOrGetter<string>) {
  const { locale } = useI18n();
  const requestFetch = useRequestFetch();
  return useAsyncData(
    () => `registration-form:${toValue(slug)}:${locale.value}`,
    () => requestFetch<RegistrationForm>(`/api/registration/events/${encodeURIComponent(toValue(slug))}/form`, { query: { locale: locale.value } }),
  );
}

export interface Submission {
  answers: Record<string, AnswerValue>;
  files: Record<string, PickedFile>;
  consentVersion: number | null;
}

/**
 * Sends a registration: JSON, or multipart when files are attached (the API's format). Signed in:
 * the registration. Not signed in: `status: 'pending'`, and a code is mailed to the address, which
 * `confirmRegistration` exchanges for the registration.
 */
export async function submitRegistration(slug: string, submission: Submission, locale: string): Promise<RegisterAnswer> {
  const data = {
    answers: submission.answers,
    ...(submission.consentVersion !== null ? { consent: { accepted: true as const, version: submission.consentVersion } } : {}),
  };
  const path = `/api/registration/events/${encodeURIComponent(slug)}/registrations`;
  const files = Object.entries(submission.files);
  const headers = localeHeaders(locale);
  if (files.length === 0) return $fetch<RegisterAnswer>(path, { method: 'POST', body: data, headers });
  const form = new FormData();
  form.append('data', JSON.stringify(data));
  for (const [key, file] of files) form.append(`files.${key}`, file as File, file.name);
  return $fetch<RegisterAnswer>(path, { method: 'POST', body: form, headers });
}

/** Enters the code mailed after an anonymous submission: the registration is made and the visitor signed in. */
export function confirmRegistration(slug: string, email: string, code: string, locale: string): Promise<RegisterResponse> {
  return $fetch<RegisterResponse>(`/api/registration/events/${encodeURIComponent(slug)}/registrations/confirm`, {
    method: 'POST',
    body: { email, code },
    headers: localeHeaders(locale),
  });
}

export function cancelRegistration(slug: string, locale: string): Promise<CancelResponse> {
  return $fetch<CancelResponse>(`/api/registration/events/${encodeURIComponent(slug)}/registrations/me`, { method: 'DELETE', headers: localeHeaders(locale) });
}

const FAILURE_KEYS: Readonly<Record<string, string>> = {
  full: 'full',
  'not-invited': 'notInvited',
  disabled: 'closed',
  'not-yet': 'notYet',
  closed: 'closed',
  ended: 'ended',
  'too-large': 'tooLarge',
};

/**
 * The visitor's words for the form: problems, file rules, closed reasons, refusals. Labels are the
 * API's: the form is asked for in the page's language, so its default labels come in it already.
 */
export function useRegistrationText() {
  const { t, locale } = useI18n();
  const dates = useEventDates();
  const megabytes = (value: number) => new Intl.NumberFormat(locale.value, { maximumFractionDigits: 1 }).format(value);
  const issue = (problem: RegistrationIssue) =>
    t(`registration.issues.${problem.code}`, { max: problem.max ?? 0, size: megabytes(problem.megabytes ?? 0), types: problem.types ?? '' });
  /** The file input's hint: the kinds and size the API takes. */
  const fileHint = (rules: FileRules) => t('registration.form.fileHint', { types: fileTypesText(rules), size: megabytes(fileMegabytes(rules)) });
  /** Why registration is closed, in the visitor's language (the API's sentence is Russian). */
  const closed = (state: RegistrationForm['registration']) => {
    if (locale.value === 'ru' && state.message) return state.message;
    if (state.reason === 'not-yet' && state.opensAt) return t('registration.closedReason.notYetAt', { date: dates.dateTime(state.opensAt, 'Europe/Moscow') });
    return t(`registration.closedReason.${state.reason === 'not-yet' ? 'notYet' : (state.reason ?? 'disabled')}`);
  };
  /** A refusal of the API (full, not invited, closed ...): its own sentence on Russian pages, ours elsewhere. */
  const refusal = (failure: RegistrationFailure) => {
    if (failure.reason === 'session-expired') return t('registration.failure.sessionExpired');
    if (failure.reason === 'unavailable' || failure.status >= 500 || failure.status === 0) return t('registration.failure.unavailable');
    if (locale.value === 'ru' && failure.message) return failure.message;
    const key = failure.reason ? FAILURE_KEYS[failure.reason] : undefined;
    return key ? t(`registration.failure.${key}`) : failure.message || t('registration.failure.unknown');
  };
  return { issue, fileHint, closed, refusal };
}

/**
 * False until the component is live in the browser: its buttons stay disabled until then, so a
 * click before the page has loaded its scripts neither does nothing nor submits the form natively
 * (which would put the answers into the address).
 */
export function useInteractive() {
  const ready = ref(false);
  onMounted(() => {
    ready.value = true;
  });
  return ready;
}
