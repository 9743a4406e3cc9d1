/**
 * The current time of the page: the render time, shared by the server render and hydration so
 * badges agree on both sides, then ticking in the browser. Tests pin it with `?now=` (honoured only
 * when the site runs with NUXT_ALLOW_TEST_CLOCK=1): then it never ticks.
 */
export function useNow() {
  return useState<number>('now', () => Date.now());
}

/** The pinned test time (ISO), or '' in real life. Sent along with every site API call. */
export function useTestNow() {
  return useState<string>('test-now', () => '');
}

/** Query parameters every content call carries: the language of the page and the test clock. */
export function useContentQuery() {
  const { locale } = useI18n();
  const testNow = useTestNow();
  return computed(() => ({ locale: locale.value, ...(testNow.value ? { now: testNow.value } : {}) }));
}
