/**
 * The program calendar: an event's days, tracks and sessions for the admin grid, and creating and
 * rescheduling sessions. Everything goes through the document service so drafts and locales behave
 * as in the content manager: the calendar shows and edits the draft (the working version) of each
 * session and reports whether it is published, new sessions are drafts in the default locale.
 */
import type { Core, Modules } from '@strapi/strapi';
import { httpError, validationError, type Text } from '../../../../platform/server/src/kit';
import { EVENT_UID, SESSION_UID, TRACK_UID } from '../constants';
import { t } from '../i18n/messages';
import { decideMove, eventDays, findRoomOverlaps, SLOT_MINUTES, zoneOrDefault, type ScheduleProblem, type SessionPlacement } from '../domain/schedule';
import { ACTIONS, calendarAccess, type AdminCaller } from './access';
import type { CalendarEventSummary, CalendarSchedule, CalendarSession, CalendarTrack, PublicationState } from './contracts';
import type { CreateSessionInput, MoveSessionInput } from './validation';

type EventFilters = Modules.Documents.Params.Filters.Any<typeof EVENT_UID>;
type SessionFilters = Modules.Documents.Params.Filters.Any<typeof SESSION_UID>;
type TrackFilters = Modules.Documents.Params.Filters.Any<typeof TRACK_UID>;

interface LocalesService {
  getDefaultLocale(): Promise<string | null>;
  find(params?: Record<string, unknown>): Promise<Array<{ code: string; name: string; isDefault?: boolean }>>;
}

interface EventRow {
  documentId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  timezone: string | null;
  locale?: string | null;
}

interface SessionRow {
  documentId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  room: string | null;
  locale?: string | null;
  updatedAt: string;
  track?: { documentId: string } | null;
}

interface TrackRow {
  documentId: string;
  name: string;
  color: string | null;
  order: number | null;
  locale?: string | null;
}

const EVENT_FIELDS = ['title', 'startsAt', 'endsAt', 'timezone', 'locale'] as const;
/** The picker lists at most this many events, the latest first. */
const EVENT_LIST_LIMIT = 500;

const toIso = (value: string | Date) => new Date(value).toISOString();

/** One entry per document: the one in `preferred` locale when there is one, else the first seen. */
function onePerDocument<T extends { documentId: string; locale?: string | null }>(rows: readonly T[], preferred: string): T[] {
  const byId = new Map<string, T>();
  for (const row of rows) {
    const seen = byId.get(row.documentId);
    if (!seen || (seen.locale !== preferred && row.locale === preferred)) byId.set(row.documentId, row);
  }
  return [...byId.values()];
}

/** A schedule problem in words, in either language. */
function textOf(problem: ScheduleProblem): Text {
  switch (problem.code) {
    case 'invalid-date':
      return t(problem.path === 'startsAt' ? 'schedule.start-missing' : 'schedule.end-missing');
    case 'end-not-after-start':
      return t('schedule.end-before-start');
    case 'outside-event':
      return problem.window ? t('schedule.outside-event', problem.window) : t('schedule.end-before-start');
    case 'unknown-track':
      return t('schedule.unknown-track');
  }
}

function throwProblems(problems: ScheduleProblem[]): never {
  throw validationError(problems.map((problem) => ({ path: [problem.path], text: textOf(problem) })));
}

const calendar = ({ strapi }: { strapi: Core.Strapi }) => {
  const access = calendarAccess(strapi);
  const locales = () => strapi.plugin('i18n').service('locales') as LocalesService;

  const defaultLocale = async () => (await locales().getDefaultLocale()) ?? 'ru';

  const knownLocale = async (code: string | undefined): Promise<string> => {
    if (!code) return defaultLocale();
    const all = await locales().find();
    if (!all.some((locale) => locale.code === code)) throw httpError.badRequest(t('locale.unknown', { code }));
    return code;
  };

  const summary = (row: EventRow): CalendarEventSummary => ({
    documentId: row.documentId,
    title: row.title,
    startsAt: toIso(row.startsAt),
    endsAt: toIso(row.endsAt),
    timezone: zoneOrDefault(row.timezone),
    locale: row.locale ?? null,
  });

  /** The event (its draft, in any locale, preferring `locale`) if the caller may plan it. */
  const loadEvent = async (caller: AdminCaller, documentId: string, locale: string): Promise<CalendarEventSummary> => {
    const rows = (await strapi.documents(EVENT_UID).findMany({
      filters: { documentId } as EventFilters,
      status: 'draft',
      locale: '*',
      fields: [...EVENT_FIELDS],
    })) as unknown as EventRow[];
    const [row] = onePerDocument(rows, locale);
    if (!row) throw httpError.notFound(t('event.not-found'));
    const permission = access.filterFor(caller, ACTIONS.read, EVENT_UID);
    if (permission === null) throw access.denied();
    if (Object.keys(permission).length > 0) {
      const allowed = await strapi.documents(EVENT_UID).count({
        filters: access.scoped({ documentId }, permission) as EventFilters,
        status: 'draft',
        locale: '*',
      });
      if (allowed === 0) throw access.denied();
    }
    if (!(await access.organizerAllows(caller, documentId))) throw access.denied();
    return summary(row);
  };

  const tracksOf = async (eventDocumentId: string, locale: string): Promise<CalendarTrack[]> => {
    const rows = (await strapi.documents(TRACK_UID).findMany({
      filters: { event: { documentId: eventDocumentId } } as TrackFilters,
      locale: '*',
      fields: ['name', 'color', 'order', 'locale'],
    })) as unknown as TrackRow[];
    return onePerDocument(rows, locale)
      .map((row) => ({ documentId: row.documentId, name: row.name, color: row.color ?? null, order: row.order ?? 0 }))
      .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'ru'));
  };

  const sessionsOf = async (eventDocumentId: string, locale: string): Promise<CalendarSession[]> => {
    const drafts = (await strapi.documents(SESSION_UID).findMany({
      filters: { event: { documentId: eventDocumentId } } as SessionFilters,
      status: 'draft',
      locale,
      fields: ['title', 'startsAt', 'endsAt', 'room', 'locale', 'updatedAt'],
      populate: { track: { fields: ['documentId'] } },
      sort: ['startsAt:asc'],
    })) as unknown as SessionRow[];
    const ids = drafts.map((row) => row.documentId);
    const published =
      ids.length === 0
        ? []
        : ((await strapi.documents(SESSION_UID).findMany({
            filters: { documentId: { $in: ids } } as SessionFilters,
            status: 'published',
            locale,
            fields: ['updatedAt'],
          })) as unknown as Array<{ documentId: string; updatedAt: string }>);
    const publishedAt = new Map(published.map((row) => [row.documentId, Date.parse(row.updatedAt)]));
    const overlaps = findRoomOverlaps(drafts.map((row) => ({ id: row.documentId, startsAt: row.startsAt, endsAt: row.endsAt, room: row.room })));
    return drafts.map((row) => {
      const publishedUpdate = publishedAt.get(row.documentId);
      const state: PublicationState =
        publishedUpdate === undefined ? 'draft' : Date.parse(row.updatedAt) > publishedUpdate ? 'modified' : 'published';
      return {
        documentId: row.documentId,
        title: row.title,
        startsAt: toIso(row.startsAt),
        endsAt: toIso(row.endsAt),
        room: row.room ?? null,
        track: row.track?.documentId ?? null,
        locale: row.locale ?? null,
        state,
        overlaps: overlaps.get(row.documentId) ?? [],
      };
    });
  };

  const scheduleOf = async (event: CalendarEventSummary, locale: string): Promise<CalendarSchedule> => {
    const [tracks, sessions, allLocales, fallback] = await Promise.all([
      tracksOf(event.documentId, locale),
      sessionsOf(event.documentId, locale),
      locales().find(),
      defaultLocale(),
    ]);
    return {
      event,
      locale,
      locales: allLocales.map((item) => ({ code: item.code, name: item.name, isDefault: item.code === fallback })),
      slotMinutes: SLOT_MINUTES,
      days: eventDays(event, sessions),
      tracks,
      sessions,
    };
  };

  const sessionInSchedule = async (eventDocumentId: string, sessionDocumentId: string, locale: string): Promise<CalendarSession> => {
    const sessions = await sessionsOf(eventDocumentId, locale);
    const found = sessions.find((session) => session.documentId === sessionDocumentId);
    if (!found) throw httpError.notFound(t('session.not-found'));
    return found;
  };

  return {
    /** Events the caller may open in the calendar (drafts included), the latest first. */
    async listEvents(caller: AdminCaller): Promise<CalendarEventSummary[]> {
      const permission = access.filterFor(caller, ACTIONS.read, EVENT_UID);
      if (permission === null) return [];
      const filters = access.scoped(await access.organizerEventFilter(caller), permission);
      const rows = (await strapi.documents(EVENT_UID).findMany({
        ...(Object.keys(filters).length > 0 ? { filters: filters as EventFilters } : {}),
        status: 'draft',
        locale: '*',
        fields: [...EVENT_FIELDS],
        sort: ['startsAt:desc'],
        limit: EVENT_LIST_LIMIT,
      })) as unknown as EventRow[];
      return onePerDocument(rows, await defaultLocale())
        .map(summary)
        .sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
    },

    /** Days, tracks and sessions (draft state, overlaps flagged) of an event in `locale` (default: the default locale). */
    async schedule(caller: AdminCaller, eventDocumentId: string, requestedLocale?: string): Promise<CalendarSchedule> {
      const locale = await knownLocale(requestedLocale);
      const event = await loadEvent(caller, eventDocumentId, locale);
      return scheduleOf(event, locale);
    },

    /** Creates a draft session of the event; 400 with nothing created when the time or track is wrong. */
    async createSession(caller: AdminCaller, eventDocumentId: string, input: CreateSessionInput): Promise<CalendarSession> {
      const locale = await knownLocale(input.locale);
      const event = await loadEvent(caller, eventDocumentId, locale);
      const tracks = await tracksOf(eventDocumentId, locale);
      const blank: SessionPlacement = { startsAt: input.startsAt, endsAt: input.endsAt, track: null, room: null };
      const decision = decideMove(
        blank,
        { track: input.track ?? null, room: input.room ?? null },
        event,
        new Set(tracks.map((track) => track.documentId)),
      );
      if (!decision.ok) throwProblems(decision.problems);
      const created = await strapi.documents(SESSION_UID).create({
        locale,
        data: {
          title: input.title,
          startsAt: decision.next.startsAt as string,
          endsAt: decision.next.endsAt as string,
          room: decision.next.room,
          event: eventDocumentId,
          track: decision.next.track,
        } as Modules.Documents.Params.Data.Input<typeof SESSION_UID>,
      });
      return sessionInSchedule(eventDocumentId, created.documentId, locale);
    },

    /** Reschedules a session's draft (time, track, room); 400 with nothing changed when the change is wrong. */
    async moveSession(caller: AdminCaller, sessionDocumentId: string, input: MoveSessionInput): Promise<CalendarSession> {
      const locale = await knownLocale(input.locale);
      const rows = (await strapi.documents(SESSION_UID).findMany({
        filters: { documentId: sessionDocumentId } as SessionFilters,
        status: 'draft',
        locale,
        fields: ['title', 'startsAt', 'endsAt', 'room', 'locale', 'updatedAt'],
        populate: { track: { fields: ['documentId'] }, event: { fields: ['documentId'] } },
      })) as unknown as Array<SessionRow & { event?: { documentId: string } | null }>;
      const session = rows[0];
      if (!session) throw httpError.notFound(t('session.not-found-in-locale', { locale }));
      const permission = access.filterFor(caller, ACTIONS.update, SESSION_UID);
      if (permission === null) throw access.denied(t('access.session'));
      if (Object.keys(permission).length > 0) {
        const allowed = await strapi.documents(SESSION_UID).count({
          filters: access.scoped({ documentId: sessionDocumentId }, permission) as SessionFilters,
          status: 'draft',
          locale,
        });
        if (allowed === 0) throw access.denied(t('access.session'));
      }
      const eventDocumentId = session.event?.documentId;
      if (!eventDocumentId) throw httpError.badRequest(t('session.no-event'));
      const event = await loadEvent(caller, eventDocumentId, locale);
      const tracks = await tracksOf(eventDocumentId, locale);
      const current: SessionPlacement = {
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        track: session.track?.documentId ?? null,
        room: session.room ?? null,
      };
      const decision = decideMove(current, input, event, new Set(tracks.map((track) => track.documentId)));
      if (!decision.ok) throwProblems(decision.problems);
      const data: Record<string, unknown> = {};
      if (input.startsAt !== undefined) data.startsAt = decision.next.startsAt;
      if (input.endsAt !== undefined) data.endsAt = decision.next.endsAt;
      if (input.track !== undefined) data.track = decision.next.track;
      if (input.room !== undefined) data.room = decision.next.room;
      await strapi.documents(SESSION_UID).update({
        documentId: sessionDocumentId,
        locale,
        data: data as Modules.Documents.Params.Data.Input<typeof SESSION_UID>,
      });
      return sessionInSchedule(eventDocumentId, sessionDocumentId, locale);
    },
  };
};

export type CalendarService = ReturnType<typeof calendar>;
export default calendar;
