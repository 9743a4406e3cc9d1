import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RevalidationSignal, revalidationFile } from '../../../server/utils/revalidation-signal';

const dirs: string[] = [];
const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'mmso-signal-'));
  dirs.push(dir);
  return join(dir, 'revalidate');
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('RevalidationSignal (workers of one site passing a publication on)', () => {
  it('tells every other worker once per announcement, and never the announcing one', async () => {
    const file = tempFile();
    const [first, second, third] = [new RevalidationSignal(file, 10), new RevalidationSignal(file, 10), new RevalidationSignal(file, 10)];
    const heard = { first: 0, second: 0, third: 0 };
    const stops = await Promise.all([first.watch(() => heard.first++), second.watch(() => heard.second++), third.watch(() => heard.third++)]);
    await first.announce();
    await expect.poll(() => heard.second + heard.third, { timeout: 5_000, interval: 10 }).toBe(2);
    await wait(100);
    expect(heard).toEqual({ first: 0, second: 1, third: 1 });
    await third.announce();
    await expect.poll(() => heard.first + heard.second, { timeout: 5_000, interval: 10 }).toBe(3);
    await wait(100);
    expect(heard).toEqual({ first: 1, second: 2, third: 1 });
    stops.forEach((stop) => stop());
  });

  it('ignores a stamp left from before the worker started, and a missing file', async () => {
    const file = tempFile();
    writeFileSync(file, 'an old announcement');
    const late = new RevalidationSignal(file, 10);
    let heard = 0;
    const stop = await late.watch(() => heard++);
    await wait(60);
    expect(heard).toBe(0);
    stop();

    const lonely = new RevalidationSignal(join(tmpdir(), 'mmso-no-such-dir', 'revalidate'), 10);
    const stopLonely = await lonely.watch(() => heard++);
    await wait(40);
    expect(heard).toBe(0);
    stopLonely();
  });

  it('uses the configured file, one per cluster for workers, and none for a single process', () => {
    expect(revalidationFile('/var/run/site/revalidate', { isWorker: false, primaryPid: 1 })).toBe('/var/run/site/revalidate');
    expect(revalidationFile('', { isWorker: true, primaryPid: 4242 })).toBe(join(tmpdir(), 'mmso-site-revalidate-4242'));
    expect(revalidationFile('', { isWorker: false, primaryPid: 4242 })).toBeNull();
  });
});
