/** Sets the page clock: a test time on the server when allowed, then a ticking clock in the browser. */
export default defineNuxtPlugin((nuxtApp) => {
  const now = useNow();
  const testNow = useTestNow();
  if (import.meta.server) {
    const raw = useRoute().query.now;
    const allowed = useRuntimeConfig().allowTestClock;
    if (allowed && typeof raw === 'string' && !Number.isNaN(Date.parse(raw))) {
      testNow.value = raw;
      now.value = Date.parse(raw);
    }
    return;
  }
  nuxtApp.hook('app:mounted', () => {
    if (testNow.value) return;
    now.value = Date.now();
    setInterval(() => {
      now.value = Date.now();
    }, 30_000);
  });
});
