/**
 * The program calendar page: choose an event (and the content language), a day of it, and plan its
 * sessions on the grid. The choice lives in the URL (?event=&day=&locale=) so a link reopens it.
 */
import * as React from 'react';
import { Box, Button, Flex, Field, SingleSelect, SingleSelectOption, Tabs, Typography, Badge, VisuallyHidden } from '@strapi/design-system';
import { ArrowClockwise, ExternalLink, Plus } from '@strapi/icons';
import { Layouts, Page, useAPIErrorHandler, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router-dom';
import type { CalendarEventSummary } from '../../../server/src/calendar/contracts';
import { localDate, timingProblems, type EventDay } from '../../../server/src/domain/schedule';
import { CalendarGrid } from '../components/CalendarGrid';
import { CalendarSessionDialog, type SessionDraft } from '../components/CalendarSessionDialog';
import { useCalendarApi } from '../hooks/useCalendarApi';
import { errorText, useScheduleEditor, type DisplaySession, type Placement } from '../hooks/useScheduleEditor';
import { getTranslation } from '../utils/translations';
import { formatDateTime, formatDay, formatTime, minutesFromDayStart, zonedInstant } from '../utils/time';

const SESSION_UID = 'api::session.session';

const editUrl = (documentId: string, locale: string) =>
  `/content-manager/collection-types/${SESSION_UID}/${encodeURIComponent(documentId)}?plugins[i18n][locale]=${encodeURIComponent(locale)}`;

interface DialogState {
  day: EventDay;
  draft: SessionDraft;
}

const CalendarPage = () => {
  const { formatMessage, locale: uiLocale } = useIntl();
  const t = React.useCallback(
    (id: string, values?: Record<string, string | number>) => formatMessage({ id: getTranslation(id), defaultMessage: id }, values),
    [formatMessage],
  );
  const { toggleNotification } = useNotification();
  const { formatAPIError } = useAPIErrorHandler();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const api = useCalendarApi();
  const eventId = params.get('event');
  const contentLocale = params.get('locale');
  const [events, setEvents] = React.useState<CalendarEventSummary[] | null>(null);
  const [eventsError, setEventsError] = React.useState(false);
  const [selectedId, setSelectedId] = React.useState<string | null>(null);
  const [focusId, setFocusId] = React.useState<string | null>(null);
  const [dialog, setDialog] = React.useState<DialogState | null>(null);
  const [announcement, setAnnouncement] = React.useState('');

  const announce = React.useCallback((text: string) => {
    // re-announce the same text: clear first
    setAnnouncement('');
    window.setTimeout(() => setAnnouncement(text), 50);
  }, []);

  const setParam = React.useCallback(
    (changes: Record<string, string | null>) => {
      const next = new URLSearchParams(params);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) next.delete(key);
        else next.set(key, value);
      }
      setParams(next, { replace: true });
    },
    [params, setParams],
  );

  const loadEvents = React.useCallback(async () => {
    setEventsError(false);
    try {
      setEvents(await api.events());
    } catch {
      setEventsError(true);
    }
  }, [api]);

  React.useEffect(() => {
    void loadEvents();
  }, [loadEvents]);

  const editor = useScheduleEditor(api, eventId, contentLocale, {
    onSaved(session, undo) {
      const timeZone = editor.schedule?.event.timezone ?? 'Europe/Moscow';
      const start = formatTime(session.start, timeZone, uiLocale);
      const end = formatTime(session.end, timeZone, uiLocale);
      announce(undo ? t('announce.undone', { title: session.title }) : t('announce.saved', { title: session.title, start, end }));
    },
    onReverted(title, message) {
      const text = t('announce.reverted', { title, message });
      toggleNotification({ type: 'danger', title: t('error.save'), message: text });
      announce(text);
    },
  });
  const { schedule } = editor;
  const timeZone = schedule?.event.timezone ?? 'Europe/Moscow';

  const days = schedule?.days ?? [];
  const dayParam = params.get('day');
  const day = days.find((candidate) => candidate.date === dayParam) ?? days[0] ?? null;

  const sessionById = (id: string | null): DisplaySession | undefined => editor.sessions.find((session) => session.documentId === id);
  const selected = sessionById(selectedId);

  const open = React.useCallback(
    (documentId: string) => navigate(editUrl(documentId, schedule?.locale ?? contentLocale ?? 'ru')),
    [navigate, schedule?.locale, contentLocale],
  );

  const problemText = (placement: Placement): string | null => {
    if (!schedule) return null;
    const [problem] = timingProblems(placement, schedule.event);
    if (!problem) return null;
    if (problem.code === 'outside-event') {
      return t('problem.outside-event', {
        start: formatDateTime(Date.parse(schedule.event.startsAt), timeZone, uiLocale),
        end: formatDateTime(Date.parse(schedule.event.endsAt), timeZone, uiLocale),
      });
    }
    return t(`problem.${problem.code}`);
  };

  const change = (documentId: string, placement: Placement, how: 'pointer' | 'keyboard') => {
    const problem = problemText(placement);
    if (problem) {
      toggleNotification({ type: 'warning', message: problem });
      announce(problem);
      return;
    }
    editor.change(documentId, placement, { gather: how === 'keyboard' });
  };

  const openDialog = (range: { start: number; end: number; track: string | null } | null) => {
    if (!schedule || !day) return;
    const start = range ? minutesFromDayStart(range.start, day.date, timeZone) : day.startMinutes;
    const end = range ? minutesFromDayStart(range.end, day.date, timeZone) : Math.min(day.endMinutes, day.startMinutes + 60);
    setDialog({ day, draft: { title: '', track: range ? range.track : (schedule.tracks[0]?.documentId ?? null), room: '', startMinutes: start, endMinutes: end } });
  };

  const create = async (draft: SessionDraft): Promise<string | null> => {
    if (!schedule || !dialog) return null;
    const startsAt = zonedInstant(dialog.day.date, draft.startMinutes, timeZone);
    const endsAt = zonedInstant(dialog.day.date, draft.endMinutes, timeZone);
    const problem = problemText({ startsAt, endsAt, track: draft.track, room: draft.room });
    if (problem) return problem;
    try {
      const created = await api.createSession(schedule.event.documentId, {
        title: draft.title,
        startsAt: new Date(startsAt).toISOString(),
        endsAt: new Date(endsAt).toISOString(),
        track: draft.track,
        room: draft.room.trim() === '' ? null : draft.room,
        locale: schedule.locale,
      });
      setDialog(null);
      await editor.reload(true);
      setSelectedId(created.documentId);
      setFocusId(created.documentId);
      announce(t('announce.created', { title: created.title, start: formatTime(startsAt, timeZone, uiLocale), end: formatTime(endsAt, timeZone, uiLocale) }));
      return null;
    } catch (caught) {
      return errorText(caught, formatAPIError);
    }
  };

  const eventSelect = (
    <Field.Root name="event" width="32rem">
      <Field.Label>{t('event.label')}</Field.Label>
      <SingleSelect
        placeholder={t('event.placeholder')}
        value={eventId ?? undefined}
        onChange={(value: string | number) => {
          setSelectedId(null);
          setParam({ event: String(value), day: null });
        }}
      >
        {(events ?? []).map((event) => (
          <SingleSelectOption key={event.documentId} value={event.documentId}>
            {`${event.title} · ${formatDay(localDate(Date.parse(event.startsAt), event.timezone), event.timezone, uiLocale, 'short')}`}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Field.Root>
  );

  const localeSelect =
    schedule && schedule.locales.length > 1 ? (
      <Field.Root name="locale" width="16rem">
        <Field.Label>{t('locale.label')}</Field.Label>
        <SingleSelect value={schedule.locale} onChange={(value: string | number) => setParam({ locale: String(value) })}>
          {schedule.locales.map((item) => (
            <SingleSelectOption key={item.code} value={item.code}>
              {item.name}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
    ) : null;

  let body: React.ReactNode;
  if (eventsError) {
    body = <Page.Error />;
  } else if (events === null) {
    body = <Page.Loading>{t('page.loading')}</Page.Loading>;
  } else if (events.length === 0) {
    body = <Typography textColor="neutral600">{t('event.none')}</Typography>;
  } else if (!eventId) {
    body = <Typography textColor="neutral600">{t('event.choose')}</Typography>;
  } else if (editor.status === 'error') {
    body = (
      <Flex direction="column" alignItems="flex-start" gap={3}>
        <Typography role="alert" textColor="danger600">
          {t('error.load')}: {editor.error}
        </Typography>
        <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={() => void editor.reload()}>
          {t('retry')}
        </Button>
      </Flex>
    );
  } else if (!schedule || editor.status === 'loading') {
    body = <Page.Loading>{t('page.loading')}</Page.Loading>;
  } else if (!day) {
    body = <Typography textColor="neutral600">{t('event.noDays')}</Typography>;
  } else {
    body = (
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="pi" textColor="neutral600">
          {t('timezone', { timezone: timeZone })}
        </Typography>
        <Tabs.Root value={day.date} onValueChange={(value: string) => setParam({ day: value })} variant="simple">
          <Tabs.List aria-label={t('days.label')}>
            {days.map((candidate) => (
              <Tabs.Trigger key={candidate.date} value={candidate.date}>
                {formatDay(candidate.date, timeZone, uiLocale, 'short')}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          <Tabs.Content value={day.date}>
            <Box paddingTop={4}>
              <CalendarGrid
                schedule={schedule}
                day={day}
                sessions={editor.sessions}
                selectedId={selectedId}
                focusId={focusId}
                onFocused={() => setFocusId(null)}
                onSelect={setSelectedId}
                onOpen={open}
                onChange={change}
                onCreate={openDialog}
                onProblem={(message) => announce(message)}
              />
            </Box>
          </Tabs.Content>
        </Tabs.Root>
        <SelectedSession session={selected} schedule={schedule} timeZone={timeZone} t={t} uiLocale={uiLocale} />
      </Flex>
    );
  }

  return (
    <Page.Main>
      <Page.Title>{t('page.title')}</Page.Title>
      <Layouts.Header
        title={t('page.title')}
        subtitle={t('page.subtitle')}
        primaryAction={
          <Button startIcon={<Plus />} disabled={!schedule || !day} onClick={() => openDialog(null)}>
            {t('session.new')}
          </Button>
        }
        secondaryAction={
          editor.lastChange ? (
            <Button variant="tertiary" onClick={editor.undo}>
              {t('undo')}
            </Button>
          ) : undefined
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={5}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            {eventSelect}
            {localeSelect}
          </Flex>
          {body}
        </Flex>
        <VisuallyHidden>
          <div role="status" aria-live="polite">
            {announcement}
          </div>
        </VisuallyHidden>
      </Layouts.Content>
      {dialog && schedule ? (
        <CalendarSessionDialog
          open
          dayLabel={formatDay(dialog.day.date, timeZone, uiLocale, 'long')}
          tracks={schedule.tracks}
          initial={dialog.draft}
          slotMinutes={schedule.slotMinutes}
          onSubmit={create}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </Page.Main>
  );
};

interface SelectedSessionProps {
  session: DisplaySession | undefined;
  schedule: NonNullable<ReturnType<typeof useScheduleEditor>['schedule']>;
  timeZone: string;
  uiLocale: string;
  t(id: string, values?: Record<string, string | number>): string;
}

/** Details of the selected session, with the link to its editor. */
const SelectedSession = ({ session, schedule, timeZone, uiLocale, t }: SelectedSessionProps) => {
  if (!session) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {t('session.selectHint')}
      </Typography>
    );
  }
  const track = schedule.tracks.find((item) => item.documentId === session.track);
  const titles = new Map(schedule.sessions.map((item) => [item.documentId, item.title]));
  const stateColors = { published: ['success100', 'success700'], modified: ['warning100', 'warning700'], draft: ['secondary100', 'secondary700'] } as const;
  const [stateBackground, stateText] = stateColors[session.state];
  return (
    <Box tag="section" aria-label={t('session.selected')} padding={4} background="neutral0" hasRadius shadow="filterShadow">
      <Flex justifyContent="space-between" alignItems="flex-start" gap={4} wrap="wrap">
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography variant="delta" tag="h2">
            {session.title || t('session.untitled')}
          </Typography>
          <Typography variant="omega" textColor="neutral700">
            {formatDay(localDate(session.start, timeZone), timeZone, uiLocale, 'long')}
            {', '}
            {formatTime(session.start, timeZone, uiLocale)}–{formatTime(session.end, timeZone, uiLocale)}
            {' · '}
            {track ? t('session.track', { track: track.name }) : t('grid.noTrack')}
            {' · '}
            {session.room ? t('session.room', { room: session.room }) : t('session.noRoom')}
          </Typography>
          <Flex gap={2}>
            <Badge backgroundColor={stateBackground} textColor={stateText}>
              {t(`session.state.${session.state}`)}
            </Badge>
            {session.saving ? <Typography variant="pi">{t('session.saving')}</Typography> : null}
          </Flex>
          {session.overlaps.length > 0 ? (
            <Typography variant="omega" textColor="danger600">
              {t('session.overlap', { titles: session.overlaps.map((id) => `«${titles.get(id) ?? id}»`).join(', ') })}
            </Typography>
          ) : null}
        </Flex>
        <Button tag={RouterLink} to={editUrl(session.documentId, schedule.locale)} variant="secondary" endIcon={<ExternalLink />}>
          {t('session.open')}
        </Button>
      </Flex>
    </Box>
  );
};

export { CalendarPage };
export default CalendarPage;
