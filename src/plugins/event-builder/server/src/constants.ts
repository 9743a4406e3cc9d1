export const EVENT_UID = 'api::event.event';
export const SESSION_UID = 'api::session.session';
export const TRACK_UID = 'api::track.track';
export const NEWS_UID = 'api::news-item.news-item';
export const AD_UID = 'api::ad.ad';
export const SPEAKER_UID = 'api::speaker.speaker';
export const PARTNER_UID = 'api::partner.partner';

/** Types whose entries can be hidden by an event's or a session's privacy level. */
export const PROTECTED_UIDS = [EVENT_UID, SESSION_UID, TRACK_UID, NEWS_UID, AD_UID] as const;
export type ProtectedUid = (typeof PROTECTED_UIDS)[number];

export const isProtectedUid = (uid: string): uid is ProtectedUid => (PROTECTED_UIDS as readonly string[]).includes(uid);

/** Paths of the public APIs, where privacy and publication rules apply. */
export const isPublicApiPath = (path: string) => path.startsWith('/api/') || path === '/graphql' || path.startsWith('/graphql/');
