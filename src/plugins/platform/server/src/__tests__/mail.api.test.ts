/**
 * The mail outbox against a real Strapi and a real SMTP server (the sink of scripts/smtp-sink):
 * one message per (purpose, recipient, key), the X-MMSO-Purpose header, retries of temporary
 * failures, a permanent refusal recorded.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { readMessages, startSmtpSink, type SmtpSink } from '../../../../../../scripts/smtp-sink/sink';
import { bootStrapi, type TestApp } from '../../../../../../scripts/testing/strapi';
import { sleep, waitFor } from '../../../../../../scripts/testing/wait';
import { platform } from '../kit';

describe('mail outbox', () => {
  let app: TestApp;
  let sink: SmtpSink;
  let mailDir: string;
  /** Answers the sink gives the next messages to an address, in order, before it accepts them. */
  const refusals = new Map<string, Array<{ responseCode: number; message: string }>>();

  beforeAll(async () => {
    mailDir = await mkdtemp(join(tmpdir(), 'mmso-outbox-'));
    sink = await startSmtpSink({ port: 0, dir: mailDir, refuse: (envelope) => refusals.get(envelope.to[0] ?? '')?.shift() ?? null });
    app = await bootStrapi({ env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port), MAIL_RETRY_BASE_MS: '100', MAIL_MAX_ATTEMPTS: '4' } });
  });

  afterAll(async () => {
    await app?.stop();
    await app?.db.drop();
    await sink?.close();
    await rm(mailDir, { recursive: true, force: true });
  });

  const mailTo = async (address: string) => (await readMessages(sink.dir)).filter((m) => m.to.includes(address));
  const mail = () => platform(app.strapi).mail;

  it('sends a message through SMTP with its purpose header, and logs it sent', async () => {
    const { id, created } = await mail().send({
      to: 'Anna@Example.test',
      purpose: 'registration-confirmation',
      key: 'registration:1:1',
      subject: 'Вы зарегистрированы',
      text: 'До встречи на событии',
      html: '<p>До встречи на событии</p>',
      attachments: [{ filename: 'event.ics', content: Buffer.from('BEGIN:VCALENDAR').toString('base64'), contentType: 'text/calendar' }],
      locale: 'ru',
    });
    expect(created).toBe(true);
    const [message] = await waitFor(async () => ((await mailTo('anna@example.test')).length === 1 ? mailTo('anna@example.test') : null), 'the mail');
    expect(message?.headers['x-mmso-purpose']).toBe('registration-confirmation');
    expect(message?.subject).toBe('Вы зарегистрированы');
    expect(message?.text).toContain('До встречи на событии');
    const logged = await waitFor(async () => ((await mail().get(id))?.status === 'sent' ? mail().get(id) : null), 'logged sent');
    expect(logged).toMatchObject({ to: 'anna@example.test', purpose: 'registration-confirmation', attempts: 1, lastError: null, locale: 'ru' });
    expect(logged.sentAt).toBeInstanceOf(Date);
    // the content (codes, links) is not kept once sent
    const row = (await (app.strapi.db.connection as unknown as Knex)('platform_mail_messages').where('id', id).first('content')) as { content: string | null };
    expect(row.content).toBeNull();
  });

  it('sends one message for the same purpose, recipient and key, however often and concurrently it is asked', async () => {
    const ask = () => mail().send({ to: 'boris@example.test', purpose: 'waitlist', key: 'registration:2:1', subject: 'Лист ожидания', text: 'Вы в листе ожидания' });
    const results = await Promise.all([ask(), ask(), ask()]);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    await waitFor(async () => (await mailTo('boris@example.test')).length === 1, 'the mail');
    expect(await ask()).toMatchObject({ created: false });
    // another key (or purpose) to the same person is another message
    await mail().send({ to: 'boris@example.test', purpose: 'waitlist', key: 'registration:2:2', subject: 'Лист ожидания', text: 'Снова в листе' });
    await waitFor(async () => (await mailTo('boris@example.test')).length === 2, 'the second mail');
    await sleep(500);
    expect(await mailTo('boris@example.test')).toHaveLength(2);
  });

  it('retries a temporary refusal (SMTP 4xx) with backoff, then sends', async () => {
    refusals.set('vera@example.test', [
      { responseCode: 451, message: 'Try again later' },
      { responseCode: 421, message: 'Too busy' },
    ]);
    const { id } = await mail().send({ to: 'vera@example.test', purpose: 'sign-in-code', key: 'code:1', subject: 'Код входа', text: 'Ваш код: 123456' });
    const sent = await waitFor(async () => ((await mail().get(id))?.status === 'sent' ? mail().get(id) : null), 'sent after retries', 20_000);
    expect(sent.attempts).toBe(3);
    expect(sent.lastError).toMatch(/^temporary: .*421/);
    const messages = await mailTo('vera@example.test');
    expect(messages).toHaveLength(1);
    expect(messages[0]?.headers['x-mmso-purpose']).toBe('sign-in-code');
  });

  it('marks a message failed on a permanent refusal (SMTP 5xx), with the error, and does not retry it', async () => {
    refusals.set('gleb@example.test', [{ responseCode: 550, message: 'Mailbox unavailable' }]);
    const { id } = await mail().send({ to: 'gleb@example.test', purpose: 'waitlist-promotion', key: 'registration:3:1', subject: 'Место', text: 'Вы зарегистрированы' });
    const failed = await waitFor(async () => ((await mail().get(id))?.status === 'failed' ? mail().get(id) : null), 'failed');
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toMatch(/^permanent: .*550/);
    await sleep(800);
    expect(await mailTo('gleb@example.test')).toHaveLength(0);
    expect((await mail().get(id))?.attempts).toBe(1);
  });

  it('writes the message with the business change: a rolled-back transaction sends nothing', async () => {
    const knex = app.strapi.db.connection as unknown as Knex;
    await expect(
      knex.transaction(async (trx) => {
        await mail().send({ to: 'dina@example.test', purpose: 'waitlist', key: 'rolled-back', subject: 'Нет', text: 'Не отправится' }, { trx });
        throw new Error('business rule broke');
      }),
    ).rejects.toThrow('business rule broke');
    await sleep(800);
    expect(await mailTo('dina@example.test')).toHaveLength(0);
    expect(await mail().list({ to: 'dina@example.test' })).toEqual([]);
  });

  it('refuses a malformed message, naming the field', async () => {
    await expect(mail().send({ to: 'not an address', purpose: 'waitlist', key: 'k', subject: 's', text: 't' })).rejects.toThrow(/to/);
  });
});
