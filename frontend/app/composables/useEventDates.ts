/** Event date formatting in the current UI language (ru-RU by default) and the event's timezone. */
export function useEventDates() {
  const { localeProperties } = useI18n();
  const now = useNow();
  const locale = computed(() => localeProperties.value.language ?? 'ru-RU');
  return {
    locale,
    format: (event: EventDatesInput, options?: { withZone?: boolean }) => formatEventDates(event, locale.value, options),
    phase: (event: EventDatesInput) => eventPhase(event, now.value),
    timeRange: (item: { startsAt: string; endsAt: string }, timezone?: string | null) => formatTimeRange(item, timezone, locale.value),
    day: (key: string) => formatDayLabel(key, locale.value),
    dateTime: (iso: string, timezone?: string | null) => formatDateTime(iso, timezone, locale.value),
    date: (iso: string, timezone?: string | null) => formatDate(iso, locale.value, timezone),
  };
}
