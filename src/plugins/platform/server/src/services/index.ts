import bus from './bus';
import health from './health';
import jobs from './jobs';
import redisConnections from './redis-connections';

export default {
  bus,
  health,
  jobs,
  'redis-connections': redisConnections,
};
