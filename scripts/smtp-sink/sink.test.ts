import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMessages, startSmtpSink, waitForMessage, type SmtpSink } from './sink.ts';

describe('smtp sink', () => {
  let dir: string;
  let sink: SmtpSink;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'smtp-sink-'));
    sink = await startSmtpSink({ host: '127.0.0.1', port: 0, dir });
  });

  afterAll(async () => {
    await sink.close();
    await rm(dir, { recursive: true, force: true });
  });

  const transport = () =>
    nodemailer.createTransport({ host: '127.0.0.1', port: sink.port, secure: false, ignoreTLS: true });

  it('stores a real SMTP message as .eml with the Cyrillic subject and body decoded', async () => {
    const client = transport();
    await client.sendMail({
      from: 'МИЦО <no-reply@demo.test>',
      to: 'Анна Смирнова <anna@demo.test>',
      subject: 'Код входа: 482913',
      text: 'Здравствуйте! Ваш код для входа — 482913. Он действует 10 минут.',
      html: '<p>Здравствуйте! Ваш код для входа — <b>482913</b>.</p>',
    });
    client.close();

    const files = (await readdir(dir)).filter((name) => name.endsWith('.eml'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z-.+\.eml$/);

    const [message] = await readMessages(dir);
    expect(message?.subject).toBe('Код входа: 482913');
    expect(message?.to).toEqual(['anna@demo.test']);
    expect(message?.text).toContain('Ваш код для входа — 482913');
    expect(message?.html).toContain('<b>482913</b>');
  });

  it('finds a Bcc recipient by the envelope and waits for mail that arrives later', async () => {
    const pending = waitForMessage(dir, (message) => message.to.includes('hidden@demo.test'), 5000);
    const client = transport();
    // base64 transfer encoding and a long folded subject: the paths a short message does not take
    await client.sendMail({
      from: 'no-reply@demo.test',
      to: 'someone@demo.test',
      bcc: 'hidden@demo.test',
      subject: 'Приглашение на День открытых дверей Московского института цифрового образования',
      text: 'Ждём вас в субботу в 11:00. '.repeat(40),
      textEncoding: 'base64',
    });
    client.close();

    const message = await pending;
    expect(message.subject).toBe('Приглашение на День открытых дверей Московского института цифрового образования');
    expect(message.text.startsWith('Ждём вас в субботу в 11:00.')).toBe(true);
  });

  it('times out with a clear error when nothing matches', async () => {
    await expect(waitForMessage(dir, (message) => message.subject === 'нет такого', 300, 50)).rejects.toThrow(/No matching message/);
  });
});
