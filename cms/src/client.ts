/**
 * A small typed client of the CMS's public API, used by the site's server routes and by scripts.
 * It never runs in the browser with a token: the site keeps tokens on its server side.
 */
import type { z } from 'zod';
import {
  errorResponseSchema,
  eventDetailSchema,
  eventListResponseSchema,
  listResponse,
  organizationSchema,
  readinessSchema,
  type EventDetail,
  type EventList,
  type Organization,
  type PrivacyLevel,
  type Readiness,
} from './schemas.js';
import {
  cancelResponseSchema,
  meResponseSchema,
  meUpdateResponseSchema,
  myDataExportSchema,
  confirmRegistrationResponseSchema,
  registerAnswerSchema,
  registrationFormSchema,
  signInResponseSchema,
  type Account,
  type CancelResponse,
  type MeResponse,
  type MyDataExport,
  type ProfilePatch,
  type RegisterRequest,
  type ConfirmRegistrationResponse,
  type RegisterAnswer,
  type RegistrationForm,
  type SignInResponse,
} from './registration.js';

export type QueryValue = string | number | boolean | null | undefined | QueryValue[] | { [key: string]: QueryValue };

/** Encodes nested params the way Strapi (qs) reads them: `filters[slug][$eq]=x&populate[0]=cover`. */
export function toStrapiQuery(params: Record<string, QueryValue>): string {
  const parts: string[] = [];
  const walk = (prefix: string, value: QueryValue): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(`${prefix}[${index}]`, item));
    } else if (typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) walk(`${prefix}[${key}]`, inner);
    } else {
      parts.push(`${encodeURIComponent(prefix).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encodeURIComponent(String(value))}`);
    }
  };
  for (const [key, value] of Object.entries(params)) walk(key, value);
  return parts.join('&');
}

export class CmsError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'CmsError';
  }
}

export interface CmsClientOptions {
  /** Strapi's base URL, e.g. http://127.0.0.1:1337 */
  baseUrl: string;
  /** An API token, sent only from server code. */
  token?: string;
  fetch?: typeof fetch;
  /** Abort a request after this many milliseconds (default 10 s). */
  timeoutMs?: number;
}

export interface ListEventsParams {
  page?: number;
  pageSize?: number;
  /** `upcoming` (not yet ended) or `past` (ended), relative to `now`. */
  when?: 'upcoming' | 'past' | 'all';
  now?: Date;
  locale?: string;
  /** Only events with one of these privacy levels (e.g. `['public']` for the poster); all when omitted. */
  privacy?: readonly PrivacyLevel[];
}

const eventListPopulate = { cover: true, tags: true, audiences: true } as const;

export function createCmsClient(options: CmsClientOptions) {
  const doFetch = options.fetch ?? fetch;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');

  async function request<T extends z.ZodType>(path: string, schema: T, params?: Record<string, QueryValue>): Promise<z.infer<T>> {
    const query = params ? toStrapiQuery(params) : '';
    const url = `${baseUrl}${path}${query ? `?${query}` : ''}`;
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const response = await doFetch(url, { headers, signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) });
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const parsed = errorResponseSchema.safeParse(body);
      const message = parsed.success ? parsed.data.error.message : `CMS answered ${response.status}`;
      throw new CmsError(message, response.status, parsed.success ? parsed.data.error.details : undefined);
    }
    const result = schema.safeParse(body);
    if (!result.success) {
      throw new CmsError(`Unexpected CMS response for ${path}: ${result.error.message}`, 502);
    }
    return result.data;
  }

  /**
   * A call of the registration API on behalf of a visitor: `jwt` is the visitor's access token
   * (never the site's API token). Errors come back as CmsError with Strapi's message and details.
   */
  async function call<T extends z.ZodType>(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    schema: T | null,
    init: { jwt?: string; body?: unknown; query?: Record<string, QueryValue> } = {},
  ): Promise<z.infer<T> | null> {
    const query = init.query ? toStrapiQuery(init.query) : '';
    const headers: Record<string, string> = { accept: 'application/json' };
    if (init.jwt) headers.authorization = `Bearer ${init.jwt}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const response = await doFetch(`${baseUrl}${path}${query ? `?${query}` : ''}`, {
      method,
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
    if (!response.ok) {
      const parsed = errorResponseSchema.safeParse(body);
      throw new CmsError(parsed.success ? parsed.data.error.message : `CMS answered ${response.status}`, response.status, parsed.success ? parsed.data.error.details : undefined);
    }
    if (!schema) return null;
    const result = schema.safeParse(body);
    if (!result.success) throw new CmsError(`Unexpected CMS response for ${path}: ${result.error.message}`, 502);
    return result.data;
  }

  const slugPath = (slug: string) => `/api/registration/events/${encodeURIComponent(slug)}`;
  const required = <T>(value: T | null): T => {
    if (value === null) throw new CmsError('Empty CMS response', 502);
    return value;
  };

  return {
    /** Mails a one-time sign-in code (answers the same whether or not the address has an account). */
    async requestSignInCode(email: string): Promise<void> {
      await call('POST', '/api/registration/auth/email-code', null, { body: { email } });
    },

    /** Exchanges the code for an access token and a refresh token. */
    async verifySignInCode(email: string, code: string): Promise<SignInResponse> {
      return required(await call('POST', '/api/registration/auth/verify', signInResponseSchema, { body: { email, code } }));
    },

    /** The registration form of an event, with the visitor's registration and missing fields when `jwt` is given. */
    async getRegistrationForm(slug: string, jwt?: string, locale?: string): Promise<RegistrationForm> {
      return required(await call('GET', `${slugPath(slug)}/form`, registrationFormSchema, { jwt, query: { locale } }));
    },

    /**
     * Registers (JSON answers; files need multipart, sent by the caller). Signed in: 201 created or
     * 200 existing. Anonymous: 202 pending, and a code is mailed; then `confirmRegistration`.
     */
    async register(slug: string, body: RegisterRequest, jwt?: string): Promise<RegisterAnswer> {
      return required(await call('POST', `${slugPath(slug)}/registrations`, registerAnswerSchema, { jwt, body }));
    },

    /** Makes an anonymous submission's registration with the code mailed to the address; also signs in. */
    async confirmRegistration(slug: string, email: string, code: string): Promise<ConfirmRegistrationResponse> {
      return required(await call('POST', `${slugPath(slug)}/registrations/confirm`, confirmRegistrationResponseSchema, { body: { email, code } }));
    },

    async cancelRegistration(slug: string, jwt: string): Promise<CancelResponse> {
      return required(await call('DELETE', `${slugPath(slug)}/registrations/me`, cancelResponseSchema, { jwt }));
    },

    async getMe(jwt: string): Promise<MeResponse> {
      return required(await call('GET', '/api/registration/me', meResponseSchema, { jwt }));
    },

    async updateMe(jwt: string, patch: ProfilePatch): Promise<Account> {
      return required(await call('PATCH', '/api/registration/me', meUpdateResponseSchema, { jwt, body: patch })).user;
    },

    async exportMe(jwt: string): Promise<MyDataExport> {
      return required(await call('GET', '/api/registration/me/export', myDataExportSchema, { jwt }));
    },

    /** Deletes the account (personal data erased, registrations kept anonymized). */
    async deleteMe(jwt: string): Promise<void> {
      await call('DELETE', '/api/registration/me', null, { jwt });
    },

    /** Published events, soonest first (upcoming) or latest first (past). */
    async listEvents(params: ListEventsParams = {}): Promise<EventList> {
      const now = (params.now ?? new Date()).toISOString();
      const when = params.when ?? 'upcoming';
      const filters: Record<string, QueryValue> =
        when === 'upcoming' ? { endsAt: { $gte: now } } : when === 'past' ? { endsAt: { $lt: now } } : {};
      if (params.privacy) filters.privacy = { $in: [...params.privacy] };
      return request('/api/events', eventListResponseSchema, {
        filters,
        sort: [when === 'past' ? 'startsAt:desc' : 'startsAt:asc'],
        populate: eventListPopulate,
        pagination: { page: params.page ?? 1, pageSize: params.pageSize ?? 12 },
        locale: params.locale,
      });
    },

    /** One published event by its slug, or null when there is none. */
    async getEventBySlug(slug: string): Promise<EventDetail | null> {
      const list = await request('/api/events', listResponse(eventDetailSchema), {
        filters: { slug: { $eq: slug } },
        populate: { ...eventListPopulate, organization: { populate: { logo: true } } },
        pagination: { page: 1, pageSize: 1 },
      });
      return list.data[0] ?? null;
    },

    /** The space's organization (the first one), with branding. */
    async getOrganization(): Promise<Organization | null> {
      const list = await request('/api/organizations', listResponse(organizationSchema), {
        populate: { logo: true },
        sort: ['id:asc'],
        pagination: { page: 1, pageSize: 1 },
      });
      return list.data[0] ?? null;
    },

    async ready(): Promise<Readiness> {
      const response = await doFetch(`${baseUrl}/api/platform/ready`, { signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) });
      return readinessSchema.parse(await response.json());
    },
  };
}

export type CmsClient = ReturnType<typeof createCmsClient>;
