/** Asks the CMS to mail the visitor a fresh code that confirms deleting their account. */
export default defineEventHandler(async (event) => {
  requireViewer(event);
  await registrationRequest(event, { method: 'POST', path: '/api/registration/me/erase-code', body: {} }, null);
  setResponseStatus(event, 204);
  return null;
});
