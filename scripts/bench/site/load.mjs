// Load generators for the site benchmark: wrk when it is installed (C, measures at full speed on the
// second core), otherwise a small Node one (keep-alive sockets, latencies of every response).
import { spawn, spawnSync } from 'node:child_process';
import http from 'node:http';

export const hasWrk = () => spawnSync('wrk', ['--version'], { encoding: 'utf8' }).error === undefined;

function toMs(value, unit) {
  const factor = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[unit] ?? 1;
  return Number(value) * factor;
}

/** `wrk -t2 -c<connections> -d<seconds>s --latency <url>`: requests/s, p50, p99 (ms), errors. */
export function runWrk(url, { connections = 50, seconds = 10, threads = 2 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', [`-t${threads}`, `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '--latency', url], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.once('error', reject);
    child.once('exit', () => {
      const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0);
      const pct = (p) => {
        const match = new RegExp(`\\s${p}%\\s+([\\d.]+)(us|ms|s|m)`).exec(out);
        return match ? toMs(match[1], match[2]) : Number.NaN;
      };
      const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
      const socketErrors = /Socket errors:.*/.exec(out)?.[0] ?? '';
      resolve({ tool: 'wrk', rps, p50: pct(50), p99: pct(99), errors: non2xx, note: socketErrors, raw: out });
    });
  });
}

/** The same measurement in Node: `connections` keep-alive sockets, each sending its next request when the last one ends. */
export async function runNode(url, { connections = 50, seconds = 10 } = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  let errors = 0;
  const deadline = Date.now() + seconds * 1000;
  const one = () =>
    new Promise((resolve) => {
      const started = process.hrtime.bigint();
      const request = http.get(url, { agent }, (response) => {
        response.on('data', () => undefined);
        response.on('end', () => {
          if (response.statusCode !== 200) errors += 1;
          latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
          resolve();
        });
      });
      request.on('error', () => {
        errors += 1;
        resolve();
      });
    });
  const loop = async () => {
    while (Date.now() < deadline) await one();
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: connections }, loop));
  const elapsed = (Date.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? Number.NaN;
  return { tool: 'node', rps: latencies.length / elapsed, p50: pct(50), p99: pct(99), errors, note: '' };
}

export const measure = (url, options) => (hasWrk() ? runWrk(url, options) : runNode(url, options));
