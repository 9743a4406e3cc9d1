/**
 * Calls of the registration API (`/api/registration/...`) on behalf of the visitor: their JWT from
 * the session cookie (when signed in), answers parsed with the CMS contract, and errors handed to the
 * page with what it needs to show them: the API's message, its reason (`full`, `expired` ...) and
 * the fields it names.
 */
import type { H3Event } from 'h3';
import type { z } from 'zod';
import { errorResponseSchema } from 'cms';

/** What a failed registration call tells the page (`data` of the site's error answer). */
export interface RegistrationErrorData {
  message: string;
  reason: string | null;
  /** The API's field errors, `{errors: [{path, message}]}`, when it named fields. */
  details: unknown;
}

export interface RegistrationCall {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string>;
  /** JSON body, or a multipart form (registration with files). */
  body?: unknown;
  form?: FormData;
  /** Call anonymously even when the visitor is signed in. */
  anonymous?: boolean;
}

export interface RegistrationAnswer<T> {
  status: number;
  data: T;
}

const reasonOf = (details: unknown): string | null =>
  typeof details === 'object' && details !== null && typeof (details as { reason?: unknown }).reason === 'string' ? (details as { reason: string }).reason : null;

/** The site's error answer for a failed call: the API's 4xx as is, anything else a 503 (the CMS is unreachable or broken). */
export function registrationError(status: number, data: RegistrationErrorData): Error {
  if (status >= 400 && status < 500) return createError({ statusCode: status, statusMessage: data.reason ?? 'Registration error', message: data.message, data });
  return createError({ statusCode: 503, statusMessage: 'Service Unavailable', data: { message: '', reason: 'unavailable', details: null } satisfies RegistrationErrorData });
}

/** A problem of a request the site checked before calling the API: where (the path of the field) and what. */
export interface RequestProblem {
  path: string[];
  message: string;
}

/** The 400 the API answers to an invalid request, made by the site: each problem with its path, their messages joined. */
export function invalidRequest(errors: RequestProblem[]): Error {
  return createError({
    statusCode: 400,
    statusMessage: 'Bad Request',
    data: { message: errors.map((issue) => issue.message).join('; '), reason: 'invalid', details: { errors } } satisfies RegistrationErrorData,
  });
}

/** The request's JSON body as `schema` reads it (no body: `{}`), or the 400 naming each problem. */
export async function readCheckedBody<T extends z.ZodType>(event: H3Event, schema: T): Promise<z.infer<T>> {
  const parsed = schema.safeParse((await readBody(event)) ?? {});
  if (!parsed.success) throw invalidRequest(parsed.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message })));
  return parsed.data;
}

/**
 * One call of the registration API. A signed-in visitor's call carries their JWT; a JWT the API
 * refuses (expired, revoked, the account deleted) signs the visitor out on the site and is a 401
 * with the reason `session-expired`.
 */
export async function registrationRequest<T extends z.ZodType>(event: H3Event, call: RegistrationCall, schema: T | null): Promise<RegistrationAnswer<z.infer<T> | null>> {
  const config = useRuntimeConfig(event);
  const query = call.query ? new URLSearchParams(call.query).toString() : '';
  const url = `${config.strapiUrl.replace(/\/+$/, '')}${call.path}${query ? `?${query}` : ''}`;
  // the visitor's address signed for Strapi's per-address limits and consent records, their agent and language
  const headers: Record<string, string> = { ...(await visitorHeaders(event)), accept: 'application/json' };
  const jwt = call.anonymous ? undefined : viewerToken(event);
  if (jwt) headers.authorization = `Bearer ${jwt}`;
  if (call.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, {
      method: call.method ?? 'GET',
      headers,
      body: call.form ?? (call.body === undefined ? undefined : JSON.stringify(call.body)),
      signal: AbortSignal.timeout(call.form ? 30_000 : 8_000),
    });
  } catch (error) {
    console.error(`[site] registration API ${call.path}: ${error instanceof Error ? error.message : String(error)}`);
    throw registrationError(503, { message: '', reason: 'unavailable', details: null });
  }
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = errorResponseSchema.safeParse(body);
    const details = parsed.success ? parsed.data.error.details : undefined;
    let reason = reasonOf(details);
    if (response.status === 401 && jwt) {
      clearViewerSession(event);
      reason = 'session-expired';
    }
    if (response.status >= 500) console.error(`[site] registration API ${call.path} answered ${response.status}`);
    throw registrationError(response.status, { message: parsed.success ? parsed.data.error.message : '', reason, details: details ?? null });
  }
  if (!schema) return { status: response.status, data: null };
  const result = schema.safeParse(body);
  if (!result.success) {
    console.error(`[site] registration API ${call.path}: the answer does not match the contract: ${result.error.message.slice(0, 500)}`);
    throw registrationError(502, { message: '', reason: 'unavailable', details: null });
  }
  return { status: response.status, data: result.data };
}

/** The answer of a call that must return a body. */
export async function registrationData<T extends z.ZodType>(event: H3Event, call: RegistrationCall, schema: T): Promise<z.infer<T>> {
  const answer = await registrationRequest(event, call, schema);
  if (answer.data === null) throw registrationError(502, { message: '', reason: 'unavailable', details: null });
  return answer.data;
}

/** Cabinet routes: a signed-out visitor gets a 401 before anything is asked of the CMS. */
export function requireViewer(event: H3Event): void {
  markPrivate(event);
  if (!isSignedIn(event)) {
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized', data: { message: '', reason: 'signed-out', details: null } satisfies RegistrationErrorData });
  }
}

/** `/api/registration/events/<slug>` of the CMS. */
export const registrationEventPath = (slug: string): string => `/api/registration/events/${encodeURIComponent(slug)}`;
