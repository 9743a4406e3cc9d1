/**
 * Finding 11 (Strapi side): bodies are limited before they are read. A declared length over the limit
 * is refused at once (413, nothing read); a chunked body without a length is counted while it arrives
 * and refused as soon as it passes the limit, JSON, form or multipart, on REST, GraphQL and plugin
 * routes, signed in or not. Bodies within the limits still work.
 * SQLite, or PostgreSQL with DATABASE_CLIENT=postgres.
 */
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStrapi, type TestApp } from '../../../scripts/testing/strapi';

const MB = 1024 * 1024;

interface Sent {
  status: number;
  /** Bytes of the body the client had written when the answer came. */
  written: number;
  ms: number;
}

/**
 * Sends `total` bytes of `chunk` (chunked unless `declaredLength`) and stops writing as soon as an answer
 * comes; resolves with the status and how much had been written by then.
 */
function send(port: number, path: string, options: { contentType: string; total: number; declaredLength?: number; prefix?: string; headers?: Record<string, string> }): Promise<Sent> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    let written = 0;
    let answered = false;
    const headers: Record<string, string> = { 'content-type': options.contentType, ...options.headers };
    if (options.declaredLength !== undefined) headers['content-length'] = String(options.declaredLength);
    else headers['transfer-encoding'] = 'chunked';
    const req = httpRequest({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
      answered = true;
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, written, ms: Date.now() - started }));
      res.on('error', reject);
    });
    // the server may close the connection after answering: that is not the test's failure
    req.on('error', () => {
      if (!answered) setTimeout(() => (answered ? undefined : reject(new Error('connection closed without an answer'))), 200);
    });
    const piece = Buffer.alloc(64 * 1024, 'a');
    const pump = () => {
      while (!answered && written < options.total) {
        const body = written === 0 && options.prefix ? Buffer.concat([Buffer.from(options.prefix), piece]) : piece;
        written += body.length;
        if (!req.write(body)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!answered && options.declaredLength === undefined) req.end();
    };
    pump();
  });
}

describe('request body limits of Strapi', () => {
  let app: TestApp;
  let port: number;

  beforeAll(async () => {
    app = await bootStrapi({ env: { BODY_JSON_LIMIT: '1mb', BODY_FORM_LIMIT: '256kb', BODY_FILE_LIMIT: '8mb' } });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    port = (app.server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await app?.stop();
    await app?.db.drop();
  });

  it('refuses a declared length over the limit at once, without waiting for the body', async () => {
    for (const [path, type] of [
      ['/api/registration/auth/email-code', 'application/json'],
      ['/api/events', 'multipart/form-data; boundary=x'],
      ['/graphql', 'application/json'],
      ['/GRAPHQL', 'application/json'],
      ['/api/upload', 'multipart/form-data; boundary=x'],
      ['/api/anything-at-all', 'application/octet-stream'],
    ] as const) {
      const sent = await send(port, path, { contentType: type, total: 64 * 1024, declaredLength: 400 * MB });
      expect(sent.status, `${path} ${type}`).toBe(413);
      expect(sent.ms, path).toBeLessThan(5_000);
    }
  });

  it('counts a chunked body while it arrives and refuses it past the limit (JSON, GraphQL, form, multipart)', async () => {
    for (const [path, type, limit] of [
      ['/api/registration/auth/email-code', 'application/json', 1 * MB],
      ['/graphql', 'application/json', 1 * MB],
      ['/api/events', 'application/x-www-form-urlencoded', 256 * 1024],
      ['/api/events', 'multipart/form-data; boundary=x', 8 * MB],
      ['/api/registration/events/any/registrations', 'multipart/form-data; boundary=x', 8 * MB],
    ] as const) {
      const prefix = type.startsWith('multipart') ? '--x\r\nContent-Disposition: form-data; name="files.cv"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n' : type === 'application/json' ? '{"a":"' : 'a=';
      const sent = await send(port, path, { contentType: type, total: 64 * MB, prefix });
      expect(sent.status, `${path} ${type}`).toBe(413);
      // refused near the limit (give or take the sockets' buffers), not after the whole body was taken in
      expect(sent.written, `${path} ${type}`).toBeLessThan(limit + 16 * MB);
    }
  });

  it('keeps serving bodies within the limits', async () => {
    const json = await request(app.server).post('/api/registration/auth/email-code').send({ email: 'limits@uni.test' });
    expect(json.status).not.toBe(413);
    expect(json.status).toBeLessThan(500);
    const graphql = await request(app.server).post('/graphql').send({ query: '{ __typename }' });
    expect(graphql.status).toBe(200);
    const multipart = await request(app.server).post('/api/registration/events/none/registrations').field('data', '{}').attach('files.cv', Buffer.alloc(2 * MB, 1), 'cv.pdf');
    expect(multipart.status).not.toBe(413);
    expect(multipart.status).toBeLessThan(500);
  });
});
