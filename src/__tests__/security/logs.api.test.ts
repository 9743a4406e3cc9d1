/**
 * Issue 10, finding 13 (logs): request lines carry no secrets of the query or path (calendar feed
 * tokens, codes, tokens) and no email addresses; job errors and mail failures are stored and logged
 * without the addresses in them. SQLite, or PostgreSQL with DATABASE_CLIENT=postgres.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { waitFor } from '../../../scripts/testing/wait';
import { bearer, mailedCode, startHarness, type Harness } from '../../plugins/registration/server/src/__tests__/fixtures';

interface Jobs {
  define(name: string, handler: () => Promise<void>, retry?: { maxAttempts?: number }): void;
  enqueue(name: string, payload: unknown): Promise<{ job: { id: number } }>;
}

describe('logs hold no secrets and no addresses (finding 13)', () => {
  let h: Harness;
  const api = () => request(h.app.server);
  const lines: string[] = [];

  beforeAll(async () => {
    h = await startHarness();
    const log = h.app.strapi.log;
    for (const level of ['http', 'info', 'warn', 'error'] as const) {
      const original = log[level].bind(log);
      vi.spyOn(log, level).mockImplementation(((message: unknown, ...rest: unknown[]) => {
        lines.push([message, ...rest].map((part) => (part instanceof Error ? `${part.message} ${part.stack ?? ''}` : String(part))).join(' '));
        return original(message as string, ...(rest as []));
      }) as never);
    }
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await h?.stop();
  });

  it('masks the calendar feed token and query secrets in request lines', async () => {
    await api().post('/api/registration/auth/email-code').send({ email: 'feeder@uni.test' }).expect(204);
    const code = await mailedCode(h.sink, 'feeder@uni.test');
    const session = await api().post('/api/registration/auth/verify').send({ email: 'feeder@uni.test', code }).expect(200);
    const feed = await api().get('/api/engagement/favorites/feed').set(bearer(session.body.jwt)).expect(200);
    const token = feed.body.data.token as string;
    expect(token.length).toBeGreaterThan(10);
    lines.length = 0;
    await api().get(`/api/engagement/feeds/${token}`);
    await api().get(`/api/engagement/feeds/${token}.ics?token=${token}`);
    await api().get('/api/registration/events/none/form?email=Someone.Else%40uni.test&code=123456&access_token=abcdefghijklmnop');
    await waitFor(async () => (lines.some((line) => line.includes('/events/none/form')) ? true : null), 'request lines');
    const text = lines.join('\n');
    expect(text).toContain('/api/engagement/feeds/');
    expect(text).not.toContain(token);
    expect(text.toLowerCase()).not.toContain('someone.else');
    expect(text).not.toContain('123456');
    expect(text).not.toContain('abcdefghijklmnop');
  });

  it('keeps addresses out of job errors, stored and logged', async () => {
    const jobs = h.app.strapi.plugin('platform').service('jobs') as Jobs;
    jobs.define(
      'security.fails-with-address',
      async () => {
        throw new Error('550 5.1.1 <Jane.Doe@uni.test>: recipient jane.doe@uni.test rejected');
      },
      { maxAttempts: 1 },
    );
    lines.length = 0;
    const { job } = await jobs.enqueue('security.fails-with-address', { note: 'no address here' });
    const row = await waitFor(async () => {
      const found = (await h.knex('platform_jobs').where({ id: job.id }).first('status', 'last_error')) as { status: string; last_error: string | null };
      return found.status === 'failed' ? found : null;
    }, 'the job to fail');
    expect(row.last_error).toMatch(/550/);
    expect(row.last_error?.toLowerCase()).not.toContain('jane.doe');
    expect(lines.join('\n').toLowerCase()).not.toContain('jane.doe');
  });
});

describe('mail failures are logged without the address', () => {
  let h: Harness;
  const lines: string[] = [];

  beforeAll(async () => {
    // nothing listens on port 9: every mail fails
    h = await startHarness({ SMTP_PORT: '9' });
    const log = h.app.strapi.log;
    vi.spyOn(log, 'warn').mockImplementation(((message: unknown) => {
      lines.push(String(message));
      return log;
    }) as never);
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await h?.stop();
  });

  it('logs the failure of a sign-in code mail without the address', async () => {
    await request(h.app.server).post('/api/registration/auth/email-code').send({ email: 'Private.Person@uni.test' }).expect(204);
    await waitFor(async () => (lines.some((line) => /mail #\d+ \(sign-in-code\) not sent/.test(line)) ? true : null), 'the mail failure to be logged');
    expect(lines.join('\n').toLowerCase()).not.toContain('private.person');
  });
});
