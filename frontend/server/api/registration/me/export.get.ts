import { z } from 'zod';

// the file is the visitor's copy of their data: every field the CMS sends is kept, none stripped
const exportSchema = z.looseObject({ exportedAt: z.string() });

/** Everything the platform keeps about the visitor, as a JSON file to download. */
export default defineEventHandler(async (event) => {
  requireViewer(event);
  const data = await registrationData(event, { path: '/api/registration/me/export' }, exportSchema);
  const day = /^\d{4}-\d{2}-\d{2}/.exec(data.exportedAt)?.[0] ?? 'export';
  setResponseHeaders(event, {
    'content-type': 'application/json; charset=utf-8',
    'content-disposition': `attachment; filename="mmso-connect-my-data-${day}.json"`,
    'x-content-type-options': 'nosniff',
  });
  return JSON.stringify(data, null, 2);
});
