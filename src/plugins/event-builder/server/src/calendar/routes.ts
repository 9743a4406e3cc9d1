/**
 * Admin routes of the program calendar (served under /event-builder). Every route needs a signed-in
 * admin, the calendar's own permission and the content manager's permission on sessions; the service
 * narrows further to the events the admin's RBAC conditions (and organizer roles) allow.
 */
import { CALENDAR_READ, SESSION_UID } from '../constants';

const can = (action: 'read' | 'create' | 'update') => ({
  name: 'admin::hasPermissions',
  config: { actions: [{ action: CALENDAR_READ }, { action: `plugin::content-manager.explorer.${action}`, subject: SESSION_UID }] },
});

const calendarRoutes = [
  {
    method: 'GET',
    path: '/calendar/events',
    handler: 'calendar.events',
    config: { policies: ['admin::isAuthenticatedAdmin', can('read')] },
  },
  {
    method: 'GET',
    path: '/calendar/events/:documentId',
    handler: 'calendar.schedule',
    config: { policies: ['admin::isAuthenticatedAdmin', can('read')] },
  },
  {
    method: 'POST',
    path: '/calendar/events/:documentId/sessions',
    handler: 'calendar.createSession',
    config: { policies: ['admin::isAuthenticatedAdmin', can('create')] },
  },
  {
    method: 'PATCH',
    path: '/calendar/sessions/:documentId',
    handler: 'calendar.moveSession',
    config: { policies: ['admin::isAuthenticatedAdmin', can('update')] },
  },
  // the same partial update for the admin page: the admin's fetch client has no PATCH
  {
    method: 'PUT',
    path: '/calendar/sessions/:documentId',
    handler: 'calendar.moveSession',
    config: { policies: ['admin::isAuthenticatedAdmin', can('update')] },
  },
];

export default calendarRoutes;
