export default {
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'GET', path: '/favorites', handler: 'favorites.find', config: { policies: [] } },
      { method: 'GET', path: '/favorites/feed', handler: 'favorites.feedToken', config: { policies: [] } },
      { method: 'POST', path: '/favorites/feed', handler: 'favorites.rotateFeedToken', config: { policies: [] } },
      { method: 'PUT', path: '/favorites/:sessionDocumentId', handler: 'favorites.add', config: { policies: [] } },
      { method: 'DELETE', path: '/favorites/:sessionDocumentId', handler: 'favorites.remove', config: { policies: [] } },
      // the feed URL's secret is its only credential: calendar apps cannot sign in
      { method: 'GET', path: '/feeds/:token', handler: 'feeds.show', config: { auth: false, policies: [] } },
    ],
  },
};
