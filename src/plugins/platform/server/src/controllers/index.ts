import health from './health';
import live from './live';

export default { health, live };
