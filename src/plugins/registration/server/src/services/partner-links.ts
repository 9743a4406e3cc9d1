/** Partner links: `?ref=CODE` on an event's page, remembered on the registration (first touch). */
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { PARTNER_LINK_UID } from '../constants';
import { validationError } from '../errors';
import { message } from '../i18n/messages';

const CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

const partnerLinks = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** A new random code (8 characters without look-alikes). */
  newCode(): string {
    return [...randomBytes(8)].map((byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join('');
  },

  /**
   * The code to store on a registration for `eventDocumentId`; a ValidationError naming `ref` when
   * there is no such active link or it belongs to another event.
   */
  async check(code: string, eventDocumentId: string): Promise<string> {
    const link = (await strapi.db.query(PARTNER_LINK_UID).findOne({
      where: { code },
      select: ['code', 'active'],
      populate: { event: { select: ['documentId'] } },
    })) as { code: string; active: boolean | null; event?: { documentId: string } | null } | null;
    if (!link || link.active === false) throw validationError([{ path: ['ref'], message: message('ref.unknown', { code }) }]);
    if (link.event?.documentId !== eventDocumentId) {
      throw validationError([{ path: ['ref'], message: message('ref.other-event', { code }) }]);
    }
    return link.code;
  },
});

export type PartnerLinksService = ReturnType<typeof partnerLinks>;
export default partnerLinks;
