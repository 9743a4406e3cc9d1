import { randomBytes } from 'node:crypto';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * How the workers of one site process (cluster mode) pass a revalidation on. The CMS calls one URL
 * per site process (SITE_REVALIDATE_URLS) and that call reaches one worker only: it writes a new
 * stamp into a file the workers share; every worker reads the file twice a second and empties its
 * caches when the stamp changed (so within a second of the publication).
 */
export class RevalidationSignal {
  /** The stamp this process last acted on or wrote ('' for none). */
  private seen = '';
  /** Announcements of this process being written (what is read meanwhile may be older). */
  private announcing = 0;

  constructor(
    readonly file: string,
    private readonly intervalMs = 500,
  ) {}

  private read(): Promise<string | null> {
    return readFile(this.file, 'utf8').catch(() => null);
  }

  /**
   * Calls `onChange` whenever another process announces a revalidation. A stamp already there at the
   * start was announced before this process had cached anything. Resolves to a stop function.
   */
  async watch(onChange: () => void): Promise<() => void> {
    this.seen = (await this.read()) ?? '';
    let checking = false;
    const timer = setInterval(() => {
      if (checking || this.announcing > 0) return;
      checking = true;
      const before = this.seen;
      void this.read()
        .then((stamp) => {
          // an announcement of this process while reading makes what was read out of date
          if (this.announcing > 0 || this.seen !== before || stamp === null || stamp === this.seen) return;
          this.seen = stamp;
          onChange();
        })
        .finally(() => {
          checking = false;
        });
    }, this.intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  /** Removes the file (when the site stops: a new start begins without announcements). */
  async remove(): Promise<void> {
    await unlink(this.file).catch(() => undefined);
  }

  /** Tells the other processes (this one has emptied its caches itself). */
  async announce(): Promise<void> {
    const stamp = `${Date.now()}-${randomBytes(6).toString('hex')}`;
    this.seen = stamp;
    this.announcing += 1;
    try {
      // written whole, then renamed into place: a reader never sees half a stamp
      const partial = `${this.file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      await writeFile(partial, stamp);
      await rename(partial, this.file);
    } finally {
      this.announcing -= 1;
    }
  }
}

/**
 * The file of the signal: NUXT_REVALIDATE_FILE when set (site processes on one host may share it),
 * otherwise one per cluster in the temporary directory, named after the primary process; a single
 * process (not a cluster worker) needs none.
 */
export function revalidationFile(configured: string, worker: { isWorker: boolean; primaryPid: number }): string | null {
  if (configured) return configured;
  return worker.isWorker ? join(tmpdir(), `mmso-site-revalidate-${worker.primaryPid}`) : null;
}
