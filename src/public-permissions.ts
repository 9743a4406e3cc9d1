/** Content types of the event space that anyone may read (published entries only). */
export const publicContentTypes = [
  'api::organization.organization',
  'api::event.event',
  'api::session.session',
  'api::track.track',
  'api::speaker.speaker',
  'api::partner.partner',
  'api::partner-category.partner-category',
  'api::news-item.news-item',
  'api::ad.ad',
  'api::tag.tag',
  'api::audience.audience',
] as const;

export const publicReadActions: string[] = publicContentTypes.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]);

/** Plugin routes that anyone may call (the route itself decides what each viewer gets). */
export const publicPluginActions: string[] = ['plugin::event-builder.streams.findOne'];
