import { ADMIN_ACTIONS, type AdminActionKey } from '../domain/admin-actions';

/**
 * The public API. Routes authenticate the caller themselves (a Users & Permissions access token, or
 * anonymous where the route allows it), so they are `auth: false` for Strapi's route permissions.
 */
const open = { auth: false as const, policies: [] };
const organizer = { policies: ['admin::isAuthenticatedAdmin'] };
/** An organizer whose role holds the module's action (the Roles page's switch); the controller still checks the event. */
const allowedTo = (action: AdminActionKey) => ({
  policies: [...organizer.policies, { name: 'admin::hasPermissions', config: { actions: [ADMIN_ACTIONS[action]] } }],
});

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'POST', path: '/auth/email-code', handler: 'auth.emailCode', config: open },
      { method: 'POST', path: '/auth/verify', handler: 'auth.verify', config: open },
      { method: 'POST', path: '/auth/sign-out', handler: 'auth.signOut', config: open },
      { method: 'GET', path: '/events/:slug/form', handler: 'forms.form', config: open },
      { method: 'POST', path: '/events/:slug/registrations', handler: 'forms.register', config: open },
      { method: 'POST', path: '/events/:slug/registrations/confirm', handler: 'forms.confirm', config: open },
      { method: 'DELETE', path: '/events/:slug/registrations/me', handler: 'forms.cancel', config: open },
      { method: 'GET', path: '/me', handler: 'me.find', config: open },
      { method: 'PATCH', path: '/me', handler: 'me.update', config: open },
      { method: 'GET', path: '/me/export', handler: 'me.export', config: open },
      { method: 'GET', path: '/me/registrations/:id/checkin', handler: 'me.checkin', config: open },
      { method: 'DELETE', path: '/me', handler: 'me.eraseWithoutCode', config: open },
      { method: 'POST', path: '/me/erase-code', handler: 'me.eraseCode', config: open },
      { method: 'POST', path: '/me/erase', handler: 'me.erase', config: open },
      // from the site's server only: the controller refuses a call without the site's signed visitor address
      { method: 'POST', path: '/partner-links/visits', handler: 'partner-links.visit', config: open },
    ],
  },
  // organizers' lists (admin JWT): the controller checks the organizer's access to the event
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/events/:eventDocumentId/registrants', handler: 'registrants.list', config: allowedTo('read') },
      { method: 'GET', path: '/events/:eventDocumentId/registrants/counts', handler: 'registrants.counts', config: allowedTo('read') },
      { method: 'GET', path: '/events/:eventDocumentId/registrants/columns', handler: 'registrants.columns', config: allowedTo('read') },
      { method: 'GET', path: '/events/:eventDocumentId/registrants/stream', handler: 'registrants.stream', config: allowedTo('read') },
      { method: 'GET', path: '/registrant-events', handler: 'registrants.events', config: allowedTo('read') },
      { method: 'GET', path: '/events/:eventDocumentId/registrants/export', handler: 'registrant-export.export', config: allowedTo('export') },
      { method: 'GET', path: '/events/:eventDocumentId/registrants/:registrationId/files/:fileId', handler: 'people.file', config: allowedTo('read') },
      { method: 'GET', path: '/people/:userId', handler: 'people.card', config: allowedTo('read') },
      { method: 'GET', path: '/access-log', handler: 'access-log.list', config: allowedTo('accessLog') },
      { method: 'POST', path: '/events/:eventDocumentId/registrants/actions', handler: 'registrant-actions.actions', config: allowedTo('manage') },
      { method: 'POST', path: '/events/:eventDocumentId/registrants', handler: 'registrant-actions.add', config: allowedTo('manage') },
      { method: 'POST', path: '/events/:eventDocumentId/checkin', handler: 'registrant-actions.checkIn', config: allowedTo('checkin') },
      { method: 'GET', path: '/events/:eventDocumentId/checkin/search', handler: 'registrant-actions.checkInSearch', config: allowedTo('checkin') },
      { method: 'GET', path: '/events/:eventDocumentId/partner-links', handler: 'partner-links.stats', config: allowedTo('read') },
      { method: 'GET', path: '/audience', handler: 'audience.list', config: allowedTo('audience') },
      { method: 'GET', path: '/segments', handler: 'audience.segments', config: allowedTo('audience') },
      { method: 'POST', path: '/segments', handler: 'audience.create', config: allowedTo('audience') },
      { method: 'GET', path: '/segments/:id', handler: 'audience.find', config: allowedTo('audience') },
      { method: 'PUT', path: '/segments/:id', handler: 'audience.update', config: allowedTo('audience') },
      { method: 'DELETE', path: '/segments/:id', handler: 'audience.delete', config: allowedTo('audience') },
      { method: 'GET', path: '/segments/:id/people', handler: 'audience.people', config: allowedTo('audience') },
      { method: 'GET', path: '/events/:eventDocumentId/partner-links/export', handler: 'partner-links.export', config: allowedTo('export') },
    ],
  },
};
