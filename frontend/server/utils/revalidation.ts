import cluster from 'node:cluster';
import { RevalidationSignal, revalidationFile } from './revalidation-signal';

/** Empties this process's caches of public content: rendered pages and CMS answers. */
export function clearSiteCaches(): void {
  publicDataCache().clear();
  pageCache().clear();
}

let signal: RevalidationSignal | null | undefined;

/** The signal between the workers of this site process, or null when it runs alone (see revalidation-signal.ts). */
export function revalidationSignal(): RevalidationSignal | null {
  if (signal === undefined) {
    const file = revalidationFile(String(useRuntimeConfig().revalidateFile ?? ''), { isWorker: cluster.isWorker, primaryPid: process.ppid });
    signal = file ? new RevalidationSignal(file) : null;
  }
  return signal;
}
