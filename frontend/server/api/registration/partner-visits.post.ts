import { partnerVisitRequestSchema } from 'cms';

/**
 * The page reports that it was opened through a partner link (`?ref=CODE`). Public pages are served
 * from the page cache, where no server code runs for the visit, so the page itself reports it once it
 * is in the browser; this route forwards the report to the CMS with the visitor's address signed with
 * the site's proxy secret (only the site's server can vouch for it). The answer is always 204: the page
 * learns nothing about which codes exist, and a CMS that is down costs the visitor nothing.
 */
export default defineEventHandler(async (event) => {
  const body = await readCheckedBody(event, partnerVisitRequestSchema);
  markPrivate(event);
  try {
    await registrationRequest(event, { method: 'POST', path: '/api/registration/partner-links/visits', body, anonymous: true }, null);
  } catch {
    // counted or not: nothing to tell the page (registrationRequest logs what is the CMS's fault)
  }
  setResponseStatus(event, 204);
  return null;
});
