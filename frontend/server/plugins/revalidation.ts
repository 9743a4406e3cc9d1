/** Every worker of the site empties its caches when any of them is told of a publication (utils/revalidation-signal.ts). */
export default defineNitroPlugin((nitroApp) => {
  const signal = revalidationSignal();
  if (!signal) return;
  const stop = signal.watch(() => {
    clearSiteCaches();
    console.info('[site] caches cleared (a publication another worker was told of)');
  });
  nitroApp.hooks.hook('close', async () => {
    (await stop)();
    await signal.remove();
  });
});
