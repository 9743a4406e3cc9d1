export const PLUGIN_ID = 'event-builder';
export const EVENT_UID = 'api::event.event';
export const SESSION_UID = 'api::session.session';
export const TRACK_UID = 'api::track.track';
export const NEWS_UID = 'api::news-item.news-item';
export const AD_UID = 'api::ad.ad';
export const SPEAKER_UID = 'api::speaker.speaker';
export const PARTNER_UID = 'api::partner.partner';
export const USER_UID = 'plugin::users-permissions.user';

/** Types whose entries can be hidden by an event's or a session's privacy level. */
export const PROTECTED_UIDS = [EVENT_UID, SESSION_UID, TRACK_UID, NEWS_UID, AD_UID] as const;
export type ProtectedUid = (typeof PROTECTED_UIDS)[number];

export const isProtectedUid = (uid: string): uid is ProtectedUid => (PROTECTED_UIDS as readonly string[]).includes(uid);

/**
 * The content types of the event space that the public may read (published entries, through the
 * privacy rules). Deny by default: any other type (accounts, registrations, consents, codes, anything
 * added later) is not readable by anonymous visitors, attendees or the site's token, and is not in the
 * public GraphQL schema.
 */
export const PUBLIC_READ_UIDS = [
  'api::organization.organization',
  EVENT_UID,
  SESSION_UID,
  TRACK_UID,
  SPEAKER_UID,
  PARTNER_UID,
  'api::partner-category.partner-category',
  NEWS_UID,
  AD_UID,
  'api::tag.tag',
  'api::audience.audience',
] as const;

export const isPublicReadUid = (uid: string): boolean => (PUBLIC_READ_UIDS as readonly string[]).includes(uid);

/** The program calendar's own admin permission (a switch on the Roles page, section Plugins). */
export const CALENDAR_READ = 'plugin::event-builder.calendar.read';
