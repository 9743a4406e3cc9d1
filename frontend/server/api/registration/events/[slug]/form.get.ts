import { registrationFormSchema, type RegistrationForm } from 'cms';

/**
 * The registration form of an event for this visitor: the fields, what their profile still lacks,
 * the consent text, seats, and their registration if they have one. Never cached: it is per visitor.
 */
export default defineEventHandler(async (event): Promise<RegistrationForm> => {
  const slug = routeParam(event, 'slug', SLUG);
  markPrivate(event);
  const locale = getQuery(event).locale === 'en' ? 'en' : 'ru';
  try {
    return await registrationData(event, { path: `${registrationEventPath(slug)}/form`, query: { locale } }, registrationFormSchema);
  } catch (error) {
    // a session that just died: the form is still there for an anonymous visitor
    if ((error as { data?: { reason?: string } }).data?.reason === 'session-expired') {
      return registrationData(event, { path: `${registrationEventPath(slug)}/form`, query: { locale }, anonymous: true }, registrationFormSchema);
    }
    throw error;
  }
});
