/**
 * The admin in Russian on a real instance: the content manager's configuration (what its edit and
 * list views show) carries the catalog's Russian labels and hints for types and components, a label
 * an administrator changed by hand survives a restart, and new admin accounts open in Russian.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStrapi, type TestApp } from '../../scripts/testing/strapi';
import { LABELS } from '../labels/catalog';
import { adminTranslations, fieldLabelId } from '../labels/translations';

const PASSWORD = 'Test-pass-2026';
const EVENT_UID = 'api::event.event';

interface Metadata {
  edit: { label: string; description: string };
  list: { label: string };
}
interface ConfigurationBody {
  data: {
    contentType: { metadatas: Record<string, Metadata>; layouts: unknown; settings: unknown };
    components: Record<string, { metadatas: Record<string, Metadata> }>;
  };
}

interface ListedType {
  uid: string;
  isDisplayed?: boolean;
  attributes: Record<string, unknown>;
}

interface AdminUserService {
  create(attributes: Record<string, unknown>): Promise<{ id: number }>;
}

const label = (uid: string, field: string) => {
  const entry = LABELS[uid]?.fields[field];
  if (!entry) throw new Error(`no label for ${uid}.${field}`);
  return entry;
};

describe('the admin in Russian', () => {
  let app: TestApp;
  let token: string;

  const login = async () => {
    const response = await request(app.server).post('/admin/login').send({ email: 'root@admin.test', password: PASSWORD }).expect(200);
    return response.body.data.token as string;
  };
  const configuration = async (uid: string) =>
    (await request(app.server).get(`/content-manager/content-types/${uid}/configuration`).set('authorization', `Bearer ${token}`).expect(200)).body as ConfigurationBody;

  beforeAll(async () => {
    app = await bootStrapi();
    const role = (await app.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-super-admin' } })) as { id: number };
    await (app.strapi.service('admin::user') as unknown as AdminUserService).create({
      email: 'root@admin.test', firstname: 'Root', lastname: 'Test', password: PASSWORD, isActive: true, registrationToken: null, roles: [role.id],
    });
    token = await login();
  });

  afterAll(async () => {
    await app?.stop();
  });

  it("shows an event's fields with their Russian labels and hints in the edit and list views", async () => {
    const { data } = await configuration(EVENT_UID);
    for (const field of ['title', 'registrationOpen', 'waitlistEnabled', 'allowlist', 'capacity', 'blocks']) {
      const metadata = data.contentType.metadatas[field];
      expect(metadata?.edit.label, field).toBe(label(EVENT_UID, field).ru);
      expect(metadata?.edit.description, field).toBe(label(EVENT_UID, field).hint);
      expect(metadata?.list.label, field).toBe(label(EVENT_UID, field).ru);
    }
  });

  it("shows the fields of an event's components in Russian (SEO, the registration form)", async () => {
    const { data } = await configuration(EVENT_UID);
    expect(data.components['shared.seo']?.metadatas.metaTitle?.edit.label).toBe(label('shared.seo', 'metaTitle').ru);
    expect(data.components['registration.field']?.metadatas.required?.edit).toMatchObject({
      label: label('registration.field', 'required').ru,
      description: label('registration.field', 'required').hint,
    });
  });

  it("labels every field of every content type it configures, plugin types and the user's profile included", async () => {
    const unlabelled: string[] = [];
    for (const uid of Object.keys(LABELS).filter((key) => key.includes('::'))) {
      const { data } = await configuration(uid);
      for (const field of Object.keys(LABELS[uid]?.fields ?? {})) {
        const metadata = data.contentType.metadatas[field];
        if (metadata && metadata.edit.label !== label(uid, field).ru) unlabelled.push(`${uid}.${field}`);
      }
    }
    expect(unlabelled).toEqual([]);
  });

  it('labels every field of every content type and component Strapi shows in Russian and English, with a Russian hint', async () => {
    const admin = (path: string) => request(app.server).get(path).set('authorization', `Bearer ${token}`).expect(200);
    const types = ((await admin('/content-manager/content-types')).body as { data: ListedType[] }).data.filter((type) => type.isDisplayed);
    const components = ((await admin('/content-manager/components')).body as { data: ListedType[] }).data;
    // the app's own types and the plugins' (the content manager lists what an organizer may open)
    expect(types.map((type) => type.uid)).toEqual(expect.arrayContaining(['api::event.event', 'plugin::registration.registration', 'plugin::users-permissions.user']));
    expect(components.map((component) => component.uid)).toEqual(expect.arrayContaining(['shared.seo', 'blocks.program']));
    const { ru, en } = adminTranslations();
    const cyrillic = /[а-яё]/i;
    const missing: string[] = [];
    const check = (uid: string, field: string, metadata: Metadata | undefined) => {
      const id = fieldLabelId(uid, field);
      if (!en[id] || cyrillic.test(en[id] ?? '')) missing.push(`${uid}.${field}: English label`);
      if (!cyrillic.test(ru[id] ?? '')) missing.push(`${uid}.${field}: Russian label`);
      // the document id is never a form field nor a column (Strapi drops a label set on it)
      if (field === 'documentId') return;
      if (!cyrillic.test(metadata?.edit.label ?? '')) missing.push(`${uid}.${field}: Russian label in the edit view`);
      if (!cyrillic.test(metadata?.edit.description ?? '')) missing.push(`${uid}.${field}: Russian hint`);
      if (!cyrillic.test(metadata?.list.label ?? '')) missing.push(`${uid}.${field}: Russian list header`);
    };
    for (const type of types) {
      const { data } = await configuration(type.uid);
      for (const field of Object.keys(type.attributes)) check(type.uid, field, data.contentType.metadatas[field]);
    }
    for (const component of components) {
      const body = (await admin(`/content-manager/components/${component.uid}/configuration`)).body as { data: { component: { metadatas: Record<string, Metadata> } } };
      for (const field of Object.keys(component.attributes)) check(component.uid, field, body.data.component.metadatas[field]);
    }
    expect(missing).toEqual([]);
  });

  it('keeps a label and hint an administrator changed by hand across a restart', async () => {
    const { data } = await configuration(EVENT_UID);
    // what the admin's "Configure the view" sends: the list view's mainField is not sent back
    const sent = Object.fromEntries(
      Object.entries(data.contentType.metadatas).map(([field, { list, ...rest }]) => [field, { ...rest, list: { ...list, mainField: undefined } }]),
    );
    const metadatas = {
      ...sent,
      capacity: { ...data.contentType.metadatas.capacity, edit: { ...data.contentType.metadatas.capacity?.edit, label: 'Мест в зале', description: 'Без онлайн-участников' } },
    };
    await request(app.server)
      .put(`/content-manager/content-types/${EVENT_UID}/configuration`)
      .set('authorization', `Bearer ${token}`)
      .send({ layouts: data.contentType.layouts, settings: data.contentType.settings, metadatas })
      .expect(200);

    const db = app.db;
    await app.stop();
    app = await bootStrapi({ db });
    token = await login();

    const after = (await configuration(EVENT_UID)).data.contentType.metadatas;
    expect(after.capacity?.edit).toMatchObject({ label: 'Мест в зале', description: 'Без онлайн-участников' });
    expect(after.registrationOpen?.edit.label).toBe(label(EVENT_UID, 'registrationOpen').ru);
  });

  it('opens the admin in Russian for a new organizer account, and keeps a language chosen for it', async () => {
    const role = (await app.strapi.db.query('admin::role').findOne({ where: { code: 'mmso-event-manager' } })) as { id: number };
    const users = app.strapi.service('admin::user') as unknown as AdminUserService;
    const base = { firstname: 'Анна', lastname: 'Тест', password: PASSWORD, isActive: true, registrationToken: null, roles: [role.id] };
    await users.create({ ...base, email: 'anna@admin.test' });
    await users.create({ ...base, email: 'john@admin.test', preferedLanguage: 'en' });
    const me = async (email: string) => {
      const signedIn = await request(app.server).post('/admin/login').send({ email, password: PASSWORD }).expect(200);
      return signedIn.body.data.user as { preferedLanguage: string | null };
    };
    expect((await me('anna@admin.test')).preferedLanguage).toBe('ru');
    expect((await me('john@admin.test')).preferedLanguage).toBe('en');
  });
});
