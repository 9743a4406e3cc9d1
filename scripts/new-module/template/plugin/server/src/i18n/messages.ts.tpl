/**
 * Every text the {{id}} module shows a person (API errors, mail), in Russian (first) and English;
 * answered in the caller's language by the platform kit (`withErrors` in the controllers). Both
 * catalogs have the same type, so a text missing in either language does not compile. Pure.
 */
import { defineMessages } from '../../../../platform/server/src/kit';

/** What each text needs to be written (`void`: nothing). */
export interface MessageParams {
  'admin.sign-in': void;
  'note.empty': void;
  'note.too-long': { max: number };
  'note.client-admins-only': void;
  'welcome.subject': void;
  'welcome.text': void;
}

export const t = defineMessages<MessageParams>({
  ru: {
    'admin.sign-in': () => 'Войдите в панель администратора',
    'note.empty': () => 'Заметка пуста',
    'note.too-long': ({ max }) => `Заметка длиннее ${max} символов`,
    'note.client-admins-only': () => 'Заметки участников читает только администратор клиента',
    'welcome.subject': () => 'Вы зарегистрировались на событие',
    'welcome.text': () => 'Здравствуйте! Вы зарегистрировались на событие. В личном кабинете можно оставить себе заметку.',
  },
  en: {
    'admin.sign-in': () => 'Sign in to the admin panel',
    'note.empty': () => 'The note is empty',
    'note.too-long': ({ max }) => `The note is longer than ${max} characters`,
    'note.client-admins-only': () => "Only the client administrator reads attendees' notes",
    'welcome.subject': () => 'You have registered for an event',
    'welcome.text': () => 'Hello! You have registered for an event. You can keep a note in your account.',
  },
});
