/** Event date formatting in the current UI language (ru-RU by default) and the event's timezone. */
export function useEventDates() {
  const { localeProperties } = useI18n();
  const now = useNow();
  const locale = computed(() => localeProperties.value.language ?? 'ru-RU');
  return {
    format: (event: EventDatesInput, options?: { withZone?: boolean }) => formatEventDates(event, locale.value, options),
    phase: (event: EventDatesInput) => eventPhase(event, now.value),
  };
}
