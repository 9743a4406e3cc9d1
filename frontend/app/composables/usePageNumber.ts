/** `?page=` of the current route as a positive integer (1 when missing or malformed). */
export function usePageNumber() {
  const route = useRoute();
  return computed(() => {
    const value = Number(Array.isArray(route.query.page) ? route.query.page[0] : route.query.page);
    return Number.isInteger(value) && value > 0 ? Math.min(value, 10_000) : 1;
  });
}

/** Throws the page's error while rendering, and shows it when a later refetch fails. */
export function usePageError(...errors: Array<Ref<{ statusCode?: number; statusMessage?: string } | null | undefined>>) {
  const failure = errors.map((error) => error.value).find(Boolean);
  if (failure) throw pageErrorFrom(failure);
  watch(errors, (values) => {
    const error = values.find(Boolean);
    if (error) showError(pageErrorFrom(error));
  });
}
