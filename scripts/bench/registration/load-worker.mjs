// The load generator of the registration benchmark, in its own process (so that Strapi's process
// CPU time is Strapi's alone). Two jobs: registrations over HTTP, and plain single-row INSERT
// transactions over node-postgres, both with a fixed number of concurrent clients.
import http from 'node:http';
import pg from 'pg';

/** One POST per token, `concurrency` at a time on keep-alive sockets; latencies of every response. */
async function registrations({ url, tokens, concurrency }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const target = new URL(url);
  const body = JSON.stringify({ answers: {} });
  const latencies = [];
  const statuses = {};
  let next = 0;
  const one = (token) =>
    new Promise((resolve) => {
      const started = process.hrtime.bigint();
      const request = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` },
        },
        (response) => {
          response.on('data', () => undefined);
          response.on('end', () => {
            statuses[response.statusCode] = (statuses[response.statusCode] ?? 0) + 1;
            latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
            resolve();
          });
        },
      );
      request.on('error', () => {
        statuses.error = (statuses.error ?? 0) + 1;
        resolve();
      });
      request.end(body);
    });
  const loop = async () => {
    while (next < tokens.length) await one(tokens[next++]);
  };
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, loop));
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  agent.destroy();
  return { count: tokens.length, elapsedMs, latencies, statuses };
}

/** Single-row INSERT transactions (autocommit) for `seconds`, from `concurrency` connections. */
async function inserts({ connectionString, concurrency, seconds, table }) {
  const pool = new pg.Pool({ connectionString, max: concurrency });
  await Promise.all(Array.from({ length: concurrency }, () => pool.query('select 1')));
  const latencies = [];
  let count = 0;
  const deadline = Date.now() + seconds * 1000;
  const loop = async (client) => {
    let i = 0;
    while (Date.now() < deadline) {
      const started = process.hrtime.bigint();
      await pool.query(`insert into ${table} (user_id, event_document_id, created_at) values ($1, $2, now())`, [client * 1_000_000 + i, 'bench-hot']);
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      count += 1;
      i += 1;
    }
  };
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, (_, client) => loop(client)));
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  await pool.end();
  return { count, elapsedMs, latencies, statuses: {} };
}

process.once('message', (job) => {
  const started = process.cpuUsage();
  const run = job.kind === 'http' ? registrations(job) : inserts(job);
  run.then(
    (result) => {
      const cpu = process.cpuUsage(started);
      process.send({ ok: true, result: { ...result, cpuMs: (cpu.user + cpu.system) / 1000 } }, () => process.exit(0));
    },
    (error) => process.send({ ok: false, error: String(error?.stack ?? error) }, () => process.exit(1)),
  );
});
