import { describe, expect, it } from 'vitest';
import { invitationMail, registrationLink } from '../domain/invitation-mail';

describe('invitation letter', () => {
  const input = {
    adminUrl: 'https://events.uni.test/admin/',
    registrationToken: 'abc+def/1',
    firstname: 'Ирина',
    inviter: 'Марина Алексеева',
    roles: ['Менеджер события'],
    spaceName: 'МИЦО',
  };

  it('links to the admin panel registration page with the token', () => {
    expect(registrationLink(input.adminUrl, input.registrationToken)).toBe('https://events.uni.test/admin/auth/register?registrationToken=abc%2Bdef%2F1');
  });

  it('refuses a relative admin URL: a letter needs an absolute link', () => {
    expect(() => registrationLink('/admin', 't')).toThrow(/absolute/);
  });

  it('is written in Russian with one English line, in text and HTML', () => {
    const mail = invitationMail(input);
    expect(mail.subject).toContain('Приглашение');
    expect(mail.text).toContain('Здравствуйте, Ирина!');
    expect(mail.text).toContain('Марина Алексеева приглашает вас стать организатором в пространстве событий «МИЦО»');
    expect(mail.text).toContain('(роль: Менеджер события)');
    expect(mail.text).toContain('https://events.uni.test/admin/auth/register?registrationToken=abc%2Bdef%2F1');
    expect(mail.text).toMatch(/You are invited to organize events/);
    expect(mail.html).toContain('href="https://events.uni.test/admin/auth/register?registrationToken=abc%2Bdef%2F1"');
  });

  it('escapes names in HTML and copes without optional parts', () => {
    expect(invitationMail({ ...input, inviter: '<b>Хакер</b>' }).html).toContain('&lt;b&gt;Хакер&lt;/b&gt;');
    const bare = invitationMail({ adminUrl: 'http://127.0.0.1:1337/admin', registrationToken: 't' });
    expect(bare.text).toContain('Здравствуйте!');
    expect(bare.text).toContain('Вас приглашают стать организатором в пространстве событий MMSO Connect.');
  });
});
