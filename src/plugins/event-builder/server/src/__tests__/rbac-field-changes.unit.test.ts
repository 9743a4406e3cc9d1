import { describe, expect, it } from 'vitest';
import { canonicalJson, comparisonPopulate, refusedChanges, setsNothing, type AttributeShape, type ComponentLookup, type ModelShape } from '../domain/field-changes';

const FIELD: ModelShape = {
  attributes: {
    key: { type: 'string' },
    label: { type: 'string' },
    required: { type: 'boolean' },
    order: { type: 'integer' },
  },
};
const BRANDING: ModelShape = { attributes: { logo: { type: 'media' }, primaryColor: { type: 'string' } } };
const SLIDE: ModelShape = { attributes: { caption: { type: 'string' }, link: { type: 'relation' } } };
const components: ComponentLookup = (uid) => ({ 'registration.field': FIELD, 'shared.branding': BRANDING, 'blocks.slide': SLIDE })[uid];

const EVENT: Record<string, AttributeShape> = {
  title: { type: 'string' },
  privacy: { type: 'enumeration' },
  capacity: { type: 'integer' },
  registrationOpen: { type: 'boolean' },
  registrationClosesAt: { type: 'datetime' },
  doorsOpenAt: { type: 'time' },
  allowlist: { type: 'text' },
  settings: { type: 'json' },
  admins: { type: 'relation' },
  cover: { type: 'media' },
  registrationForm: { type: 'component', component: 'registration.field', repeatable: true },
  branding: { type: 'component', component: 'shared.branding' },
  blocks: { type: 'dynamiczone', components: ['blocks.slide'] },
};
const governed = new Set(Object.keys(EVENT));

/** What is stored for the event (as the document service returns it, populated for comparison). */
const STORED: Record<string, unknown> = {
  title: 'День открытых дверей',
  privacy: 'invite',
  capacity: 100,
  registrationOpen: true,
  registrationClosesAt: '2026-11-30T18:00:00.000Z',
  doorsOpenAt: '09:30:00.000',
  allowlist: null,
  settings: { b: 1, a: [1, 2] },
  admins: [{ id: 3, documentId: 'adm3' }],
  cover: { id: 12, url: '/uploads/cover.png' },
  registrationForm: [
    { id: 1, key: 'faculty', label: 'Факультет', required: true, order: 1 },
    { id: 2, key: 'course', label: 'Курс', required: false, order: 2 },
  ],
  branding: { id: 5, logo: null, primaryColor: '#003366' },
  blocks: [{ __component: 'blocks.slide', id: 9, caption: 'Кампус', link: null }],
};

/** What the admin panel's edit form sends back for the same event when nothing is touched. */
const FORM: Record<string, unknown> = {
  title: 'День открытых дверей',
  privacy: 'invite',
  capacity: '100',
  registrationOpen: true,
  registrationClosesAt: '2026-11-30T18:00:00Z',
  doorsOpenAt: '09:30',
  allowlist: '',
  settings: { a: [1, 2], b: 1 },
  admins: { connect: [], disconnect: [] },
  cover: { id: 12, url: '/uploads/cover.png', name: 'cover.png' },
  registrationForm: [
    { id: 1, __temp_key__: 'a0', key: 'faculty', label: 'Факультет', required: true, order: 1 },
    { id: 2, __temp_key__: 'a1', key: 'course', label: 'Курс', required: false, order: 2 },
  ],
  branding: { id: 5, __temp_key__: 'b0', logo: null, primaryColor: '#003366' },
  blocks: [{ __component: 'blocks.slide', id: 9, __temp_key__: 'c0', caption: 'Кампус', link: { connect: [], disconnect: [] } }],
};

/** A manager: may write the title, the blocks and the brand colour, none of the settings. */
const MANAGER_PATHS = ['title', 'blocks', 'branding.primaryColor'];
const asManager = { components, mayWrite: (path: string) => MANAGER_PATHS.includes(path) };
const check = (body: Record<string, unknown>, current: Record<string, unknown> | null = STORED, newVersion = false) =>
  refusedChanges({ attributes: EVENT, governed, body, current, newVersion }, asManager);

describe('refused changes', () => {
  it('let the whole edit form through when nothing restricted changes', () => {
    expect(check(FORM)).toEqual([]);
    expect(check({ ...FORM, title: 'Новое название', blocks: [] })).toEqual([]);
  });

  it('name each restricted field that changes', () => {
    expect(check({ ...FORM, privacy: 'closed' })).toEqual(['privacy']);
    expect(check({ ...FORM, capacity: 10, registrationOpen: false })).toEqual(['capacity', 'registrationOpen']);
    expect(check({ registrationClosesAt: '2026-12-01T18:00:00.000Z' })).toEqual(['registrationClosesAt']);
    expect(check({ doorsOpenAt: '10:00' })).toEqual(['doorsOpenAt']);
    expect(check({ allowlist: 'student@university.test' })).toEqual(['allowlist']);
    expect(check({ settings: { a: [2, 1], b: 1 } })).toEqual(['settings']);
    expect(check({ admins: { connect: [{ id: 7 }] } })).toEqual(['admins']);
    expect(check({ admins: [] })).toEqual(['admins']);
    expect(check({ cover: null })).toEqual(['cover']);
  });

  it('judge a component field by field, where a role may write some of them', () => {
    const form = FORM.registrationForm as Array<Record<string, unknown>>;
    expect(check({ registrationForm: [form[0], { ...form[1], label: 'Год обучения' }] })).toEqual(['registrationForm.label']);
    expect(check({ registrationForm: [form[0]] })).toEqual(['registrationForm']);
    expect(check({ registrationForm: [form[1], form[0]] })).toEqual(['registrationForm.key', 'registrationForm.label', 'registrationForm.required', 'registrationForm.order']);
    expect(check({ branding: { id: 5, logo: null, primaryColor: '#ff0000' } })).toEqual([]);
    expect(check({ branding: { id: 5, logo: { id: 44 }, primaryColor: '#003366' } })).toEqual(['branding.logo']);
    expect(check({ branding: null })).toEqual(['branding']);
  });

  it('judge a dynamic zone as a whole', () => {
    const denyAll = { components, mayWrite: () => false };
    const zone = (blocks: unknown) => refusedChanges({ attributes: EVENT, governed, body: { blocks }, current: STORED }, denyAll);
    expect(zone(FORM.blocks)).toEqual([]);
    expect(zone([{ __component: 'blocks.slide', caption: 'Библиотека' }])).toEqual(['blocks']);
    expect(zone([{ __component: 'blocks.slide', id: 9, caption: 'Кампус', link: { connect: [{ documentId: 'n1' }] } }])).toEqual(['blocks']);
    expect(zone([])).toEqual(['blocks']);
  });

  it('count every value of a new entry as a change, empty ones aside', () => {
    expect(check({ title: 'x', privacy: 'public', capacity: null, admins: { connect: [], disconnect: [] } }, null)).toEqual(['privacy']);
  });

  it('let a new translation leave out what the form does not copy, or keep the document’s values', () => {
    const translation = { title: 'Open day', privacy: 'invite', capacity: 100, registrationForm: [], admins: { connect: [], disconnect: [] }, branding: null };
    expect(check(translation, STORED, true)).toEqual([]);
    expect(check({ ...translation, privacy: 'public' }, STORED, true)).toEqual(['privacy']);
    expect(check({ ...translation, admins: { connect: [{ id: 9 }] } }, STORED, true)).toEqual(['admins']);
  });

  it('ignore fields that are not governed or not in the model', () => {
    const refused = refusedChanges({ attributes: EVENT, governed: new Set(['title']), body: { privacy: 'closed', locale: 'en', unknown: 1 }, current: STORED }, asManager);
    expect(refused).toEqual([]);
  });
});

describe('helpers', () => {
  it('write JSON with sorted keys', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 1 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"e":1,"f":2}]},"b":1}');
  });

  it('tell values that set nothing', () => {
    expect(setsNothing({ type: 'relation' }, { connect: [], disconnect: [{ id: 1 }] })).toBe(true);
    expect(setsNothing({ type: 'relation' }, { set: [{ id: 1 }] })).toBe(false);
    expect(setsNothing({ type: 'component' }, [])).toBe(true);
    expect(setsNothing({ type: 'string' }, '')).toBe(true);
    expect(setsNothing({ type: 'boolean' }, false)).toBe(false);
    expect(setsNothing({ type: 'json' }, {})).toBe(false);
  });

  it('populate what comparisons need, down to the components’ leaves', () => {
    expect(comparisonPopulate(EVENT, ['title', 'admins', 'cover', 'registrationForm', 'branding', 'blocks'], components)).toEqual({
      admins: { fields: ['documentId'] },
      cover: { fields: ['id'] },
      registrationForm: true,
      branding: { populate: { logo: { fields: ['id'] } } },
      blocks: { on: { 'blocks.slide': { populate: { link: { fields: ['documentId'] } } } } },
    });
  });
});
