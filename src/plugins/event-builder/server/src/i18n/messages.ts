/**
 * Every text the event-builder API (calendar, streams) shows a person, in Russian (first) and
 * English; answered in the caller's language by the platform kit's `respond` (an admin in the
 * language of their admin interface). Pure.
 */
import { defineMessages } from '../../../../platform/server/src/kit';

export interface MessageParams {
  'admin.sign-in': void;
  'access.event': void;
  'access.session': void;
  'event.not-found': void;
  'session.not-found': void;
  'session.not-found-in-locale': { locale: string };
  'session.no-event': void;
  'locale.unknown': { code: string };
  'calendar.nothing-to-change': void;
  'schedule.start-missing': void;
  'schedule.end-missing': void;
  'schedule.end-before-start': void;
  'schedule.outside-event': { from: string; to: string; timeZone: string };
  'schedule.unknown-track': void;
  'stream.sign-in': void;
  'stream.registered-only': void;
}

export const t = defineMessages<MessageParams>({
  ru: {
    'admin.sign-in': () => 'Войдите в панель администратора',
    'access.event': () => 'Недостаточно прав для этого события',
    'access.session': () => 'Недостаточно прав для изменения сессии',
    'event.not-found': () => 'Событие не найдено',
    'session.not-found': () => 'Сессия не найдена',
    'session.not-found-in-locale': ({ locale }) => `Сессия не найдена (локаль ${locale})`,
    'session.no-event': () => 'Сессия не привязана к событию: укажите событие в редакторе сессии',
    'locale.unknown': ({ code }) => `Локаль «${code}» не настроена`,
    'calendar.nothing-to-change': () => 'нечего менять: укажите startsAt, endsAt, track или room',
    'schedule.start-missing': () => 'Укажите время начала',
    'schedule.end-missing': () => 'Укажите время окончания',
    'schedule.end-before-start': () => 'Окончание сессии должно быть позже её начала',
    'schedule.outside-event': ({ from, to, timeZone }) => `Сессия должна проходить в рамках события: с ${from} до ${to} (${timeZone})`,
    'schedule.unknown-track': () => 'Трек не найден среди треков этого события',
    'stream.sign-in': () => 'Войдите, чтобы смотреть закрытую трансляцию',
    'stream.registered-only': () => 'Закрытая трансляция доступна зарегистрированным участникам события',
  },
  en: {
    'admin.sign-in': () => 'Sign in to the admin panel',
    'access.event': () => 'You have no rights for this event',
    'access.session': () => 'You have no rights to change this session',
    'event.not-found': () => 'Event not found',
    'session.not-found': () => 'Session not found',
    'session.not-found-in-locale': ({ locale }) => `Session not found (locale ${locale})`,
    'session.no-event': () => 'The session belongs to no event: choose its event in the session editor',
    'locale.unknown': ({ code }) => `The locale “${code}” is not set up`,
    'calendar.nothing-to-change': () => 'nothing to change: give startsAt, endsAt, track or room',
    'schedule.start-missing': () => 'Give the start time',
    'schedule.end-missing': () => 'Give the end time',
    'schedule.end-before-start': () => 'A session must end after it starts',
    'schedule.outside-event': ({ from, to, timeZone }) => `A session must take place within its event: from ${from} to ${to} (${timeZone})`,
    'schedule.unknown-track': () => "The track is not one of this event's tracks",
    'stream.sign-in': () => 'Sign in to watch this closed stream',
    'stream.registered-only': () => "This closed stream is for the event's registered attendees",
  },
});
