import accounts from './accounts';
import audience from './audience';
import cabinet from './cabinet';
import checkin from './checkin';
import confirmations from './confirmations';
import consents from './consents';
import events from './events';
import files from './files';
import forms from './forms';
import partnerLinks from './partner-links';
import pendingRegistrations from './pending-registrations';
import people from './people';
import registrantActions from './registrant-actions';
import registrantExport from './registrant-export';
import registrants from './registrants';
import registrations from './registrations';

export default {
  accounts,
  audience,
  cabinet,
  checkin,
  confirmations,
  consents,
  events,
  files,
  forms,
  'partner-links': partnerLinks,
  'pending-registrations': pendingRegistrations,
  people,
  'registrant-actions': registrantActions,
  'registrant-export': registrantExport,
  registrants,
  registrations,
};
