/**
 * The platform's public entry: the only file of `platform` other plugins may import (a lint rule
 * enforces it). Everything a module needs from the platform is reached from here: typed access to the
 * platform's services (jobs, bus, and the kit services as they land), and the shared types.
 *
 *   import { platform, type JsonValue } from '../../../platform/server/src/kit';
 *   await platform(strapi).jobs.enqueue('mymodule.work', { id }, { uniqueKey: `work:${id}` });
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import type { AccessLogService } from '../services/access-log';
import type { AccessService } from '../services/access';
import type { BusService } from '../services/bus';
import type { EventsService } from '../services/events';
import type { JobsService } from '../services/jobs';
import type { LiveService } from '../services/live';
import type { MailService } from '../services/mail';
import type { PersonalDataService } from '../services/personal-data';

export type { AccessLogEntry, AccessLogPage, AccessLogQuery, AccessLogRecord, AccessLogService } from '../services/access-log';
export type { AccessService, AdminUserLike, Attendance, Viewer } from '../services/access';
export type { BusService } from '../services/bus';
export type { JobsService } from '../services/jobs';
export type { LiveService, LiveStreamOptions } from '../services/live';
export type { PersonalDataModule, PersonalDataService } from '../services/personal-data';
export type { MailRecord, MailService, MailStatus } from '../services/mail';
export type { MailMessage } from '../domain/mail';
export type { DomainEvent, DomainEventHandler, EventsService } from '../services/events';
export type { DomainEventName, DomainEventPayloads } from '../../../../../../cms/src/events';
export type { EnqueueOptions, JobContext, JobHandler, JobRecord, JobStatus, JsonValue } from '../queue/types';

// a plugin's config export: defaults and a zod validator that stops the boot with a clear message
export { definePluginConfig, pluginAccessors, type PluginAccessors, type PluginConfigDefinition } from './plugin';
// request validation and answers in the caller's language (ru, en)
export { ConflictError, GoneError, errorInLanguage, httpError, issuesFromZod, localized, validate, validationError, type AnyApplicationError, type FieldIssue } from '../http/errors';
export { DEFAULT_LOCALE, LOCALES, acceptedLocales, chooseLocale, localeOfTag, type Locale } from '../http/locale';
export { defineMessages, requestText, type Catalog, type Text } from '../http/messages';
export { answerError, languageOf, respond, withErrors } from '../http/respond';
export {
  EVENT_LEVELS,
  actionsOfRole,
  eventLevel,
  mergeDeclarations,
  moduleActionId,
  hasAllAccess,
  levelCovers,
  ROLE_CODES,
  SUPER_ADMIN_CODE,
  type AccessGrant,
  type AccessSubject,
  type DeclaredAccess,
  type DeclaredAction,
  type EventLevel,
  type EventLink,
  type GrantAction,
  type Membership,
  type ModuleAccess,
  type ModuleAction,
  type RoleCode,
  type RoleKey,
} from '../domain/access';
export * from '../domain/privacy';

export { PLUGIN_ID as PLATFORM_PLUGIN_ID } from '../constants';

/** The platform's services, typed. */
export interface Platform {
  jobs: JobsService;
  bus: BusService;
  /** The personal-data registry: what each module exports and erases of a person. */
  personalData: PersonalDataService;
  /** The access log of personal data (152-FZ): record organizers' reads, list them. */
  accessLog: AccessLogService;
  /** Server-sent events of bus topics for admin and attendee pages, across instances. */
  live: LiveService;
  /**
   * Domain events (names and payloads: cms/src/events.ts): `publish(name, payload, { trx })` in the
   * caller's transaction, `subscribe(subscriberId, names, handler)` in register() (durable, once per
   * subscriber, any instance), `onCommitted(name, listener)` for live views (bus topic `domain.<name>`).
   */
  events: EventsService;
  /**
   * The mail outbox: `send({ to, purpose, key, subject, text, html?, attachments?, replyTo?, locale? }, { trx })`;
   * one message per (purpose, recipient, key), header X-MMSO-Purpose, retries; `list`/`get` read the mail log.
   */
  mail: MailService;
  /** Event access: organizer scope, the viewer's privacy, the registry of the organizer roles' grants. */
  access: AccessService;
}

/** Typed access to the platform's services from any plugin. */
export function platform(strapi: Core.Strapi): Platform {
  return {
    get jobs() {
      return getService(strapi, 'jobs');
    },
    get bus() {
      return getService(strapi, 'bus');
    },
    get personalData() {
      return getService(strapi, 'personal-data');
    },
    get accessLog() {
      return getService(strapi, 'access-log');
    },
    get live() {
      return getService(strapi, 'live');
    },
    get events() {
      return getService(strapi, 'events');
    },
    get mail() {
      return getService(strapi, 'mail');
    },
    get access() {
      return getService(strapi, 'access');
    },
  };
}

/** Whether a value is a plain object (not null, not an array). */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

// text search that ignores case (Cyrillic included) the same on SQLite and PostgreSQL
export { containsPattern, databaseClient, foldedSql, foldText, type DatabaseClient } from '../database/text-search';
