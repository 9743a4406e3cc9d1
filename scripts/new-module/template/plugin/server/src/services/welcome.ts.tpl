/**
 * Reacts to a domain event: a person registered for an event, so they get a welcome mail through the
 * platform's mail outbox, with its purpose (one per registration: the outbox's key keeps a second
 * delivery of the same event, or a retry, from mailing twice).
 */
import type { Core } from '@strapi/strapi';
import { platform } from '../../../../platform/server/src/kit';
import { MAIL_PURPOSES } from '../constants';
import { t } from '../i18n/messages';

const USER_UID = 'plugin::users-permissions.user';

const welcome = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Mails the welcome of registration `registrationId` to user `userId` (nothing when the account is gone). */
  async registered(registrationId: number, userId: number): Promise<void> {
    // events carry ids, never addresses: the address is read when the mail is made
    const user = (await strapi.db.query(USER_UID).findOne({ where: { id: userId }, select: ['email'] })) as { email: string } | null;
    if (!user) return;
    await platform(strapi).mail.send({
      to: user.email,
      purpose: MAIL_PURPOSES.welcome,
      key: `registration:${registrationId}`,
      subject: t.render('ru', 'welcome.subject'),
      text: t.render('ru', 'welcome.text'),
      locale: 'ru',
    });
  },
});

export type WelcomeService = ReturnType<typeof welcome>;
export default welcome;
