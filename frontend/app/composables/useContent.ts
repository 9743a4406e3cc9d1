import type { MaybeRefOrGetter } from 'vue';
import type { EventFilters, EventListWhen } from '#shared/utils/events-query';

/** A page of events the visitor may see; the key follows every filter, so filter changes refetch. */
export function useEvents(options: { when: EventListWhen; page?: MaybeRefOrGetter<number>; pageSize?: number; filters?: MaybeRefOrGetter<EventFilters> }) {
  const base = useContentQuery();
  const query = computed(() => ({
    ...base.value,
    ...(toValue(options.filters) ?? {}),
    when: options.when,
    page: toValue(options.page) ?? 1,
    pageSize: options.pageSize ?? 12,
  }));
  return useFetch('/api/events', { key: () => `events:${JSON.stringify(query.value)}`, query });
}

export function useEventPage(slug: MaybeRefOrGetter<string>) {
  const query = useContentQuery();
  return useFetch(() => `/api/events/${encodeURIComponent(toValue(slug))}`, {
    key: () => `event:${toValue(slug)}:${JSON.stringify(query.value)}`,
    query,
  });
}

export function useProgram(slug: MaybeRefOrGetter<string>) {
  const query = useContentQuery();
  return useFetch(() => `/api/events/${encodeURIComponent(toValue(slug))}/program`, {
    key: () => `program:${toValue(slug)}:${JSON.stringify(query.value)}`,
    query,
  });
}

export function useSessionPage(slug: MaybeRefOrGetter<string>, id: MaybeRefOrGetter<string>) {
  const query = useContentQuery();
  return useFetch(() => `/api/events/${encodeURIComponent(toValue(slug))}/sessions/${encodeURIComponent(toValue(id))}`, {
    key: () => `session:${toValue(slug)}:${toValue(id)}:${JSON.stringify(query.value)}`,
    query,
  });
}

export function useSpeaker(slug: MaybeRefOrGetter<string>) {
  const query = useContentQuery();
  return useFetch(() => `/api/speakers/${encodeURIComponent(toValue(slug))}`, { key: () => `speaker:${toValue(slug)}:${JSON.stringify(query.value)}`, query });
}

export function useNewsItem(slug: MaybeRefOrGetter<string>) {
  const query = useContentQuery();
  return useFetch(() => `/api/news/${encodeURIComponent(toValue(slug))}`, { key: () => `news:${toValue(slug)}:${JSON.stringify(query.value)}`, query });
}

export function useTag(slug: MaybeRefOrGetter<string>) {
  const query = useContentQuery();
  return useFetch(() => `/api/tags/${encodeURIComponent(toValue(slug))}`, { key: () => `tag:${toValue(slug)}:${JSON.stringify(query.value)}`, query });
}

export function useArchive(options: { q: MaybeRefOrGetter<string | undefined>; tag: MaybeRefOrGetter<string | undefined>; page: MaybeRefOrGetter<number> }) {
  const base = useContentQuery();
  const query = computed(() => {
    const q = toValue(options.q);
    const tag = toValue(options.tag);
    return { ...base.value, page: toValue(options.page), ...(q ? { q } : {}), ...(tag ? { tag } : {}) };
  });
  return useFetch('/api/archive', { key: () => `archive:${JSON.stringify(query.value)}`, query });
}

export function useDictionaries() {
  return useFetch('/api/dictionaries', {
    key: 'dictionaries',
    default: () => ({ tags: [], audiences: [] }),
    getCachedData: (key, nuxtApp) => nuxtApp.payload.data[key] ?? nuxtApp.static.data[key],
  });
}
