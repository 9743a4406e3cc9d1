import { describe, expect, it } from 'vitest';
import { actionsOfRole, mergeDeclarations } from '../../../../platform/server/src/kit';
import { REGISTRATION_ACCESS, REGISTRANT_FIELDS } from '../domain/access';
import { ADMIN_ACTIONS } from '../domain/admin-actions';
import { CONSENT_UID, PARTNER_LINK_UID, REGISTRATION_UID, USER_UID } from '../constants';

const grantsOf = (subject: string) => (REGISTRATION_ACCESS.grants ?? []).filter((grant) => grant.subject === subject);

describe("registration's declaration to the platform's access registry", () => {
  it('ties its types to events: partner links by relation, registrations and consents by document id, site users by registrations', () => {
    const links = Object.fromEntries((REGISTRATION_ACCESS.subjects ?? []).map((subject) => [subject.uid, subject.link]));
    expect(links).toEqual({
      [PARTNER_LINK_UID]: { via: 'relation', path: 'event.' },
      [REGISTRATION_UID]: { via: 'record', field: 'eventDocumentId' },
      [CONSENT_UID]: { via: 'record', field: 'eventDocumentId' },
      [USER_UID]: { via: 'registrants' },
    });
  });

  it('lets organizers only read registrations and consents, and only event administrators change partner links', () => {
    const readOnly = (REGISTRATION_ACCESS.subjects ?? []).filter((subject) => subject.readOnly).map((subject) => subject.uid);
    expect(readOnly.sort()).toEqual([CONSENT_UID, REGISTRATION_UID].sort());
    for (const uid of [REGISTRATION_UID, USER_UID]) expect(grantsOf(uid).map((grant) => grant.action)).toEqual(['read']);
    for (const grant of grantsOf(PARTNER_LINK_UID).filter((grant) => grant.action !== 'read')) expect(grant.roles).toEqual(['eventAdmin']);
    expect(grantsOf(PARTNER_LINK_UID).find((grant) => grant.action === 'update')?.scope).toBe('admin');
  });

  it("shows organizers the registrant's profile, not the account", () => {
    const [read] = grantsOf(USER_UID);
    expect(read?.fields).toEqual(REGISTRANT_FIELDS);
    for (const secret of ['password', 'provider', 'blocked', 'confirmed', 'role', 'resetPasswordToken']) expect(REGISTRANT_FIELDS).not.toContain(secret);
  });

  it('brings its pages under the roles: lists, actions, export, check-in and audience to both organizer roles, the access log to none (the client administrator gets every action)', () => {
    const declared = mergeDeclarations([REGISTRATION_ACCESS]);
    expect(actionsOfRole(declared, 'eventManager').sort()).toEqual(
      [ADMIN_ACTIONS.read, ADMIN_ACTIONS.manage, ADMIN_ACTIONS.export, ADMIN_ACTIONS.checkin, ADMIN_ACTIONS.audience].sort(),
    );
    expect(actionsOfRole(declared, 'eventAdmin')).toEqual(actionsOfRole(declared, 'eventManager'));
    expect(declared.actions.map((action) => action.actionId)).toContain('plugin::registration.access-log.read');
    for (const action of declared.actions) expect(action.displayName).toMatch(/[а-я]/);
  });
});
