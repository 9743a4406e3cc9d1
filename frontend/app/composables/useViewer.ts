import type { ViewerInfo } from '#shared/types/site';

/** Whether the visitor is signed in (asked once per page load; the JWT itself never reaches the browser). */
export function useViewer() {
  const localePath = useLocalePath();
  // anonymous visitors (no session cookie) are known to be anonymous without asking the server
  const cookie = import.meta.server ? (useRequestHeaders(['cookie']).cookie ?? '') : '';
  const requestFetch = useRequestFetch();
  const state = useAsyncData<ViewerInfo>('viewer', () => (import.meta.server && !cookie.includes('mmso_session=') ? Promise.resolve({ signedIn: false }) : requestFetch<ViewerInfo>('/api/me')), {
    default: () => ({ signedIn: false }),
    // known for the whole visit: signing in and out reload the page
    getCachedData: (key, nuxtApp) => nuxtApp.payload.data[key] ?? nuxtApp.static.data[key],
  });
  const signOut = async () => {
    await $fetch('/api/auth/signout', { method: 'POST' });
    await navigateTo(localePath('/'), { external: true });
  };
  // still awaitable (a page that needs to know before it fetches awaits it)
  return Object.assign(state, { signOut });
}

let loading: Promise<void> | null = null;

/**
 * The visitor's favorite sessions as a set of ids, and a toggle. Anonymous visitors get an empty
 * set; the page asks them to sign in instead.
 */
export function useFavorites() {
  const ids = useState<string[]>('favorite-ids', () => []);
  const loaded = useState<boolean>('favorite-loaded', () => false);
  const pending = ref<string | null>(null);

  function load(signedIn: boolean): Promise<void> {
    if (!signedIn || loaded.value) return Promise.resolve();
    loading ??= $fetch<{ ids: string[] }>('/api/me/favorites')
      .then((answer) => {
        ids.value = answer.ids;
        loaded.value = true;
      })
      .catch(() => {
        ids.value = [];
      })
      .finally(() => {
        loading = null;
      });
    return loading;
  }

  async function toggle(sessionId: string) {
    pending.value = sessionId;
    const saved = ids.value.includes(sessionId);
    try {
      await $fetch(`/api/me/favorites/${sessionId}`, { method: saved ? 'DELETE' : 'PUT' });
      ids.value = saved ? ids.value.filter((id) => id !== sessionId) : [...ids.value, sessionId];
    } finally {
      pending.value = null;
    }
  }

  return { ids, pending, load, toggle, has: (id: string) => ids.value.includes(id) };
}
