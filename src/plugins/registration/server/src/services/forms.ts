/**
 * What a visitor does on an event's registration form: read it (with what the profile already
 * answers) and send it, signed in ("Хочу пойти": only what the profile lacks) or anonymously. An
 * anonymous submission takes nothing: its answers are kept and a code is mailed to the address;
 * the registration is made when that code is entered (`confirm`), so a seat or a waitlist place is
 * only ever taken by a confirmed address. Privacy comes first everywhere: an event hidden from the
 * caller is the same 404 as an unknown slug, before its window or its form is looked at.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Knex } from 'knex';
import { seatsLeft, type SeatState } from '../domain/capacity';
import { localizeForm, missingFields, profileLabel, validateAnswers, type FieldDefinition, type IncomingFile, type ProfileKey } from '../domain/form';
import { fileRulesOf, type FileRules } from '../domain/files';
import type { Locale } from '../domain/locale';
import { registrationWindow, windowMessage, type WindowClosedReason } from '../domain/window';
import { anonymousMayRegister, profileToFill } from '../domain/pending';
import { platform, viewerPasses } from '../../../../platform/server/src/kit';
import type { RegisterBody } from '../contracts';
import { GoneError, localized, validationError } from '../errors';
import { message, render } from '../i18n/messages';
import { getConfig, getService } from '../get-service';
import { sessionExpired, type Account } from './accounts';
import { eventNotFound, type RegistrationEvent } from './events';
import type { ConsentText } from './consents';
import type { ClaimResult } from './registrations';

export interface FormView {
  event: RegistrationEvent;
  window: { open: boolean; reason: WindowClosedReason | null; message: string | null };
  seats: SeatState & { left: number | null };
  fields: FieldDefinition[];
  /** The size limit and accepted kinds of file answers. */
  files: FileRules;
  /** Required fields the caller still has to fill (all required ones for an anonymous visitor). */
  missing: string[];
  consent: (ConsentText & { accepted: boolean }) | null;
  mine: { record: ClaimResult['record']; waitlistPosition: number | null } | null;
}

export interface SubmitInput {
  slug: string;
  /** The signed-in user (from the access token), or null for an anonymous visitor. */
  viewerId: number | null;
  body: RegisterBody;
  files: Record<string, IncomingFile>;
  /** The caller's language: of the answer's texts, the sign-in mail, and later mails about this registration. */
  language: Locale;
  ip: string | null;
  userAgent: string | null;
  now?: Date;
}

export interface RegisteredResult extends ClaimResult {
  kind: 'registered';
  event: RegistrationEvent;
  /** The account was created by this registration (confirmed by the mailed code). */
  accountCreated: boolean;
}

/** An anonymous submission: kept until the code mailed to `email` is entered. */
export interface PendingResult {
  kind: 'pending';
  event: RegistrationEvent;
  email: string;
  expiresAt: Date;
}

export type SubmitResult = RegisteredResult | PendingResult;

export interface ConfirmInput {
  slug: string;
  email: string;
  code: string;
  ip: string | null;
  userAgent: string | null;
  now?: Date;
}

export interface ConfirmResult extends RegisteredResult {
  account: Account;
}

const forms = ({ strapi }: { strapi: Core.Strapi }) => {
  /** Whether the event is open to this caller at all (the lists of an invite-only or closed event hold confirmed accounts only). */
  const mayRegister = async (event: RegistrationEvent, who: { id: number; email: string } | null): Promise<boolean> => {
    if (anonymousMayRegister(event.privacy)) return true;
    if (!who) return false;
    return viewerPasses(event.privacy, event.documentId, await platform(strapi).access.viewerAccess(who), false);
  };

  /** The event of `slug` if the caller may see it; otherwise the 404 of an unknown slug. */
  const visibleEvent = async (slug: string, who: Account | null, locale?: string): Promise<RegistrationEvent> => {
    const event = await getService(strapi, 'events').bySlug(slug, locale);
    if (!(await mayRegister(event, who))) throw eventNotFound();
    return event;
  };

  const openWindow = (event: RegistrationEvent, now: Date): void => {
    const state = registrationWindow(
      { registrationOpen: event.registrationOpen, opensAt: event.opensAt, closesAt: event.closesAt, endsAt: event.endsAt },
      now,
    );
    if (!state.open) throw localized(errors.ForbiddenError, windowMessage(state.reason, event.opensAt), { reason: state.reason });
  };

  const service = {
    /**
     * The form of an event for this viewer. An invite-only or closed event is, to anyone not on its
     * lists (signed out included), as unknown as a slug that does not exist: the same 404, so the
     * answer does not tell that such an event exists (its pages are hidden from them as well).
     * `locale` picks the event's content; the platform's own texts (default labels, the window's
     * sentence) are in `language`.
     */
    async view(slug: string, viewer: Account | null, { locale, language }: { locale?: string; language: Locale }, now = new Date()): Promise<FormView> {
      const event = await visibleEvent(slug, viewer, locale);
      const consents = getService(strapi, 'consents');
      const registrations = getService(strapi, 'registrations');
      const text = await consents.current();
      const [seats, mine, accepted] = await Promise.all([
        registrations.seats(event.documentId),
        viewer ? registrations.find(viewer.id, event.documentId) : Promise.resolve(null),
        viewer && text ? consents.hasAccepted(viewer.id, text.version) : Promise.resolve(false),
      ]);
      const state = registrationWindow(
        { registrationOpen: event.registrationOpen, opensAt: event.opensAt, closesAt: event.closesAt, endsAt: event.endsAt },
        now,
      );
      return {
        event,
        window: state.open
          ? { open: true, reason: null, message: null }
          : { open: false, reason: state.reason, message: render(language, windowMessage(state.reason, event.opensAt)) },
        seats: { ...seats, left: seatsLeft(seats) },
        fields: localizeForm(event.form, language),
        files: fileRulesOf(getConfig(strapi, 'files')),
        missing: missingFields(event.form, viewer),
        consent: text ? { ...text, accepted } : null,
        mine,
      };
    },

    /**
     * Registers a signed-in visitor for an event, or keeps an anonymous visitor's answers and mails
     * a code (`kind: 'pending'`: the same answer whatever the address). Bad input is a
     * ValidationError naming the fields, and nothing is stored; a repeat returns the existing
     * registration (`created: false`).
     */
    async submit(input: SubmitInput): Promise<SubmitResult> {
      const now = input.now ?? new Date();
      const { body } = input;
      const registrations = getService(strapi, 'registrations');
      const consents = getService(strapi, 'consents');
      const event = await getService(strapi, 'events').bySlug(input.slug);

      // a signed-in user: the account, a registration already there, the consent given (one round trip)
      const text = await consents.current();
      let viewer: Account | null = null;
      let existing: Awaited<ReturnType<typeof registrations.preflight>>['existing'] = null;
      let acceptedBefore = false;
      if (input.viewerId !== null) {
        const found = await registrations.preflight(input.viewerId, event.documentId, text?.version ?? null);
        if (!found.account || found.account.blocked) throw sessionExpired();
        ({ account: viewer, existing, consentAccepted: acceptedBefore } = found);
      }

      // privacy first: a hidden event says nothing of its window or its form
      if (!(await mayRegister(event, viewer))) throw eventNotFound();
      openWindow(event, now);

      // field names in the messages are in the caller's language
      const validated = validateAnswers({
        form: localizeForm(event.form, input.language),
        answers: body.answers,
        files: input.files,
        profile: viewer,
        fileRules: getConfig(strapi, 'files'),
      });
      if (!validated.ok) throw validationError(validated.issues);
      const { profile, answers } = validated.value;
      const email = viewer?.email ?? validated.value.email;
      if (!email) throw validationError([{ path: ['answers', 'email'], message: message('answer.required', { label: profileLabel('email', input.language) }) }]);

      if (existing && existing.record.status !== 'cancelled') return { kind: 'registered', created: false, ...existing, event, accountCreated: false };

      const refCode = body.ref ? await getService(strapi, 'partner-links').check(body.ref, event.documentId) : null;

      let consentVersion: number | null = null;
      if (body.consent) {
        if (!text || body.consent.version !== text.version) {
          throw validationError([{ path: ['consent', 'version'], message: message('register.consent-outdated') }]);
        }
        consentVersion = acceptedBefore ? null : text.version;
      } else if (text && !acceptedBefore) {
        throw validationError([{ path: ['consent'], message: message('register.consent-required') }]);
      }

      const files = getService(strapi, 'files');
      if (!viewer) {
        // nothing is taken for a typed address: the answers wait for the code mailed to it
        const pending = getService(strapi, 'pending-registrations');
        await pending.checkLimits(email, input.ip, now);
        await getService(strapi, 'accounts').sendCode(email, { ip: input.ip ?? 'unknown', language: input.language, now, registrationFor: event.title });
        const stored = await files.store(validated.value.files);
        const storedIds = Object.values(stored).map((ref) => ref.file);
        try {
          const kept = await pending.keep(
            {
              eventDocumentId: event.documentId,
              email,
              profile,
              answers: { ...answers, ...stored },
              files: storedIds,
              consentVersion,
              refCode,
              utm: body.utm ?? null,
              language: input.language,
              ip: input.ip,
              userAgent: input.userAgent,
            },
            now,
          );
          return { kind: 'pending', event, ...kept };
        } catch (error) {
          await files.remove(storedIds);
          throw error;
        }
      }

      const stored = await files.store(validated.value.files);
      const storedIds = Object.values(stored).map((ref) => ref.file);
      try {
        const result = await registrations.claim({
          eventDocumentId: event.documentId,
          user: viewer.id,
          answers: { ...answers, ...stored },
          language: input.language,
          refCode,
          utm: body.utm ?? null,
          // manual approval: the registration waits for an organizer, without a seat
          mode: event.approvalRequired ? 'approval' : 'seat-rules',
          now,
          withRegistration: service.registrationWrites({
            profile,
            consentVersion,
            ip: input.ip,
            userAgent: input.userAgent,
            eventDocumentId: event.documentId,
            now,
          }),
        });
        if (!result.created) await files.remove(storedIds);
        return { kind: 'registered', ...result, event, accountCreated: false };
      } catch (error) {
        await files.remove(storedIds);
        throw error;
      }
    },

    /** The writes that go with a new registration (profile fields, the consent); none on the one-click path. */
    registrationWrites(input: {
      profile: Partial<Record<Exclude<ProfileKey, 'email'>, string>>;
      consentVersion: number | null;
      ip: string | null;
      userAgent: string | null;
      eventDocumentId: string;
      now: Date;
    }): ((trx: Knex.Transaction, userId: number) => Promise<void>) | undefined {
      const hasProfile = Object.keys(input.profile).length > 0;
      if (!hasProfile && input.consentVersion === null) return undefined;
      return async (trx: Knex.Transaction, userId: number) => {
        // the registration's transaction (strapi.db.transaction): a changed profile is announced with it
        if (hasProfile) await getService(strapi, 'accounts').updateProfile(userId, input.profile, input.now);
        if (input.consentVersion !== null) {
          await getService(strapi, 'consents').record(trx, {
            userId,
            version: input.consentVersion,
            ip: input.ip,
            userAgent: input.userAgent,
            eventDocumentId: input.eventDocumentId,
            now: input.now,
          });
        }
      };
    },

    /**
     * Makes the registration an anonymous visitor submitted, once the code mailed to the address is
     * entered: the code is checked as a sign-in code (a wrong one is the sign-in check's 401), then
     * the latest kept answers for this event are registered for the now confirmed address (410
     * when they expired). The account is created, or signed in, on the way.
     */
    async confirm(input: ConfirmInput): Promise<ConfirmResult> {
      const now = input.now ?? new Date();
      const accounts = getService(strapi, 'accounts');
      const pending = getService(strapi, 'pending-registrations');
      const event = await getService(strapi, 'events').bySlug(input.slug);
      // answers are kept only for events an anonymous visitor may register for: any other is the
      // 404 of an unknown slug, before the code is looked at (a 401 would tell the event exists)
      if (!anonymousMayRegister(event.privacy)) throw eventNotFound();
      const existedBefore = (await accounts.findByEmail(input.email)) !== null;
      const account = await service.verifyAddress(input.email, input.code, now, input.ip);

      const kept = await pending.latest(account.email, event.documentId);
      if (!kept || !pending.isLive(kept, now)) {
        await pending.settle(account.email, event.documentId, new Set(), now);
        throw localized(GoneError, message('register.pending-gone'), { reason: 'expired' });
      }
      const keptFiles = new Set(kept.files);
      try {
        // what the confirmed address may reach, decided now (the lists may have changed)
        if (!(await mayRegister(event, account))) throw eventNotFound();
        openWindow(event, now);
        const consents = getService(strapi, 'consents');
        const text = await consents.current();
        const acceptedBefore = text ? await consents.hasAccepted(account.id, text.version) : true;
        if (text && !acceptedBefore && kept.consentVersion !== text.version) {
          throw validationError([{ path: ['consent', 'version'], message: message('register.consent-outdated') }]);
        }
        const result = await getService(strapi, 'registrations').claim({
          eventDocumentId: event.documentId,
          user: account.id,
          answers: kept.answers,
          language: kept.language,
          refCode: kept.refCode,
          utm: kept.utm,
          mode: event.approvalRequired ? 'approval' : 'seat-rules',
          now,
          withRegistration: service.registrationWrites({
            profile: profileToFill(account, kept.profile),
            consentVersion: text && !acceptedBefore ? text.version : null,
            ip: kept.ip,
            userAgent: kept.userAgent,
            eventDocumentId: event.documentId,
            now,
          }),
        });
        await pending.settle(account.email, event.documentId, result.created ? keptFiles : new Set(), now);
        const fresh = (await accounts.findById(account.id)) ?? account;
        return { kind: 'registered', ...result, event, account: fresh, accountCreated: !existedBefore };
      } catch (error) {
        await pending.settle(account.email, event.documentId, new Set(), now);
        throw error;
      }
    },

    /** The one call into the sign-in code check: the account of a confirmed address, or its 401/429. */
    async verifyAddress(email: string, code: string, now: Date, ip: string | null): Promise<Account> {
      return getService(strapi, 'accounts').verifyCode(email, code, now, { ip: ip ?? 'unknown', purpose: 'sign-in' });
    },

    /**
     * Cancels the viewer's registration for an event (until the event ends). An event hidden from
     * the caller is a 404 first; a signed-out caller of a visible one a 401.
     */
    async cancel(slug: string, viewer: Account | null, now = new Date()) {
      const event = await visibleEvent(slug, viewer);
      if (!viewer) throw localized(errors.UnauthorizedError, message('cancel.sign-in'));
      if (event.endsAt && now.getTime() >= event.endsAt.getTime())
        throw localized(errors.ForbiddenError, message('cancel.event-over'), { reason: 'ended' });
      const record = await getService(strapi, 'registrations').cancel(event.documentId, viewer.id, now);
      return { event, record };
    },
  };
  return service;
};
export type FormsService = ReturnType<typeof forms>;
export default forms;
