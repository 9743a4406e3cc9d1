/** Names of the {{id}} module: its id, tables, admin actions, and what it subscribes to and mails. */
export const PLUGIN_ID = '{{id}}';

/** Its table, created by its migration in /database/migrations (*.{{id}}.ts). */
export const NOTES_TABLE = '{{snake}}_notes';

/** Admin actions (RBAC): registered in register.ts, shown as switches on the Roles page under "Plugins". */
export const ACTIONS = {
  /** Reading the module's admin routes and pages. */
  read: `plugin::${PLUGIN_ID}.read`,
} as const;

/** Content API actions the authenticated role is granted (bootstrap.ts): each route answers for its caller only. */
export const AUTHENTICATED_ACTIONS = [`plugin::${PLUGIN_ID}.notes.find`, `plugin::${PLUGIN_ID}.notes.save`] as const;

/** Its subscription to domain events (a stable id: it keys the deliveries, so never rename it). */
export const SUBSCRIBER_ID = `${PLUGIN_ID}.welcome-mail`;

/** Why it mails (the X-MMSO-Purpose header, the mail log's filter). */
export const MAIL_PURPOSES = { welcome: `${PLUGIN_ID}-welcome` } as const;
