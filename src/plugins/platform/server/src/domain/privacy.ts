/**
 * Who may see an event or a session. Pure: the filters it builds are Strapi query filters, the
 * decisions take the viewer's access sets as arguments.
 *
 * Levels, from open to strict: public; link (not listed, open by URL); invite (invited users);
 * closed (users on the event's allowlist of emails). A session inherits its event's level unless it
 * sets a stricter one: it is visible when the viewer passes both its event's level and its own.
 */
export const PRIVACY_LEVELS = ['public', 'link', 'invite', 'closed'] as const;
export type PrivacyLevel = (typeof PRIVACY_LEVELS)[number];
export type SessionPrivacy = PrivacyLevel | 'inherit';

const rank: Record<PrivacyLevel, number> = { public: 0, link: 1, invite: 2, closed: 3 };

/** The level that applies to a session: the stricter of its event's and its own. */
export function effectiveLevel(eventLevel: PrivacyLevel, sessionLevel: SessionPrivacy): PrivacyLevel {
  if (sessionLevel === 'inherit') return eventLevel;
  return rank[sessionLevel] > rank[eventLevel] ? sessionLevel : eventLevel;
}

/** Whether `next` would loosen `current` (what an event manager may not do, for instance). */
export const isStricter = (a: PrivacyLevel, b: PrivacyLevel) => rank[a] > rank[b];

/** What the viewer has been given, as sets of event document ids. */
export interface ViewerAccess {
  /** Events the viewer was invited to, or is allowlisted for (an allowlisted viewer is invited too). */
  invited: ReadonlySet<string>;
  /** Events whose allowlist holds the viewer's email. */
  allowlisted: ReadonlySet<string>;
}

export const NO_ACCESS: ViewerAccess = { invited: new Set(), allowlisted: new Set() };

/**
 * Whether a viewer may see something at `level` of the event `eventId`.
 * `listing`: in a list, search, feed or sitemap (where by-link items stay out) rather than opened directly.
 */
export function viewerPasses(level: PrivacyLevel, eventId: string, access: ViewerAccess, listing: boolean): boolean {
  switch (level) {
    case 'public':
      return true;
    case 'link':
      return !listing;
    case 'invite':
      return access.invited.has(eventId) || access.allowlisted.has(eventId);
    case 'closed':
      return access.allowlisted.has(eventId);
  }
}

export function canSeeSession(
  eventLevel: PrivacyLevel,
  sessionLevel: SessionPrivacy,
  eventId: string,
  access: ViewerAccess,
  listing: { event: boolean; session: boolean },
): boolean {
  return viewerPasses(eventLevel, eventId, access, listing.event) && viewerPasses(sessionLevel === 'inherit' ? 'public' : sessionLevel, eventId, access, listing.session);
}

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

/** Emails of an allowlist as the organizer typed it: one per line, or separated by commas, semicolons or spaces. */
export function parseAllowlist(text: string | null | undefined): { emails: Set<string>; invalid: string[] } {
  const emails = new Set<string>();
  const invalid: string[] = [];
  for (const raw of (text ?? '').split(/[\s,;]+/)) {
    const item = raw.trim().replace(/^<|>$/g, '').toLowerCase();
    if (item === '') continue;
    if (EMAIL.test(item)) emails.add(item);
    else invalid.push(raw.trim());
  }
  return { emails, invalid };
}

type Filter = Record<string, unknown>;

const idsIn = (ids: ReadonlySet<string>) => ({ documentId: { $in: [...ids] } });

/**
 * The branch "at `level`, for these events", or none when the viewer was given none: an empty `$in`
 * is no condition at all once a query sanitizer drops it (GraphQL's does), and would open the level
 * to everyone.
 */
const grantedAt = (level: 'invite' | 'closed', ids: ReadonlySet<string>, where: (ids: Filter) => Filter): Filter[] =>
  ids.size === 0 ? [] : [{ $and: [{ privacy: { $eq: level } }, where(idsIn(ids))] }];

/** Filter of events the viewer may see (`listing`: leave by-link events out). */
export function eventFilter(access: ViewerAccess, listing: boolean): Filter {
  const invited = new Set([...access.invited, ...access.allowlisted]);
  return {
    $or: [
      { privacy: { $eq: 'public' } },
      ...(listing ? [] : [{ privacy: { $eq: 'link' } }]),
      ...grantedAt('invite', invited, (ids) => ids),
      ...grantedAt('closed', access.allowlisted, (ids) => ids),
    ],
  };
}

/**
 * Filter of sessions the viewer may see. `eventListing`: whether the event itself must be listable
 * (a global list of sessions) or may be by-link (a program opened from its event page).
 */
export function sessionFilter(access: ViewerAccess, listing: { event: boolean; session: boolean }): Filter {
  const invited = new Set([...access.invited, ...access.allowlisted]);
  return {
    $and: [
      { event: eventFilter(access, listing.event) },
      {
        $or: [
          { privacy: { $in: ['inherit', 'public'] } },
          ...(listing.session ? [] : [{ privacy: { $eq: 'link' } }]),
          ...grantedAt('invite', invited, (ids) => ({ event: ids })),
          ...grantedAt('closed', access.allowlisted, (ids) => ({ event: ids })),
        ],
      },
    ],
  };
}

/** Filter of things that belong to an event (tracks, news, ads): visible with their event. */
export function eventOwnedFilter(access: ViewerAccess, listing: boolean, optional: boolean): Filter {
  const owned = { event: eventFilter(access, listing) };
  return optional ? { $or: [{ event: { id: { $null: true } } }, owned] } : owned;
}
