import calendar from '../calendar/service';
import organizers from './organizers';
import streams from './streams';
import visibility from './visibility';

export default { calendar, organizers, streams, visibility };
