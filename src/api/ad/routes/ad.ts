import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::ad.ad', { only: ['find', 'findOne'] });
