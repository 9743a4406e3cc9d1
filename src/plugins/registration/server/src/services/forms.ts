/**
 * What a visitor does on an event's registration form: read it (with what the profile already
 * answers) and send it, signed in ("Хочу пойти": only what the profile lacks) or anonymously (the
 * account is created from the answers, and a sign-in code is mailed).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Knex } from 'knex';
import { seatsLeft, type SeatState } from '../domain/capacity';
import { localizeForm, missingFields, profileLabel, validateAnswers, type FieldDefinition, type IncomingFile, type ProfileKey } from '../domain/form';
import { fileRulesOf, type FileRules } from '../domain/files';
import type { Locale } from '../domain/locale';
import { registrationWindow, windowMessage, type WindowClosedReason } from '../domain/window';
import { viewerPasses, type ViewerAccess } from '../../../../event-builder/server/src/domain/privacy';
import type { RegisterBody } from '../contracts';
import { localized, validationError } from '../errors';
import { message, render } from '../i18n/messages';
import { USER_UID } from '../constants';
import { getConfig, getService } from '../utils';
import { sessionExpired, type Account } from './accounts';
import { eventNotFound, type RegistrationEvent } from './events';
import type { ConsentText } from './consents';
import type { ClaimResult, StoredAnswer } from './registrations';

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

export interface SubmitResult extends ClaimResult {
  event: RegistrationEvent;
  /** An account was created from the answers (anonymous registration); a sign-in code was mailed. */
  accountCreated: boolean;
}

interface VisibilityService {
  accessOf(viewer: { id: number; email: string } | null): Promise<ViewerAccess>;
}

const forms = ({ strapi }: { strapi: Core.Strapi }) => {
  const mayRegister = async (event: RegistrationEvent, who: { id: number; email: string } | null): Promise<boolean> => {
    if (event.privacy === 'public' || event.privacy === 'link') return true;
    if (!who) return false;
    const visibility = strapi.plugin('event-builder')?.service('visibility') as VisibilityService | undefined;
    if (!visibility) return false;
    return viewerPasses(event.privacy, event.documentId, await visibility.accessOf(who), false);
  };

  const refuse = (event: RegistrationEvent): never => {
    const refusal = event.privacy === 'closed' ? message('register.closed-list') : message('register.invite-only');
    throw localized(errors.ForbiddenError, refusal, { reason: 'not-invited' });
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
      const event = await getService(strapi, 'events').bySlug(slug, locale);
      if ((event.privacy === 'invite' || event.privacy === 'closed') && !(await mayRegister(event, viewer))) {
        throw eventNotFound();
      }
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
     * Registers for an event. Bad input is a ValidationError naming the fields, and nothing is
     * stored; a repeat returns the existing registration (`created: false`).
     */
    async submit(input: SubmitInput): Promise<SubmitResult> {
      const now = input.now ?? new Date();
      const { body } = input;
      const accounts = getService(strapi, 'accounts');
      const registrations = getService(strapi, 'registrations');
      const consents = getService(strapi, 'consents');
      const event = await getService(strapi, 'events').bySlug(input.slug);

      const state = registrationWindow(
        { registrationOpen: event.registrationOpen, opensAt: event.opensAt, closesAt: event.closesAt, endsAt: event.endsAt },
        now,
      );
      if (!state.open) throw localized(errors.ForbiddenError, windowMessage(state.reason, event.opensAt), { reason: state.reason });

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

      if (!(await mayRegister(event, viewer ?? { id: -1, email }))) refuse(event);

      if (!viewer && (await accounts.findByEmail(email))) {
        await accounts.sendCode(email, { ip: input.ip ?? 'unknown', language: input.language, now }).catch((error: unknown) => {
          if (!(error instanceof errors.RateLimitError)) throw error;
        });
        throw localized(errors.UnauthorizedError, message('register.account-exists-code-sent'), { reason: 'sign-in-required' });
      }

      if (existing && existing.record.status !== 'cancelled') return { created: false, ...existing, event, accountCreated: false };

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
      const stored = await files.store(validated.value.files);
      const storedIds = Object.values(stored).map((ref) => ref.file);
      const allAnswers: Record<string, StoredAnswer> = { ...answers, ...stored };
      try {
        const result = await registrations.claim({
          eventDocumentId: event.documentId,
          user: viewer
            ? viewer.id
            : async () => {
                const account = await accounts.create(email, profile, false);
                if (!account) throw localized(errors.UnauthorizedError, message('register.account-exists'), { reason: 'sign-in-required' });
                return account.id;
              },
          answers: allAnswers,
          language: input.language,
          refCode,
          utm: body.utm ?? null,
          now,
          // writes that go with a new registration; none on the one-click path
          withRegistration:
            (viewer && Object.keys(profile).length > 0) || consentVersion !== null
              ? async (trx: Knex.Transaction, userId: number) => {
                  if (viewer && Object.keys(profile).length > 0) {
                    await strapi.db.query(USER_UID).update({ where: { id: userId }, data: profile as Partial<Record<ProfileKey, string>> });
                  }
                  if (consentVersion !== null) {
                    await consents.record(trx, {
                      userId,
                      version: consentVersion,
                      ip: input.ip,
                      userAgent: input.userAgent,
                      eventDocumentId: event.documentId,
                      now,
                    });
                  }
                }
              : undefined,
        });
        if (!result.created) await files.remove(storedIds);
        if (!viewer && result.created) {
          await accounts.sendCode(email, { ip: input.ip ?? 'unknown', language: input.language, now }).catch((error: unknown) => {
            strapi.log.warn(`[registration] no sign-in code for a new account: ${error instanceof Error ? error.message : String(error)}`);
          });
        }
        return { ...result, event, accountCreated: !viewer && result.created };
      } catch (error) {
        await files.remove(storedIds);
        throw error;
      }
    },

    /** Cancels the viewer's registration for an event (until the event ends). */
    async cancel(slug: string, viewer: Account, now = new Date()) {
      const event = await getService(strapi, 'events').bySlug(slug);
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
