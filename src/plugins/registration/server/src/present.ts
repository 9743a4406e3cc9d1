/** The public API's response shapes (the site's copy is `cms/src/registration.ts`). */
import type { FieldDefinition } from './domain/form';
import type { EventSummary } from './services/cabinet';
import type { FormView } from './services/forms';
import type { RegistrationRecord } from './services/registrations';

const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);

export function eventSummaryOut(event: EventSummary | null) {
  return event ? { documentId: event.documentId, slug: event.slug, title: event.title, startsAt: iso(event.startsAt), endsAt: iso(event.endsAt) } : null;
}

export function registrationOut(record: RegistrationRecord, waitlistPosition: number | null, event: EventSummary | null) {
  return {
    id: record.documentId,
    status: record.status,
    waitlistPosition,
    event: eventSummaryOut(event),
    createdAt: record.createdAt.toISOString(),
    promotedAt: iso(record.promotedAt),
    cancelledAt: iso(record.cancelledAt),
  };
}

const fieldOut = (field: FieldDefinition) => ({
  key: field.key,
  type: field.type,
  label: field.label,
  placeholder: field.placeholder,
  help: field.help,
  required: field.required,
  options: field.options,
  source: field.source,
});

export function formOut(view: FormView) {
  const { event } = view;
  return {
    event: { ...eventSummaryOut(event), privacy: event.privacy },
    registration: {
      open: view.window.open,
      reason: view.window.reason,
      message: view.window.message,
      opensAt: iso(event.opensAt),
      closesAt: iso(event.closesAt),
      capacity: view.seats.capacity,
      seatsLeft: view.seats.left,
      waitlistEnabled: view.seats.waitlistEnabled,
    },
    fields: view.fields.map(fieldOut),
    files: view.files,
    missing: view.missing,
    consent: view.consent,
    myRegistration: view.mine ? registrationOut(view.mine.record, view.mine.waitlistPosition, event) : null,
  };
}
