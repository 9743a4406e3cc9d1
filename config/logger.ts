import { winston, formats } from '@strapi/logger';

/** LOG_LEVEL: error | warn | info | http (default) | verbose | debug. Tests run with warn. */
export default {
  transports: [
    new winston.transports.Console({
      level: process.env.LOG_LEVEL || 'http',
      format: winston.format.combine(formats.levelFilter(process.env.LOG_LEVEL || 'http'), formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS' })),
    }),
  ],
};
