import calendar from '../calendar/controller';
import streams from './streams';

export default { calendar, streams };
