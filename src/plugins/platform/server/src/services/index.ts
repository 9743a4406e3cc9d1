import access from './access';
import accessLog from './access-log';
import bus from './bus';
import events from './events';
import health from './health';
import jobs from './jobs';
import live from './live';
import mail from './mail';
import personalData from './personal-data';
import redisConnections from './redis-connections';

export default {
  access,
  'access-log': accessLog,
  bus,
  events,
  health,
  jobs,
  live,
  mail,
  'personal-data': personalData,
  'redis-connections': redisConnections,
};
