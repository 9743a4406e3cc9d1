/**
 * The letter that gives an organizer access: a link to the admin panel's registration page, where
 * they set their password. Russian, with one English line for those who do not read it. Pure.
 */
export interface InvitationInput {
  /** Absolute URL of the admin panel, e.g. https://events.uni.ru/admin */
  adminUrl: string;
  registrationToken: string;
  firstname?: string | null;
  /** Who invited them, as a display name. */
  inviter?: string | null;
  /** Display names of the roles they get. */
  roles?: readonly string[];
  /** Name of the event space (the organization), when there is one. */
  spaceName?: string | null;
}

export interface Mail {
  subject: string;
  text: string;
  html: string;
}

export const PRODUCT_NAME = 'MMSO Connect';

/** The registration link of an invited admin user (the admin panel's own page for it). */
export function registrationLink(adminUrl: string, registrationToken: string): string {
  const base = adminUrl.replace(/\/+$/, '');
  if (!/^https?:\/\//i.test(base)) throw new Error(`The admin URL must be absolute, got "${adminUrl}"`);
  return `${base}/auth/register?registrationToken=${encodeURIComponent(registrationToken)}`;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export function invitationMail(input: InvitationInput): Mail {
  const link = registrationLink(input.adminUrl, input.registrationToken);
  const space = input.spaceName?.trim() ? `«${input.spaceName.trim()}» на платформе ${PRODUCT_NAME}` : PRODUCT_NAME;
  const greeting = input.firstname?.trim() ? `Здравствуйте, ${input.firstname.trim()}!` : 'Здравствуйте!';
  const who = input.inviter?.trim() ? `${input.inviter.trim()} приглашает вас` : 'Вас приглашают';
  const roles = input.roles?.filter((role) => role.trim() !== '') ?? [];
  const as = roles.length > 0 ? ` (${roles.length > 1 ? 'роли' : 'роль'}: ${roles.join(', ')})` : '';
  const invite = `${who} стать организатором в пространстве событий ${space}${as}.`;
  const action = 'Чтобы принять приглашение, откройте ссылку и задайте пароль:';
  const note = 'Ссылка действует, пока вы не завершите регистрацию. Если вы не ждали этого письма, просто не отвечайте на него.';
  const english = `You are invited to organize events in ${PRODUCT_NAME}: open the link above to set your password.`;

  const text = [greeting, '', invite, action, link, '', note, '', english, ''].join('\n');
  const html = [
    '<!doctype html><html lang="ru"><body style="font-family:Arial,sans-serif;line-height:1.5">',
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(invite)}<br>${escapeHtml(action)}</p>`,
    `<p><a href="${escapeHtml(link)}">Принять приглашение</a><br><span style="font-size:12px;color:#555">${escapeHtml(link)}</span></p>`,
    `<p style="font-size:13px;color:#555">${escapeHtml(note)}</p>`,
    `<p lang="en" style="font-size:13px;color:#555">${escapeHtml(english)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: `Приглашение в ${PRODUCT_NAME}: доступ организатора`, text, html };
}
