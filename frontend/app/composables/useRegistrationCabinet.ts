import type { MeResponse } from 'cms';

/**
 * The personal cabinet's access: a signed-out visitor is sent to sign in and brought back to the
 * page they asked for. Returns the viewer (awaited).
 */
export async function useCabinetViewer() {
  const route = useRoute();
  const localePath = useLocalePath();
  const nuxtApp = useNuxtApp();
  const target = { path: localePath('/signin'), query: { redirect: route.fullPath } };
  const viewer = await useViewer();
  // after an await the app context is gone unless restored
  if (!viewer.data.value?.signedIn) await nuxtApp.runWithContext(() => navigateTo(target, { redirectCode: 302 }));
  return viewer;
}

/** The visitor's profile and registrations (per visitor, never shared). */
export function useMyRegistrations(signedIn: Ref<boolean>) {
  const requestFetch = useRequestFetch();
  return useAsyncData('cabinet-me', () => (signedIn.value ? requestFetch<MeResponse>('/api/registration/me') : Promise.resolve(null)), { watch: [signedIn] });
}
