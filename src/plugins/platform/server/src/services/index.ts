import accessLog from './access-log';
import bus from './bus';
import health from './health';
import jobs from './jobs';
import live from './live';
import personalData from './personal-data';
import redisConnections from './redis-connections';

export default {
  'access-log': accessLog,
  bus,
  health,
  jobs,
  live,
  'personal-data': personalData,
  'redis-connections': redisConnections,
};
