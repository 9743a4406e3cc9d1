/** The calendar's own admin action (registered by the server's `register`). */
export const PERMISSIONS = {
  calendar: [{ action: 'plugin::event-builder.calendar.read', subject: null }],
};
