export default {
  'content-api': {
    type: 'content-api',
    routes: [
      {
        method: 'GET',
        path: '/ready',
        handler: 'health.ready',
        config: { auth: false, policies: [] },
      },
    ],
  },
  admin: {
    type: 'admin',
    routes: [
      // a stream any signed-in admin may open: it shows that live updates reach the admin from every instance
      { method: 'GET', path: '/live/ping', handler: 'live.ping', config: { policies: ['admin::isAuthenticatedAdmin'] } },
    ],
  },
};
