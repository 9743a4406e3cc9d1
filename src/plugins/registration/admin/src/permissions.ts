/** The module's admin actions as the admin panel checks them (menu links, pages, buttons). */
import { ADMIN_ACTIONS, type AdminActionKey } from '../../server/src/domain/admin-actions';

const only = (key: AdminActionKey) => [{ action: ADMIN_ACTIONS[key], subject: null }];

export const PERMISSIONS = {
  read: only('read'),
  manage: only('manage'),
  export: only('export'),
  checkin: only('checkin'),
  audience: only('audience'),
  accessLog: only('accessLog'),
};
