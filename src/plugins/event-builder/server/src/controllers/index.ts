import calendar from '../calendar/controller';
import streams from '../streams/controller';

export default { calendar, streams };
