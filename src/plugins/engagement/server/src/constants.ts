export const PLUGIN_ID = 'engagement';
export const SESSION_UID = 'api::session.session';
export const USER_UID = 'plugin::users-permissions.user';

/** The plugin's content types (in the admin and in `strapi export`; no public API reads them). */
export const FAVORITE_UID = 'plugin::engagement.favorite';
export const FEED_TOKEN_UID = 'plugin::engagement.feed-token';
/** Their tables: the hot paths write them with knex (one row per user and session, per user). */
export const FAVORITES_TABLE = 'engagement_favorites';
export const FEED_TOKENS_TABLE = 'engagement_feed_tokens';

/** Actions the authenticated role is granted: every route decides for the user it serves. */
export const AUTHENTICATED_ACTIONS = [
  'plugin::engagement.favorites.find',
  'plugin::engagement.favorites.add',
  'plugin::engagement.favorites.remove',
  'plugin::engagement.favorites.feedToken',
  'plugin::engagement.favorites.rotateFeedToken',
] as const;
