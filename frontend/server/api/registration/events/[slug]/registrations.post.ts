import { registerAnswerSchema, registerRequestSchema, utmSchema, type RegisterAnswer } from 'cms';
import type { H3Event } from 'h3';

/** What the page sends: the answers and the consent (the partner link and UTM tags come from the visitor's cookie). */
const submissionSchema = registerRequestSchema.omit({ ref: true, utm: true });
const refSchema = registerRequestSchema.shape.ref;
const FILE_PART = /^files\.([A-Za-z][A-Za-z0-9_]{0,39})$/;
/** Whole multipart request at most (the API checks each file against its own limit). */
const MAX_REQUEST_BYTES = 25 * 1024 * 1024;

interface Upload {
  key: string;
  name: string;
  type: string;
  data: Buffer;
}

/** The submission as JSON, or as multipart with the JSON in `data` and each file in `files.<key>` (the API's own format). */
async function readSubmission(event: H3Event): Promise<{ raw: unknown; uploads: Upload[] }> {
  const type = getRequestHeader(event, 'content-type') ?? '';
  if (!type.startsWith('multipart/form-data')) return { raw: (await readBody(event)) ?? {}, uploads: [] };
  const length = Number(getRequestHeader(event, 'content-length') ?? 0);
  if (length > MAX_REQUEST_BYTES) throw createError({ statusCode: 413, statusMessage: 'Payload Too Large', data: { message: '', reason: 'too-large', details: null } });
  const parts = (await readMultipartFormData(event)) ?? [];
  const uploads: Upload[] = [];
  let raw: unknown = undefined;
  const errors: RequestProblem[] = [];
  for (const part of parts) {
    const key = FILE_PART.exec(part.name ?? '')?.[1];
    if (part.name === 'data' && !part.filename) {
      try {
        raw = JSON.parse(part.data.toString('utf8'));
      } catch {
        errors.push({ path: ['data'], message: 'data is not JSON' });
      }
    } else if (key && part.filename !== undefined) {
      if (uploads.some((upload) => upload.key === key)) errors.push({ path: ['answers', key], message: 'one file per field' });
      uploads.push({ key, name: part.filename.slice(-200) || 'file', type: part.type ?? 'application/octet-stream', data: part.data });
    } else {
      errors.push({ path: [part.name ?? 'body'], message: 'unknown part' });
    }
  }
  if (raw === undefined) errors.push({ path: ['data'], message: 'the data part is missing' });
  if (errors.length > 0) throw invalidRequest(errors);
  return { raw, uploads };
}

/** Whether every problem the API named is the partner code (a stale or foreign link must not stop a registration). */
function onlyRefRefused(error: unknown): boolean {
  const data = (error as { statusCode?: number; data?: RegistrationErrorData }).data;
  if ((error as { statusCode?: number }).statusCode !== 400 || !data) return false;
  const errors = (data.details as { errors?: Array<{ path?: unknown[] }> } | null)?.errors ?? [];
  return errors.length > 0 && errors.every((issue) => issue.path?.[0] === 'ref');
}

/**
 * Registers the visitor for an event: signed in (their JWT), or, not signed in, the answers are kept
 * and a code is mailed to the address (202 `pending`; `registrations/confirm` makes the
 * registration). The first-touch partner link and UTM tags remembered for this event go along.
 * 201 new, 200 the registration the visitor already had.
 */
export default defineEventHandler(async (event): Promise<RegisterAnswer> => {
  const slug = routeParam(event, 'slug', SLUG);
  markPrivate(event);
  const { raw, uploads } = await readSubmission(event);
  const parsed = submissionSchema.safeParse(raw);
  if (!parsed.success) {
    throw invalidRequest(parsed.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message })));
  }

  const remembered = attributionFor(parseAttributionCookie(getCookie(event, ATTRIBUTION_COOKIE)), slug, Date.now());
  const ref = refSchema.safeParse(remembered.ref);
  const utm = utmSchema.safeParse(remembered.utm);
  const attribution = { ...(ref.success && ref.data ? { ref: ref.data } : {}), ...(utm.success && utm.data ? { utm: utm.data } : {}) };

  const send = (body: Record<string, unknown>) => {
    const path = `${registrationEventPath(slug)}/registrations`;
    if (uploads.length === 0) return registrationData(event, { method: 'POST', path, body }, registerAnswerSchema);
    const form = new FormData();
    form.append('data', JSON.stringify(body));
    for (const upload of uploads) form.append(`files.${upload.key}`, new Blob([new Uint8Array(upload.data)], { type: upload.type }), upload.name);
    return registrationData(event, { method: 'POST', path, form }, registerAnswerSchema);
  };

  const body = { ...parsed.data, ...attribution };
  let answer: RegisterAnswer;
  try {
    answer = await send(body);
  } catch (error) {
    if (!body.ref || !onlyRefRefused(error)) throw error;
    console.warn(`[site] registration for "${slug}": the remembered partner code "${body.ref}" was refused; registering without it`);
    const { ref: _dropped, ...rest } = body;
    answer = await send(rest);
  }
  setResponseStatus(event, isCodeMailed(answer) ? 202 : answer.created ? 201 : 200);
  return answer;
});
