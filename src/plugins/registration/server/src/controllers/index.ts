import accessLog from './access-log';
import audience from './audience';
import auth from './auth';
import forms from './forms';
import me from './me';
import partnerLinks from './partner-links';
import people from './people';
import registrantActions from './registrant-actions';
import registrantExport from './registrant-export';
import registrants from './registrants';

export default { 'access-log': accessLog, audience, auth, forms, me, 'partner-links': partnerLinks, people, 'registrant-actions': registrantActions, 'registrant-export': registrantExport, registrants };
