/**
 * Routes: 'content-api' under /api/{{id}} (the site and other clients; users-permissions lets in the
 * roles granted the action, here the authenticated role: bootstrap.ts), 'admin' under /{{id}} (a
 * signed-in admin whose role has the module's action).
 */
import { ACTIONS } from '../constants';

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'GET', path: '/note', handler: 'notes.find', config: { policies: [] } },
      { method: 'PUT', path: '/note', handler: 'notes.save', config: { policies: [] } },
    ],
  },
  admin: {
    type: 'admin',
    routes: [
      {
        method: 'GET',
        path: '/people/:userId/note',
        handler: 'notes.noteOf',
        config: { policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [ACTIONS.read] } }] },
      },
    ],
  },
};
