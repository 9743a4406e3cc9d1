import calendarRoutes from '../calendar/routes';

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      {
        method: 'GET',
        path: '/sessions/:documentId/stream',
        handler: 'streams.findOne',
        config: { policies: [] },
      },
    ],
  },
  admin: {
    type: 'admin',
    routes: calendarRoutes,
  },
};
