import favoriteSchema from './favorite/schema.json';
import feedTokenSchema from './feed-token/schema.json';

export default {
  favorite: { schema: favoriteSchema },
  'feed-token': { schema: feedTokenSchema },
};
