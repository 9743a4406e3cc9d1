import type { Schema, Struct } from '@strapi/strapi';

export interface BlocksAds extends Struct.ComponentSchema {
  collectionName: 'components_blocks_ads';
  info: {
    description: '';
    displayName: 'Ads';
    icon: 'chartBubble';
  };
  attributes: {
    heading: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 150;
      }>;
  };
}

export interface BlocksDescription extends Struct.ComponentSchema {
  collectionName: 'components_blocks_description';
  info: {
    description: '';
    displayName: 'Description';
    icon: 'feather';
  };
  attributes: {
    body: Schema.Attribute.Blocks;
    heading: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 150;
      }>;
  };
}

export interface BlocksDocuments extends Struct.ComponentSchema {
  collectionName: 'components_blocks_documents';
  info: {
    description: '';
    displayName: 'Documents';
    icon: 'file';
  };
  attributes: {
    files: Schema.Attribute.Media<'files' | 'images', true>;
    heading: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 150;
      }>;
  };
}

export interface BlocksGallery extends Struct.ComponentSchema {
  collectionName: 'components_blocks_gallery';
  info: {
    description: '';
    displayName: 'Photo gallery';
    icon: 'picture';
  };
  attributes: {
    heading: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 150;
      }>;
    images: Schema.Attribute.Media<'images', true>;
  };
}

export interface BlocksNews extends Struct.ComponentSchema {
  collectionName: 'components_blocks_news';
  info: {
    description: '';
    displayName: 'News';
    icon: 'bulletList';
  };
  attributes: {
    heading: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 150;
      }>;
    limit: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 24;
          min: 1;
        },
        number
      > &
      Schema.Attribute.DefaultTo<3>;
  };
}

export interface BlocksPartners extends Struct.ComponentSchema {
  collectionName: 'components_blocks_partners';
  info: {
    description: '';
    displayName: 'Partners';
    icon: 'handHeart';
  };
  attributes: {
    heading: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 150;
      }>;
  };
}

export interface BlocksProgram extends Struct.ComponentSchema {
  collectionName: 'components_blocks_program';
  info: {
    description: '';
    displayName: 'Program';
    icon: 'calendar';
  };
  attributes: {
    heading: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 150;
      }>;
    showTracks: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<true>;
    view: Schema.Attribute.Enumeration<['list', 'grid']> &
      Schema.Attribute.DefaultTo<'list'>;
  };
}

export interface BlocksSlider extends Struct.ComponentSchema {
  collectionName: 'components_blocks_slider';
  info: {
    description: '';
    displayName: 'Information slider';
    icon: 'apps';
  };
  attributes: {
    autoplaySeconds: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 60;
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<6>;
    heading: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 150;
      }>;
    slides: Schema.Attribute.Component<'shared.slide', true>;
  };
}

export interface BlocksSpeakers extends Struct.ComponentSchema {
  collectionName: 'components_blocks_speakers';
  info: {
    description: '';
    displayName: 'Speakers';
    icon: 'user';
  };
  attributes: {
    heading: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 150;
      }>;
    mode: Schema.Attribute.Enumeration<['all', 'selected']> &
      Schema.Attribute.DefaultTo<'all'>;
    speakers: Schema.Attribute.Relation<'oneToMany', 'api::speaker.speaker'>;
  };
}

export interface BlocksVideo extends Struct.ComponentSchema {
  collectionName: 'components_blocks_video';
  info: {
    description: '';
    displayName: 'Video';
    icon: 'play';
  };
  attributes: {
    caption: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    heading: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 150;
      }>;
    video: Schema.Attribute.Component<'shared.stream', false>;
  };
}

export interface RegistrationField extends Struct.ComponentSchema {
  collectionName: 'components_registration_fields';
  info: {
    description: "A question of the event's registration form. A key of a profile field (phone, status, organization, position, city, middleName) asks for that profile field and saves the answer in the profile.";
    displayName: 'Form field';
    icon: 'bulletList';
  };
  attributes: {
    help: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    key: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    options: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    order: Schema.Attribute.Integer & Schema.Attribute.DefaultTo<0>;
    placeholder: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    required: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    type: Schema.Attribute.Enumeration<
      [
        'text',
        'long-text',
        'email',
        'phone',
        'number',
        'date',
        'single-choice',
        'multiple-choice',
        'checkbox',
        'link',
        'file',
      ]
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'text'>;
  };
}

export interface SharedAdSettings extends Struct.ComponentSchema {
  collectionName: 'components_shared_ad_settings';
  info: {
    description: '';
    displayName: 'Ad settings';
    icon: 'chartBubble';
  };
  attributes: {
    order: Schema.Attribute.Enumeration<['fixed', 'random']> &
      Schema.Attribute.DefaultTo<'fixed'>;
    rotationSeconds: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 120;
          min: 3;
        },
        number
      > &
      Schema.Attribute.DefaultTo<8>;
  };
}

export interface SharedBranding extends Struct.ComponentSchema {
  collectionName: 'components_shared_branding';
  info: {
    description: "Overrides the organization's branding for one event";
    displayName: 'Branding override';
    icon: 'brush';
  };
  attributes: {
    accentColor: Schema.Attribute.String;
    font: Schema.Attribute.Enumeration<['inter', 'golos', 'pt-sans', 'roboto']>;
    logo: Schema.Attribute.Media<'images'>;
    primaryColor: Schema.Attribute.String;
  };
}

export interface SharedLink extends Struct.ComponentSchema {
  collectionName: 'components_shared_link';
  info: {
    description: '';
    displayName: 'Link';
    icon: 'link';
  };
  attributes: {
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    url: Schema.Attribute.String & Schema.Attribute.Required;
  };
}

export interface SharedSeo extends Struct.ComponentSchema {
  collectionName: 'components_shared_seo';
  info: {
    description: '';
    displayName: 'SEO';
    icon: 'search';
  };
  attributes: {
    metaDescription: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    metaTitle: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 70;
      }>;
    shareImage: Schema.Attribute.Media<'images'>;
  };
}

export interface SharedSessionAds extends Struct.ComponentSchema {
  collectionName: 'components_shared_session_ads';
  info: {
    description: '';
    displayName: 'Session ads';
    icon: 'chartBubble';
  };
  attributes: {
    autoRefreshSeconds: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 3600;
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
    show: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
  };
}

export interface SharedSlide extends Struct.ComponentSchema {
  collectionName: 'components_shared_slide';
  info: {
    description: '';
    displayName: 'Slide';
    icon: 'picture';
  };
  attributes: {
    image: Schema.Attribute.Media<'images'>;
    linkLabel: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    linkUrl: Schema.Attribute.String;
    text: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 150;
      }>;
  };
}

export interface SharedStream extends Struct.ComponentSchema {
  collectionName: 'components_shared_stream';
  info: {
    description: 'Paste a YouTube, Rutube or VK Video link, or a closed HLS stream (https://\u2026.m3u8): only allowed viewers get a closed stream';
    displayName: 'Stream';
    icon: 'play';
  };
  attributes: {
    embedUrl: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    provider: Schema.Attribute.Enumeration<['youtube', 'rutube', 'vk', 'hls']>;
    url: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'blocks.ads': BlocksAds;
      'blocks.description': BlocksDescription;
      'blocks.documents': BlocksDocuments;
      'blocks.gallery': BlocksGallery;
      'blocks.news': BlocksNews;
      'blocks.partners': BlocksPartners;
      'blocks.program': BlocksProgram;
      'blocks.slider': BlocksSlider;
      'blocks.speakers': BlocksSpeakers;
      'blocks.video': BlocksVideo;
      'registration.field': RegistrationField;
      'shared.ad-settings': SharedAdSettings;
      'shared.branding': SharedBranding;
      'shared.link': SharedLink;
      'shared.seo': SharedSeo;
      'shared.session-ads': SharedSessionAds;
      'shared.slide': SharedSlide;
      'shared.stream': SharedStream;
    }
  }
}
