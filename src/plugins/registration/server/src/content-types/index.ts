import codeAttemptSchema from './code-attempt/schema.json';
import consentSchema from './consent/schema.json';
import consentTextSchema from './consent-text/schema.json';
import emailCodeSchema from './email-code/schema.json';
import partnerLinkSchema from './partner-link/schema.json';
import partnerVisitSchema from './partner-visit/schema.json';
import segmentSchema from './segment/schema.json';
import marketingConsentSchema from './marketing-consent/schema.json';
import pendingRegistrationSchema from './pending-registration/schema.json';
import registrationSchema from './registration/schema.json';
import registrationActionSchema from './registration-action/schema.json';

export default {
  registration: { schema: registrationSchema },
  'partner-link': { schema: partnerLinkSchema },
  'partner-visit': { schema: partnerVisitSchema },
  segment: { schema: segmentSchema },
  'marketing-consent': { schema: marketingConsentSchema },
  consent: { schema: consentSchema },
  'consent-text': { schema: consentTextSchema },
  'email-code': { schema: emailCodeSchema },
  'pending-registration': { schema: pendingRegistrationSchema },
  'code-attempt': { schema: codeAttemptSchema },
  'registration-action': { schema: registrationActionSchema },
};
