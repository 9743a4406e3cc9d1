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
};
