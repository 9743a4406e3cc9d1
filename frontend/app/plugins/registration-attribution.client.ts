/**
 * Remembers partner links and UTM tags of every event page the visitor opens (first touch per event),
 * and reports an opening through a partner link for the link's statistics.
 */
export default defineNuxtPlugin((nuxtApp) => {
  const router = useRouter();
  const record = () => {
    const { path, query } = router.currentRoute.value;
    rememberRegistrationAttribution(path, query);
    reportPartnerVisit(path, query);
  };
  nuxtApp.hook('app:mounted', record);
  router.afterEach(record);
});
