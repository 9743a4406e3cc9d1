export const PLUGIN_ID = 'platform';

/** Content types the platform reads (the app's and Strapi's, never another plugin's). */
export const EVENT_UID = 'api::event.event';
export const USER_UID = 'plugin::users-permissions.user';
export const ADMIN_USER_UID = 'admin::user';

/** The platform's tables, made by migrations in database/migrations (the hot paths use knex). */
export const JOBS_TABLE = 'platform_jobs';
export const DOMAIN_EVENTS_TABLE = 'platform_domain_events';
export const MAIL_TABLE = 'platform_mail_messages';
export const ACCESS_LOG_TABLE = 'platform_access_log';
