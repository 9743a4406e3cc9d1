import type { MaybeRefOrGetter } from 'vue';

/** One published event by slug (404 from the API when there is none). */
export function useEvent(slug: MaybeRefOrGetter<string>) {
  return useFetch(() => `/api/events/${encodeURIComponent(toValue(slug))}`, {
    key: () => `event:${toValue(slug)}`,
  });
}
