/**
 * A person's data through the cabinet's real routes, for the test of each module that joins the
 * platform's personal-data registry: the export (GET /api/registration/me/export) and the account's
 * erasure (erase code mailed, then entered). Needs a Strapi that mails through an SMTP sink.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { readMessages, startSmtpSink, type SmtpSink } from '../smtp-sink/sink';
import { bootStrapi, type TestApp } from './strapi';
import { waitFor } from './wait';

export interface MailingApp {
  app: TestApp;
  sink: SmtpSink;
  stop(): Promise<void>;
}

/** Boots an instance on a fresh database whose mail goes to a sink (erasure codes are mailed). */
export async function bootWithMailSink(env: Record<string, string> = {}): Promise<MailingApp> {
  const mailDir = await mkdtemp(join(tmpdir(), 'mmso-mail-'));
  const sink = await startSmtpSink({ port: 0, dir: mailDir });
  const app = await bootStrapi({ env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port), ...env } });
  return {
    app,
    sink,
    async stop() {
      await app.stop();
      await app.db.drop();
      await sink.close();
      await rm(mailDir, { recursive: true, force: true });
    },
  };
}

/** Account-erasure codes mailed to `email` so far, oldest first. */
async function erasureCodes(sink: SmtpSink, email: string): Promise<string[]> {
  return (await readMessages(sink.dir))
    .filter((m) => m.to.includes(email.toLowerCase()) && /^Код для удаления аккаунта/.test(m.subject))
    .map((m) => /(\d{6})/.exec(m.subject)?.[1] ?? '');
}

/** Waits until `count` erasure codes were mailed to `email` (POST /api/registration/me/erase-code); gives the latest. */
export async function mailedErasureCode(sink: SmtpSink, email: string, count = 1): Promise<string> {
  const codes = await waitFor(async () => {
    const found = await erasureCodes(sink, email);
    return found.length >= count ? found : null;
  }, `erasure code #${count} for ${email}`);
  return codes[codes.length - 1] ?? '';
}

/** The signed-in person's export of all their data (the JSON document, one part per module). */
export async function exportMyData(app: TestApp, jwt: string): Promise<Record<string, unknown>> {
  const response = await request(app.server).get('/api/registration/me/export').set('authorization', `Bearer ${jwt}`).expect(200);
  return response.body as Record<string, unknown>;
}

/** Erases the signed-in person's account the way the cabinet does: a code is mailed, then entered. */
export async function eraseMyAccount(mailing: MailingApp, who: { email: string; jwt: string }, expectStatus = 204): Promise<void> {
  const before = (await erasureCodes(mailing.sink, who.email)).length;
  const auth = { authorization: `Bearer ${who.jwt}` };
  await request(mailing.app.server).post('/api/registration/me/erase-code').set(auth).expect(204);
  const code = await mailedErasureCode(mailing.sink, who.email, before + 1);
  await request(mailing.app.server).post('/api/registration/me/erase').set(auth).send({ code }).expect(expectStatus);
}
