/**
 * Engagement's favorites and calendar feed tokens are content types (plugin::engagement.favorite and
 * plugin::engagement.feed-token, src/plugins/engagement/server/src/content-types) under the table
 * names engagement's bootstrap used to create by hand. A database of that time keeps its rows: each
 * table becomes the content type's (moveIntoContentType), its rows copied with a document id. On a
 * fresh database there is nothing to move and Strapi creates both tables when it syncs.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { moveIntoContentType } from '../tables';

export async function up(trx: Knex.Transaction, db: Core.Strapi['db']): Promise<void> {
  await moveIntoContentType(trx, db, 'engagement_favorites', (row) => ({
    user_id: row.user_id,
    session_document_id: row.session_document_id,
    event_document_id: row.event_document_id,
    created_at: row.created_at,
    updated_at: row.created_at,
    published_at: row.created_at,
  }));
  await moveIntoContentType(trx, db, 'engagement_feed_tokens', (row) => ({
    user_id: row.user_id,
    token: row.token,
    created_at: row.created_at,
    updated_at: row.created_at,
    published_at: row.created_at,
  }));
}
