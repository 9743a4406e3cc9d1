/** Content API route of a session's stream (served under /api/event-builder): the service decides who may play it. */
const streamRoutes = [
  {
    method: 'GET',
    path: '/sessions/:documentId/stream',
    handler: 'streams.findOne',
    config: { policies: [] },
  },
];

export default streamRoutes;
