/** Names of the {{id}} module: its id, the admin actions it registers, and (as it grows) its UIDs, jobs and events. */
export const PLUGIN_ID = '{{id}}';

/** Admin actions (RBAC): registered in register.ts, shown as switches on the Roles page under "Plugins". */
export const ACTIONS = {
  /** Reading the module's admin pages and routes. */
  read: `plugin::${PLUGIN_ID}.read`,
} as const;
