import type { MaybeRefOrGetter } from 'vue';
import type { EventListWhen } from '#shared/utils/events-query';

export interface UseEventsOptions {
  when: EventListWhen;
  page?: MaybeRefOrGetter<number>;
  pageSize?: number;
}

/** A page of published events; the key follows the query, so page changes refetch. */
export function useEvents(options: UseEventsOptions) {
  const page = computed(() => toValue(options.page) ?? 1);
  const pageSize = options.pageSize ?? 12;
  return useFetch('/api/events', {
    key: () => `events:${options.when}:${page.value}:${pageSize}`,
    query: { when: options.when, page, pageSize },
  });
}
