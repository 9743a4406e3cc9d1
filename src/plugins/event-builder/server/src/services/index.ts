import calendar from '../calendar/service';
import visibility from '../privacy/service';
import organizers from '../rbac/service';
import streams from '../streams/service';

export default { calendar, organizers, streams, visibility };
