/**
 * Every text the engagement API shows a person, in Russian (first) and English; answered in the
 * caller's language by the platform kit's `respond`. Pure.
 */
import { defineMessages } from '../../../../platform/server/src/kit';

export interface MessageParams {
  'favorites.sign-in': void;
  'session.not-found': void;
  'feed.not-found': void;
}

export const t = defineMessages<MessageParams>({
  ru: {
    'favorites.sign-in': () => 'Войдите, чтобы сохранять избранное',
    'session.not-found': () => 'Сессия не найдена',
    'feed.not-found': () => 'Календарь не найден',
  },
  en: {
    'favorites.sign-in': () => 'Sign in to save favorites',
    'session.not-found': () => 'Session not found',
    'feed.not-found': () => 'Calendar not found',
  },
});
