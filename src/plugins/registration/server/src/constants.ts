export const PLUGIN_ID = 'registration';
export const REGISTRATION_UID = 'plugin::registration.registration';
export const PARTNER_LINK_UID = 'plugin::registration.partner-link';
export const PARTNER_VISIT_UID = 'plugin::registration.partner-visit';
export const SEGMENT_UID = 'plugin::registration.segment';
export const CONSENT_UID = 'plugin::registration.consent';
export const CONSENT_TEXT_UID = 'plugin::registration.consent-text';
export const EMAIL_CODE_UID = 'plugin::registration.email-code';
export const PENDING_UID = 'plugin::registration.pending-registration';
export const CODE_ATTEMPT_UID = 'plugin::registration.code-attempt';
export const ACTION_UID = 'plugin::registration.registration-action';
export const EVENT_UID = 'api::event.event';
export const USER_UID = 'plugin::users-permissions.user';
export const ROLE_UID = 'plugin::users-permissions.role';

/** Tables of the plugin's content types (the hot path reads and writes them with knex). */
export const TABLES = {
  registrations: 'registration_registrations',
  consents: 'registration_consents',
  pending: 'registration_pending_registrations',
  partnerVisits: 'registration_partner_visits',
  segments: 'registration_segments',
  marketingConsents: 'registration_marketing_consents',
} as const;

/** Job names (platform jobs). */
export const JOBS = {
  promotedMail: 'registration.promoted-mail',
  confirmationMail: 'registration.confirmation-mail',
  promote: 'registration.promote',
} as const;

/** Purposes of the mails the plugin sends (the platform's mail outbox: X-MMSO-Purpose header, mail log). */
export const MAIL_PURPOSES = {
  signInCode: 'sign-in-code',
  eraseCode: 'erase-code',
  registrationCode: 'registration-code',
  confirmation: 'registration-confirmation',
  waitlist: 'waitlist',
  promotion: 'waitlist-promotion',
} as const;
