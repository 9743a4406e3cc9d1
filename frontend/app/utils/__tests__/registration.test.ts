import { describe, expect, it } from 'vitest';
import type { FormField, Registration } from 'cms';
import {
  apiFieldErrors,
  checkSubmission,
  CONSENT_KEY,
  consentNeeded,
  emptyValues,
  fileAccept,
  fileMegabytes,
  fileTypesText,
  fieldsToAsk,
  type FileRules,
  FORM_KEY,
  groupRegistrations,
  isCancellable,
  isOneClick,
} from '../../../shared/utils/registration';
import {
  ATTRIBUTION_MAX_EVENTS,
  ATTRIBUTION_TTL_MS,
  attributionFor,
  attributionFromQuery,
  eventSlugOfPath,
  parseAttributionCookie,
  rememberFirstTouch,
} from '../../../shared/utils/registration-attribution';

const field = (key: string, type: FormField['type'], extra: Partial<FormField> = {}): FormField => ({
  key,
  type,
  label: key,
  placeholder: null,
  help: null,
  required: false,
  options: [],
  source: 'event',
  ...extra,
});

/** The API's file rules as its form tells them (default configuration). */
const RULES: FileRules = {
  maxBytes: 5 * 1024 * 1024,
  types: [
    { kind: 'pdf', mime: 'application/pdf', extensions: ['pdf'] },
    { kind: 'jpeg', mime: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
    { kind: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  ],
};

const choices = [
  { value: 'Бакалавриат', label: 'Бакалавриат' },
  { value: 'Магистратура', label: 'Магистратура' },
];

const form: FormField[] = [
  field('email', 'email', { required: true, source: 'profile', label: 'Email' }),
  field('firstName', 'text', { required: true, source: 'profile', label: 'Имя' }),
  field('about', 'long-text'),
  field('phone', 'phone', { source: 'profile', label: 'Телефон' }),
  field('age', 'number'),
  field('birthday', 'date'),
  field('program', 'single-choice', { required: true, options: choices }),
  field('topics', 'multiple-choice', { options: choices }),
  field('rules', 'checkbox', { required: true }),
  field('portfolio', 'link'),
  field('cv', 'file', { required: true }),
];

const filled = () => ({
  ...emptyValues(form),
  email: '  Anna.Petrova@Uni.test ',
  firstName: 'Анна',
  age: '17,5',
  birthday: '2008-02-29',
  program: 'Магистратура',
  topics: ['Бакалавриат'],
  rules: true,
  portfolio: 'https://portfolio.example/anna',
  cv: { name: 'cv.pdf', size: 2048 },
});

describe('what a visitor is asked', () => {
  const view = { fields: form, missing: ['firstName', 'cv'], consent: { version: 2, title: 'Согласие', body: '...', accepted: false } };

  it('asks an anonymous visitor everything and a signed-in one only what the profile lacks', () => {
    expect(fieldsToAsk(view, false).map((f) => f.key)).toEqual(form.map((f) => f.key));
    expect(fieldsToAsk(view, true).map((f) => f.key)).toEqual(['firstName', 'cv']);
  });

  it('offers one click only with nothing missing and the current consent accepted', () => {
    expect(isOneClick(view)).toBe(false);
    expect(isOneClick({ missing: [], consent: { ...view.consent, accepted: true } })).toBe(true);
    expect(isOneClick({ missing: [], consent: null })).toBe(true);
    expect(isOneClick({ missing: [], consent: view.consent })).toBe(false);
    expect(consentNeeded({ consent: view.consent })).toBe(true);
  });

  it('starts every control empty, in the shape its input holds', () => {
    expect(emptyValues(form)).toMatchObject({ email: '', topics: [], rules: false, cv: null });
  });
});

describe('checking a submission', () => {
  it('turns typed values into the API answers: numbers, lists, booleans; files apart; empty optional fields left out', () => {
    const result = checkSubmission(form, filled(), { needed: true, accepted: true }, RULES);
    expect(result).toEqual({
      ok: true,
      answers: {
        email: 'anna.petrova@uni.test',
        firstName: 'Анна',
        age: 17.5,
        birthday: '2008-02-29',
        program: 'Магистратура',
        topics: ['Бакалавриат'],
        rules: true,
        portfolio: 'https://portfolio.example/anna',
      },
      files: { cv: { name: 'cv.pdf', size: 2048 } },
    });
  });

  it('names every wrong field at once, with the reason', () => {
    const result = checkSubmission(
      form,
      {
        ...filled(),
        email: 'anna@',
        firstName: '   ',
        about: '<script>alert(1)</script>',
        phone: '12-34',
        age: 'семнадцать',
        birthday: '2007-02-29',
        program: 'Аспирантура',
        topics: ['Бакалавриат', 'Бакалавриат'],
        rules: false,
        portfolio: 'javascript:alert(1)',
        cv: null,
      },
      { needed: true, accepted: false },
      RULES,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual({
      email: { code: 'email' },
      firstName: { code: 'required' },
      about: { code: 'markup' },
      phone: { code: 'phone' },
      age: { code: 'number' },
      birthday: { code: 'date' },
      program: { code: 'choice' },
      topics: { code: 'choice' },
      rules: { code: 'checkRequired' },
      portfolio: { code: 'markup' },
      cv: { code: 'fileRequired' },
      [CONSENT_KEY]: { code: 'consent' },
    });
  });

  it('asks to pick an option when a required choice is left empty', () => {
    const result = checkSubmission(form, { ...filled(), program: '', topics: [] }, { needed: false, accepted: false }, RULES);
    expect(result.ok ? {} : result.issues).toEqual({ program: { code: 'choice' } });
    const many = checkSubmission([field('topics', 'multiple-choice', { required: true, options: choices })], { topics: [] }, { needed: false, accepted: false }, RULES);
    expect(many.ok ? {} : many.issues).toEqual({ topics: { code: 'choice' } });
  });

  it('applies the API length limits (a profile field has its own)', () => {
    const result = checkSubmission(form, { ...filled(), firstName: 'а'.repeat(101), about: 'б'.repeat(5000) }, { needed: false, accepted: false }, RULES);
    expect(result.ok ? {} : result.issues).toEqual({ firstName: { code: 'tooLong', max: 100 } });
  });

  it('checks a picked file against the rules the API announced: size limit and accepted kinds by name', () => {
    const cvOnly = [field('cv', 'file', { required: true })];
    const check = (cv: { name: string; size: number }, rules = RULES) => {
      const result = checkSubmission(cvOnly, { cv }, { needed: false, accepted: false }, rules);
      return result.ok ? 'ok' : result.issues.cv;
    };
    expect(check({ name: 'CV.PDF', size: 5 * 1024 * 1024 })).toBe('ok');
    expect(check({ name: 'photo.jpeg', size: 10 })).toBe('ok');
    expect(check({ name: 'cv.pdf', size: 5 * 1024 * 1024 + 1 })).toEqual({ code: 'fileTooLarge', megabytes: 5 });
    expect(check({ name: 'cv.exe', size: 10 })).toEqual({ code: 'fileType', types: 'PDF, JPG, DOCX' });
    expect(check({ name: 'noextension', size: 10 })).toEqual({ code: 'fileType', types: 'PDF, JPG, DOCX' });
    // a server configured otherwise: the form follows it
    expect(check({ name: 'cv.pdf', size: 3000 }, { maxBytes: 2048, types: RULES.types.slice(0, 1) })).toEqual({ code: 'fileTooLarge', megabytes: 0.1 });
    expect(check({ name: 'cv.docx', size: 10 }, { maxBytes: 2048, types: RULES.types.slice(0, 1) })).toEqual({ code: 'fileType', types: 'PDF' });
  });

  it('tells the file input and the hint what the API takes', () => {
    expect(fileAccept(RULES)).toBe(
      '.pdf,.jpg,.jpeg,.docx,application/pdf,image/jpeg,application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(fileTypesText(RULES)).toBe('PDF, JPG, DOCX');
    expect(fileMegabytes(RULES)).toBe(5);
    expect(fileMegabytes({ maxBytes: 1536 * 1024, types: [] })).toBe(1.5);
  });

  it('refuses links that are not web addresses', () => {
    const result = checkSubmission([field('site', 'link', { required: true })], { site: 'portfolio.example' }, { needed: false, accepted: false }, RULES);
    expect(result.ok ? {} : result.issues).toEqual({ site: { code: 'link' } });
  });

  it('sends phone numbers and links the way the API keeps them', () => {
    const result = checkSubmission(form, { ...filled(), phone: '8 (900) 123-45-67', portfolio: ' HTTPS://Portfolio.example ' }, { needed: false, accepted: false }, RULES);
    expect(result.ok ? result.answers : {}).toMatchObject({ phone: '+79001234567', portfolio: 'https://portfolio.example/' });
  });
});

describe('the API field errors on the form', () => {
  const known = new Set(['email', 'cv', 'firstName']);

  it('puts each error next to its field, the consent box or the form', () => {
    expect(
      apiFieldErrors(
        {
          errors: [
            { path: ['answers', 'email'], message: '«Email»: проверьте адрес почты' },
            { path: ['answers', 'cv'], message: '«Резюме»: Файл больше 5 МБ' },
            { path: ['consent', 'version'], message: 'Текст согласия обновился' },
            { path: ['ref'], message: 'Ссылка партнёра относится к другому событию' },
            { path: ['answers', 'unknown'], message: 'Поля «unknown» нет в форме' },
            { path: ['firstName'], message: 'Имя: слишком длинное' },
          ],
        },
        known,
      ),
    ).toEqual({
      email: '«Email»: проверьте адрес почты',
      cv: '«Резюме»: Файл больше 5 МБ',
      [CONSENT_KEY]: 'Текст согласия обновился',
      [FORM_KEY]: 'Ссылка партнёра относится к другому событию Поля «unknown» нет в форме',
      firstName: 'Имя: слишком длинное',
    });
  });

  it('ignores details of another shape', () => {
    expect(apiFieldErrors({ reason: 'full' }, known)).toEqual({});
    expect(apiFieldErrors(null, known)).toEqual({});
  });
});

describe('the cabinet lists', () => {
  const now = Date.parse('2026-05-10T12:00:00Z');
  const registration = (id: string, status: Registration['status'], startsAt: string | null, endsAt: string | null, cancelledAt: string | null = null): Registration => ({
    id,
    status,
    waitlistPosition: status === 'waitlisted' ? 3 : null,
    event: { documentId: `event-${id}`, slug: `event-${id}`, title: `Event ${id}`, startsAt, endsAt },
    createdAt: '2026-05-01T10:00:00Z',
    promotedAt: null,
    cancelledAt,
  });

  it('groups registrations into upcoming (soonest first), past (latest first) and cancelled', () => {
    const list = [
      registration('later', 'registered', '2026-06-01T10:00:00Z', '2026-06-01T18:00:00Z'),
      registration('sooner', 'waitlisted', '2026-05-20T10:00:00Z', '2026-05-20T18:00:00Z'),
      registration('ongoing', 'registered', '2026-05-10T09:00:00Z', '2026-05-10T18:00:00Z'),
      registration('old', 'registered', '2026-01-10T09:00:00Z', '2026-01-10T18:00:00Z'),
      registration('older', 'waitlisted', '2025-12-10T09:00:00Z', '2025-12-10T18:00:00Z'),
      registration('dropped', 'cancelled', '2026-06-01T10:00:00Z', '2026-06-01T18:00:00Z', '2026-05-02T10:00:00Z'),
      { ...registration('gone', 'registered', null, null), event: null },
    ];
    const grouped = groupRegistrations(list, now);
    expect(grouped.upcoming.map((r) => r.id)).toEqual(['ongoing', 'sooner', 'later', 'gone']);
    expect(grouped.past.map((r) => r.id)).toEqual(['old', 'older']);
    expect(grouped.cancelled.map((r) => r.id)).toEqual(['dropped']);
  });

  it('allows cancelling until the event ends', () => {
    expect(isCancellable(registration('a', 'registered', '2026-05-10T09:00:00Z', '2026-05-10T18:00:00Z'), now)).toBe(true);
    expect(isCancellable(registration('b', 'registered', '2026-05-09T09:00:00Z', '2026-05-09T18:00:00Z'), now)).toBe(false);
    expect(isCancellable(registration('c', 'cancelled', '2026-06-01T10:00:00Z', null), now)).toBe(false);
    // awaiting the organizers' approval: may be withdrawn; rejected: nothing to cancel, listed with the cancelled
    expect(isCancellable(registration('d', 'pending', '2026-06-01T10:00:00Z', null), now)).toBe(true);
    expect(isCancellable(registration('e', 'rejected', '2026-06-01T10:00:00Z', null), now)).toBe(false);
    expect(groupRegistrations([registration('e', 'rejected', '2026-06-01T10:00:00Z', null)], now).cancelled.map((r) => r.id)).toEqual(['e']);
  });
});

describe('first-touch attribution', () => {
  const now = Date.parse('2026-05-10T12:00:00Z');

  it('reads ref and UTM tags from a page query, ignoring malformed ones', () => {
    expect(attributionFromQuery({ ref: 'vk-ads_2026', utm_source: 'vk', utm_campaign: [' spring '], utm_medium: '' }, now)).toEqual({
      ref: 'vk-ads_2026',
      utm: { source: 'vk', campaign: 'spring' },
      at: now,
    });
    expect(attributionFromQuery({ ref: 'x' }, now)).toBeNull();
    expect(attributionFromQuery({ ref: '<script>', page: '2' }, now)).toBeNull();
    expect(attributionFromQuery({ utm_source: 'a'.repeat(201) }, now)).toBeNull();
  });

  it('knows the event of any event page, in any language', () => {
    expect(eventSlugOfPath('/events/den-otkrytyh-dverej')).toBe('den-otkrytyh-dverej');
    expect(eventSlugOfPath('/en/events/den-otkrytyh-dverej/sessions/abc')).toBe('den-otkrytyh-dverej');
    expect(eventSlugOfPath('/events/den/register')).toBe('den');
    expect(eventSlugOfPath('/archive')).toBeNull();
    expect(eventSlugOfPath('/events/%E0%A4%A')).toBeNull();
  });

  it('keeps the first touch of an event until it expires', () => {
    const first = rememberFirstTouch({}, 'den', { ref: 'partner1', at: now }, now);
    expect(first).toEqual({ den: { ref: 'partner1', at: now } });
    expect(rememberFirstTouch(first!, 'den', { ref: 'partner2', at: now + 1000 }, now + 1000)).toBeNull();
    const later = now + ATTRIBUTION_TTL_MS + 1;
    expect(rememberFirstTouch(first!, 'den', { ref: 'partner2', at: later }, later)).toEqual({ den: { ref: 'partner2', at: later } });
    expect(rememberFirstTouch(first!, 'other', null, now)).toBeNull();
  });

  it('remembers each event on its own, at most a few, dropping the oldest', () => {
    let store = {};
    for (let index = 0; index < ATTRIBUTION_MAX_EVENTS + 3; index += 1) {
      store = rememberFirstTouch(store, `event-${index}`, { ref: `code-${index}`, at: now + index }, now + index) ?? store;
    }
    const slugs = Object.keys(store);
    expect(slugs).toHaveLength(ATTRIBUTION_MAX_EVENTS);
    expect(slugs).not.toContain('event-0');
    expect(slugs).toContain(`event-${ATTRIBUTION_MAX_EVENTS + 2}`);
  });

  it('round-trips through the cookie and never trusts a tampered one', () => {
    const store = rememberFirstTouch({}, 'den', { ref: 'partner1', utm: { source: 'vk' }, at: now }, now)!;
    const parsed = parseAttributionCookie(JSON.stringify(store));
    expect(attributionFor(parsed, 'den', now + 1000)).toEqual({ ref: 'partner1', utm: { source: 'vk' } });
    expect(attributionFor(parsed, 'other', now)).toEqual({});
    expect(attributionFor(parsed, 'den', now + ATTRIBUTION_TTL_MS)).toEqual({});
    expect(parseAttributionCookie('{"den":{"ref":"a b c","utm":{"source":"x","evil":"y"},"at":1}}')).toEqual({ den: { utm: { source: 'x' }, at: 1 } });
    expect(parseAttributionCookie('not json')).toEqual({});
    expect(parseAttributionCookie('{"../x":{"ref":"abc","at":1}}')).toEqual({});
  });
});
