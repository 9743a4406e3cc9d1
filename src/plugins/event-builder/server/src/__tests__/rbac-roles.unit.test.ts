import { describe, expect, it } from 'vitest';
import {
  buildRolePermissions,
  checkAccountWrite,
  CM,
  conditionLookup,
  CONDITIONS,
  EVENT_SETTINGS_FIELDS,
  eventLevel,
  eventPathOf,
  hasAllAccess,
  levelCovers,
  membershipCondition,
  readsSiteUsers,
  ROLE_CODES,
  SUPER_ADMIN_CODE,
  writeLevelOf,
  type DeclaredAccess,
  type PermissionCatalog,
  type PermissionSpec,
} from '../domain/roles';

const EVENT = 'api::event.event';
const SESSION = 'api::session.session';
const PARTNER = 'api::partner.partner';
const SPEAKER = 'api::speaker.speaker';
const TAG = 'api::tag.tag';
const USER = 'plugin::users-permissions.user';
const PARTNER_LINK = 'plugin::registration.partner-link';
const REGISTRATION = 'plugin::registration.registration';
const CONSENT = 'plugin::registration.consent';

/** What a registration module declares to the platform's access registry (the registration plugin's own test checks its real declaration). */
const both = ['eventAdmin', 'eventManager'] as const;
const declared: DeclaredAccess = {
  subjects: [
    { uid: PARTNER_LINK, link: { via: 'relation', path: 'event.' }, writeLevel: 'admin' },
    { uid: REGISTRATION, link: { via: 'record', field: 'eventDocumentId' }, readOnly: true },
    { uid: CONSENT, link: { via: 'record', field: 'eventDocumentId' }, readOnly: true },
    { uid: USER, link: { via: 'registrants' } },
  ],
  grants: [
    ...(['create', 'update', 'delete'] as const).map((action) => ({ roles: ['eventAdmin'] as const, action, subject: PARTNER_LINK, scope: action === 'create' ? ('none' as const) : ('admin' as const) })),
    ...[PARTNER_LINK, REGISTRATION].map((subject) => ({ roles: both, action: 'read' as const, subject, scope: 'member' as const })),
    { roles: both, action: 'read', subject: USER, scope: 'member', fields: ['username', 'email', 'firstName', 'lastName', 'phone', 'status', 'organization'] },
  ],
  actions: [
    { actionId: 'plugin::registration.registrants.read', module: 'registration', name: 'registrants.read', displayName: 'Списки участников', roles: both },
    { actionId: 'plugin::registration.access-log.read', module: 'registration', name: 'access-log.read', displayName: 'Журнал доступа', roles: [] },
    { actionId: 'plugin::registration.not-registered', module: 'registration', name: 'not-registered', displayName: 'Не в каталоге', roles: both },
  ],
};

const editable = [EVENT, SESSION, 'api::track.track', 'api::news-item.news-item', 'api::ad.ad', PARTNER, SPEAKER, TAG, USER, PARTNER_LINK, REGISTRATION];
const USER_FIELDS = ['username', 'email', 'provider', 'password', 'confirmed', 'blocked', 'role', 'firstName', 'lastName', 'phone', 'status', 'organization'];
const catalog: PermissionCatalog = {
  actions: [
    { actionId: CM.create, section: 'contentTypes', subjects: editable, properties: ['fields', 'locales'] },
    { actionId: CM.read, section: 'contentTypes', subjects: [...editable, 'admin::user', 'admin::api-token', 'plugin::upload.file'], properties: ['fields', 'locales'] },
    { actionId: CM.update, section: 'contentTypes', subjects: editable, properties: ['fields', 'locales'] },
    { actionId: CM.delete, section: 'contentTypes', subjects: editable, properties: ['locales'] },
    { actionId: CM.publish, section: 'contentTypes', subjects: editable, properties: ['locales'] },
    { actionId: 'plugin::upload.read', section: 'plugins' },
    { actionId: 'plugin::upload.assets.create', section: 'plugins' },
    { actionId: 'plugin::upload.assets.update', section: 'plugins' },
    { actionId: 'plugin::registration.read', section: 'plugins' },
    { actionId: 'plugin::registration.registrants.read', section: 'plugins' },
    { actionId: 'plugin::registration.access-log.read', section: 'plugins' },
    { actionId: 'admin::users.create', section: 'settings' },
    { actionId: 'admin::users.read', section: 'settings' },
    { actionId: 'admin::roles.read', section: 'settings' },
    { actionId: 'admin::roles.update', section: 'settings' },
    { actionId: 'admin::api-tokens.create', section: 'settings' },
    { actionId: 'admin::webhooks.create', section: 'settings' },
    { actionId: 'plugin::content-type-builder.read', section: 'plugins' },
    { actionId: 'admin::internal-thing', section: 'internal' },
  ],
  fieldsOf: (subject) =>
    subject === EVENT
      ? ['title', 'slug', 'privacy', 'allowlist', 'registrationOpen', 'capacity', 'admins', 'managers', 'invitedUsers', 'branding.primaryColor', 'blocks']
      : subject === USER
        ? USER_FIELDS
        : ['title', 'event'],
  isLocalized: (subject) => [EVENT, SESSION].includes(subject),
  locales: ['en', 'ru'],
};

const find = (permissions: PermissionSpec[], action: string, subject: string | null) => permissions.filter((p) => p.action === action && p.subject === subject);

describe('client administrator', () => {
  const permissions = buildRolePermissions('clientAdmin', catalog, declared);

  it('edits every content type with all fields and all locales, without conditions', () => {
    const [update] = find(permissions, CM.update, EVENT);
    expect(update).toEqual({ action: CM.update, subject: EVENT, properties: { fields: catalog.fieldsOf(EVENT), locales: ['en', 'ru'] }, conditions: [] });
    expect(find(permissions, CM.delete, USER)).toHaveLength(1);
    expect(permissions.every((p) => p.conditions.length === 0)).toBe(true);
  });

  it('gets the actions plugins add (registrant lists) and organizer accounts, not the platform administration', () => {
    const actions = new Set(permissions.map((p) => p.action));
    expect(actions).toContain('plugin::registration.read');
    expect(actions).toContain('plugin::registration.registrants.read');
    expect(actions).toContain('plugin::registration.access-log.read');
    expect(actions).toContain('admin::users.create');
    for (const platform of ['admin::roles.update', 'admin::api-tokens.create', 'admin::webhooks.create', 'plugin::content-type-builder.read', 'admin::internal-thing']) {
      expect(actions).not.toContain(platform);
    }
    expect(find(permissions, CM.read, 'admin::api-token')).toHaveLength(0);
    expect(find(permissions, CM.read, 'admin::user')).toHaveLength(1);
  });

  it('reads registrations without changing them (seats and the waitlist are the registration service’s)', () => {
    expect(find(permissions, CM.read, REGISTRATION)).toHaveLength(1);
    for (const action of [CM.create, CM.update, CM.delete, CM.publish]) expect(find(permissions, action, REGISTRATION)).toHaveLength(0);
    expect(find(permissions, CM.update, PARTNER_LINK)).toHaveLength(1);
  });
});

describe('event administrator', () => {
  const permissions = buildRolePermissions('eventAdmin', catalog, declared);

  it('creates events without conditions and configures, publishes and deletes only its own', () => {
    expect(find(permissions, CM.create, EVENT)[0]?.conditions).toEqual([]);
    for (const action of [CM.delete, CM.publish]) expect(find(permissions, action, EVENT).map((p) => p.conditions)).toEqual([[CONDITIONS.eventAdmin]]);
    const updates = find(permissions, CM.update, EVENT);
    expect(updates.find((p) => p.conditions.join() === CONDITIONS.eventAdmin)?.properties.fields).toContain('privacy');
  });

  it('works as a manager (settings read-only) where it is listed as manager', () => {
    const asManager = find(permissions, CM.update, EVENT).find((p) => p.conditions.join() === CONDITIONS.eventManager);
    expect(asManager?.properties.fields).toEqual(['title', 'branding.primaryColor', 'blocks']);
    expect(find(permissions, CM.read, EVENT)[0]?.conditions).toEqual([CONDITIONS.eventAdmin, CONDITIONS.eventManager]);
  });

  it('manages the content of its events and the partners it added, and invites organizers', () => {
    expect(find(permissions, CM.publish, SESSION)[0]?.conditions).toEqual([CONDITIONS.eventAdmin, CONDITIONS.eventManager]);
    expect(find(permissions, CM.update, PARTNER)[0]?.conditions).toEqual([CONDITIONS.eventAdmin, CONDITIONS.eventManager, CONDITIONS.isCreator]);
    expect(find(permissions, CM.update, SPEAKER)[0]?.conditions).toEqual([CONDITIONS.eventAdmin, CONDITIONS.isCreator]);
    expect(find(permissions, CM.read, SPEAKER)[0]?.conditions).toEqual([]);
    expect(permissions.map((p) => p.action)).toEqual(expect.arrayContaining(['admin::users.create', 'admin::roles.read']));
    expect(find(permissions, CM.read, 'admin::user')[0]?.properties.fields).toEqual(['firstname', 'lastname', 'username', 'email']);
  });

  it('manages the partner links of the events it administers and sees those it manages', () => {
    expect(find(permissions, CM.create, PARTNER_LINK)[0]?.conditions).toEqual([]);
    for (const action of [CM.update, CM.delete]) expect(find(permissions, action, PARTNER_LINK).map((p) => p.conditions)).toEqual([[CONDITIONS.eventAdmin]]);
    expect(find(permissions, CM.read, PARTNER_LINK)[0]?.conditions).toEqual([CONDITIONS.eventAdmin, CONDITIONS.eventManager]);
  });

  it('reads the registrants of its events: their registrations and their profile, not their account', () => {
    expect(find(permissions, CM.read, REGISTRATION).map((p) => p.conditions)).toEqual([[CONDITIONS.eventAdmin, CONDITIONS.eventManager]]);
    for (const action of [CM.create, CM.update, CM.delete]) expect(find(permissions, action, REGISTRATION)).toHaveLength(0);
    const [users] = find(permissions, CM.read, USER);
    expect(users?.conditions).toEqual([CONDITIONS.eventAdmin, CONDITIONS.eventManager]);
    expect(users?.properties.fields).toEqual(['username', 'email', 'firstName', 'lastName', 'phone', 'status', 'organization']);
    for (const action of [CM.create, CM.update, CM.delete]) expect(find(permissions, action, USER)).toHaveLength(0);
  });

  it('gets the module actions declared for its role, without conditions (the routes narrow to its events), and no others', () => {
    expect(find(permissions, 'plugin::registration.registrants.read', null)).toEqual([
      { action: 'plugin::registration.registrants.read', subject: null, properties: {}, conditions: [] },
    ]);
    expect(find(permissions, 'plugin::registration.access-log.read', null)).toHaveLength(0);
    // declared but unknown to the admin (not registered): left out rather than assigned
    expect(find(permissions, 'plugin::registration.not-registered', null)).toHaveLength(0);
  });
});

describe('event manager', () => {
  const permissions = buildRolePermissions('eventManager', catalog, declared);

  it('reads and edits the content of its events, never their settings', () => {
    expect(find(permissions, CM.delete, EVENT)).toHaveLength(0);
    expect(find(permissions, CM.publish, EVENT)).toHaveLength(0);
    const [update] = find(permissions, CM.update, EVENT);
    for (const field of EVENT_SETTINGS_FIELDS) expect(update?.properties.fields).not.toContain(field);
    expect(update?.properties.fields).toContain('branding.primaryColor');
    expect(find(permissions, CM.read, EVENT)[0]?.properties.fields).toContain('privacy');
  });

  it('creates only translations of its events: on the events it is listed on, with the content fields and the address', () => {
    const creates = find(permissions, CM.create, EVENT);
    expect(creates).toHaveLength(1);
    expect(creates[0]?.conditions).toEqual([CONDITIONS.eventAdmin, CONDITIONS.eventManager]);
    expect(creates[0]?.properties.fields).toEqual(['title', 'branding.primaryColor', 'blocks', 'slug']);
    expect(creates[0]?.properties.locales).toEqual(['en', 'ru']);
  });

  it('sees the partner links and registrants of its events, and changes none of them', () => {
    for (const uid of [PARTNER_LINK, REGISTRATION, USER]) {
      expect(find(permissions, CM.read, uid).map((p) => p.conditions)).toEqual([[CONDITIONS.eventAdmin, CONDITIONS.eventManager]]);
      for (const action of [CM.create, CM.update, CM.delete]) expect(find(permissions, action, uid)).toHaveLength(0);
    }
    expect(find(permissions, CM.read, USER)[0]?.properties.fields).not.toContain('blocked');
    expect(find(permissions, 'plugin::registration.registrants.read', null)).toHaveLength(1);
    expect(find(permissions, 'plugin::registration.access-log.read', null)).toHaveLength(0);
  });

  it('manages sessions, tracks, news, ads and partners of its events; only reads speakers and dictionaries', () => {
    for (const action of [CM.create, CM.read, CM.update, CM.delete, CM.publish]) expect(find(permissions, action, SESSION)).toHaveLength(1);
    expect(find(permissions, CM.update, SPEAKER)).toHaveLength(0);
    expect(find(permissions, CM.read, TAG)[0]?.conditions).toEqual([]);
    expect(permissions.map((p) => p.action)).not.toContain('admin::users.create');
    expect(permissions.find((p) => p.action === 'plugin::upload.assets.update')?.conditions).toEqual([CONDITIONS.isCreator]);
  });
});

describe('membership condition', () => {
  it('follows each type to its event', () => {
    expect(membershipCondition('admin', EVENT, 7)).toEqual({ 'admins.id': 7 });
    expect(membershipCondition('manager', SESSION, 7)).toEqual({ 'event.managers.id': 7 });
    expect(membershipCondition('admin', PARTNER, 7)).toEqual({ 'events.admins.id': 7 });
    expect(membershipCondition('admin', SPEAKER, 7)).toEqual({ 'sessions.event.admins.id': 7 });
  });

  it('fails closed on types that belong to no event', () => {
    expect(membershipCondition('admin', TAG, 7)).toBe(false);
    expect(membershipCondition('admin', undefined, 7)).toBe(false);
    expect(eventPathOf(USER, declared)).toBeNull();
    expect(conditionLookup(TAG)).toBeNull();
  });

  it('follows partner links by their event, registrations by the event’s document id, site users by their registrations', () => {
    expect(membershipCondition('manager', PARTNER_LINK, 7, {}, declared)).toEqual({ 'event.managers.id': 7 });
    expect(conditionLookup(REGISTRATION, declared)).toBe('events');
    expect(conditionLookup(CONSENT, declared)).toBe('events');
    expect(membershipCondition('admin', REGISTRATION, 7, { eventDocumentIds: ['ev1', 'ev2'] }, declared)).toEqual({ eventDocumentId: { $in: ['ev1', 'ev2'] } });
    expect(conditionLookup(USER, declared)).toBe('registrants');
    expect(membershipCondition('manager', USER, 7, { registrantIds: [3, 4] }, declared)).toEqual({ id: { $in: [3, 4] } });
  });

  it('fails closed on the types of a module that declared nothing (the registry is the only way in)', () => {
    for (const uid of [PARTNER_LINK, REGISTRATION, CONSENT, USER]) expect(membershipCondition('admin', uid, 7)).toBe(false);
    const undeclared = buildRolePermissions('eventAdmin', catalog);
    for (const uid of [PARTNER_LINK, REGISTRATION, USER]) expect(undeclared.filter((p) => p.subject === uid)).toEqual([]);
  });

  it('looks the registrants up only for the content manager’s requests (or outside a request)', () => {
    expect(readsSiteUsers('/content-manager/collection-types/plugin::users-permissions.user')).toBe(true);
    expect(readsSiteUsers(`/content-manager/relations/${EVENT}/invitedUsers`)).toBe(true);
    expect(readsSiteUsers(undefined)).toBe(true);
    expect(readsSiteUsers('/registration/events/ev1/registrants')).toBe(false);
    expect(readsSiteUsers('/content-manager-evil/x')).toBe(false);
    expect(readsSiteUsers('/admin/users/me')).toBe(false);
  });

  it('matches nothing when the lookup found nothing', () => {
    expect(membershipCondition('admin', REGISTRATION, 7, {}, declared)).toEqual({ eventDocumentId: { $in: [] } });
    expect(membershipCondition('admin', USER, 7, { registrantIds: [] }, declared)).toEqual({ id: { $in: [] } });
  });

  it('keeps partner links to the event’s administrators and the rest to its managers too', () => {
    expect(writeLevelOf(PARTNER_LINK, declared)).toBe('admin');
    expect(writeLevelOf(SESSION)).toBe('manager');
    expect(writeLevelOf(EVENT)).toBe('manager');
  });
});

describe('level on an event', () => {
  const listed = (admin: boolean, manager: boolean) => ({ admin, manager });

  it('gives everything to Super Admins and client administrators, listed or not', () => {
    expect(eventLevel([SUPER_ADMIN_CODE], listed(false, false))).toBe('admin');
    expect(eventLevel([ROLE_CODES.clientAdmin], listed(false, false))).toBe('admin');
    expect(hasAllAccess([ROLE_CODES.eventAdmin])).toBe(false);
  });

  it('lets the role cap what the listing gives', () => {
    expect(eventLevel([ROLE_CODES.eventAdmin], listed(true, false))).toBe('admin');
    expect(eventLevel([ROLE_CODES.eventAdmin], listed(false, true))).toBe('manager');
    expect(eventLevel([ROLE_CODES.eventManager], listed(true, false))).toBe('manager');
    expect(eventLevel([ROLE_CODES.eventManager], listed(false, true))).toBe('manager');
    expect(eventLevel([ROLE_CODES.eventAdmin, ROLE_CODES.eventManager], listed(false, false))).toBeNull();
    expect(eventLevel(['strapi-editor'], listed(true, true))).toBeNull();
  });

  it('orders the levels', () => {
    expect(levelCovers('admin', 'manager')).toBe(true);
    expect(levelCovers('manager', 'admin')).toBe(false);
    expect(levelCovers(null, 'manager')).toBe(false);
  });
});

describe('organizer accounts', () => {
  const { clientAdmin, eventAdmin, eventManager } = ROLE_CODES;

  it('keeps Super Admins to Super Admins', () => {
    expect(checkAccountWrite([SUPER_ADMIN_CODE], { kind: 'create', assignedRoles: [SUPER_ADMIN_CODE] }).ok).toBe(true);
    expect(checkAccountWrite([clientAdmin], { kind: 'create', assignedRoles: [SUPER_ADMIN_CODE] }).ok).toBe(false);
    expect(checkAccountWrite([clientAdmin], { kind: 'update', targetRoles: [SUPER_ADMIN_CODE] }).ok).toBe(false);
    expect(checkAccountWrite([clientAdmin], { kind: 'delete', targetRoles: [SUPER_ADMIN_CODE, eventAdmin] }).ok).toBe(false);
  });

  it('lets a client administrator manage the other accounts', () => {
    expect(checkAccountWrite([clientAdmin], { kind: 'create', assignedRoles: [clientAdmin] }).ok).toBe(true);
    expect(checkAccountWrite([clientAdmin], { kind: 'update', targetRoles: [eventManager], assignedRoles: [eventAdmin] }).ok).toBe(true);
  });

  it('lets an event administrator invite only event organizers and change only its own profile', () => {
    expect(checkAccountWrite([eventAdmin], { kind: 'create', assignedRoles: [eventManager] }).ok).toBe(true);
    expect(checkAccountWrite([eventAdmin], { kind: 'create', assignedRoles: [eventAdmin, eventManager] }).ok).toBe(true);
    expect(checkAccountWrite([eventAdmin], { kind: 'create', assignedRoles: [clientAdmin] }).ok).toBe(false);
    expect(checkAccountWrite([eventAdmin], { kind: 'create', assignedRoles: [] }).ok).toBe(false);
    expect(checkAccountWrite([eventAdmin], { kind: 'update', self: true, targetRoles: [eventAdmin] }).ok).toBe(true);
    expect(checkAccountWrite([eventAdmin], { kind: 'update', self: true, targetRoles: [eventAdmin], assignedRoles: [clientAdmin] }).ok).toBe(false);
    expect(checkAccountWrite([eventAdmin], { kind: 'update', targetRoles: [eventManager] }).ok).toBe(false);
    expect(checkAccountWrite([eventAdmin], { kind: 'delete', targetRoles: [eventManager] }).ok).toBe(false);
  });
});
