/**
 * Routes: 'content-api' under /api/{{id}} (the site and other clients; users-permissions decides
 * unless `auth: false`), 'admin' under /{{id}} (the admin panel: a signed-in admin whose role has the
 * module's action).
 */
import { ACTIONS } from '../constants';

export default {
  'content-api': {
    type: 'content-api',
    routes: [{ method: 'GET', path: '/ping', handler: 'ping.answer', config: { auth: false, policies: [] } }],
  },
  admin: {
    type: 'admin',
    routes: [
      {
        method: 'GET',
        path: '/overview',
        handler: 'ping.overview',
        config: { policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [ACTIONS.read] } }] },
      },
    ],
  },
};
