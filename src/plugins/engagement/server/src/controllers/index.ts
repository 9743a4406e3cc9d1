import favorites from './favorites';
import feeds from './feeds';

export default { favorites, feeds };
