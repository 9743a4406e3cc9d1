/** The request rules of the contract the server checks with (cms/src/registration.ts), and the responses it shapes matching it. */
import { describe, expect, it } from 'vitest';
import * as site from '../../../../../../cms/src/registration';
import { emailCodeBodySchema, profilePatchSchema, registerBodySchema, verifyBodySchema } from '../contracts';
import { fileRulesOf } from '../domain/files';
import { buildForm } from '../domain/form';
import { formOut, registrationOut } from '../present';
import type { RegistrationRecord } from '../services/registrations';

const record: RegistrationRecord = {
  id: 1,
  documentId: 'abc123',
  userId: 7,
  eventDocumentId: 'evt1',
  status: 'waitlisted',
  arrival: 3,
  seat: null,
  answers: { track: 'Физика' },
  refCode: null,
  utm: null,
  createdAt: new Date('2026-03-01T10:00:00Z'),
  updatedAt: new Date('2026-03-01T10:00:00Z'),
  promotedAt: null,
  cancelledAt: null,
  registeredAt: new Date('2026-03-01T10:00:00Z'),
  attendedAt: null,
  language: 'ru',
};
const event = {
  documentId: 'evt1',
  slug: 'open-day',
  title: 'День открытых дверей',
  locale: 'ru',
  startsAt: new Date('2026-04-01T07:00:00Z'),
  endsAt: new Date('2026-04-01T15:00:00Z'),
  privacy: 'public' as const,
  registrationOpen: true,
  opensAt: null,
  closesAt: null,
  capacity: 100,
  waitlistEnabled: true,
  approvalRequired: false,
  form: buildForm([{ key: 'track', type: 'single-choice', label: 'Секция', options: 'Физика', required: true }]),
};

describe('the registration contract', () => {
  const requests: Array<[string, unknown, boolean]> = [
    ['email-code', { email: 'a@uni.test' }, true],
    ['email-code', { email: 'a@uni.test', x: 1 }, false],
    ['verify', { email: 'a@uni.test', code: '123456' }, true],
    ['verify', { email: 'a@uni.test', code: '12345' }, false],
    ['register', { answers: { a: 1 }, consent: { accepted: true, version: 2 }, ref: 'vk-1', utm: { source: 'vk' } }, true],
    ['register', { answers: {}, ref: 'x' }, false],
    ['register', { answers: {}, consent: { accepted: false, version: 1 } }, false],
    ['register', { answers: {}, extra: true }, false],
    ['profile', { firstName: 'Анна', status: 'student', city: null }, true],
    ['profile', { email: 'x@uni.test' }, false],
  ];
  const schemas = {
    'email-code': emailCodeBodySchema,
    verify: verifyBodySchema,
    register: registerBodySchema,
    profile: profilePatchSchema,
  } as const;

  it.each(requests)('takes or refuses a %s request %j', (kind, body, valid) => {
    expect(schemas[kind as keyof typeof schemas].safeParse(body).success).toBe(valid);
  });

  it('describes the responses the server shapes', () => {
    const view = {
      event,
      window: { open: true, reason: null, message: null },
      seats: { capacity: 100, waitlistEnabled: true, registered: 100, waitlisted: 3, left: 0 },
      fields: event.form,
      files: fileRulesOf({ maxBytes: 1024 * 1024, allowedKinds: ['pdf', 'jpeg'] }),
      missing: ['track'],
      consent: { version: 1, title: 'Согласие', body: 'Текст', accepted: false },
      mine: { record, waitlistPosition: 3 },
    };
    expect(site.registrationFormSchema.parse(formOut(view))).toMatchObject({ myRegistration: { status: 'waitlisted', waitlistPosition: 3 } });
    const registration = registrationOut(record, 3, event);
    expect(site.registerResponseSchema.parse({ status: 'waitlisted', waitlistPosition: 3, created: true, accountCreated: false, registration })).toBeTruthy();
    expect(
      site.meResponseSchema.parse({
        user: {
          id: 7,
          email: 'a@uni.test',
          confirmed: true,
          firstName: 'А',
          lastName: 'Б',
          middleName: null,
          phone: null,
          status: null,
          organization: null,
          position: null,
          city: null,
        },
        registrations: [registration],
      }),
    ).toBeTruthy();
  });
});
