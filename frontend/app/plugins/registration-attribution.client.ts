/** Remembers partner links and UTM tags of every event page the visitor opens (first touch per event). */
export default defineNuxtPlugin((nuxtApp) => {
  const router = useRouter();
  const record = () => rememberRegistrationAttribution(router.currentRoute.value.path, router.currentRoute.value.query);
  nuxtApp.hook('app:mounted', record);
  router.afterEach(record);
});
