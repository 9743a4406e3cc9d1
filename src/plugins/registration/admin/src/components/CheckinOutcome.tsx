/** The big, clear answer of a scan: checked in (green), already checked in at <time> (amber), no seat or unknown code (red). */
import { Box, Flex, Typography } from '@strapi/design-system';
import { CheckCircle, CrossCircle, WarningCircle } from '@strapi/icons';
import { useIntl } from 'react-intl';
import type { CheckInOutcome } from '../../../../../../cms/src/registrant-actions';
import type { RegistrantRow } from '../../../../../../cms/src/registrants';
import { formatInstant } from '../utils/format';
import { useT } from '../utils/translations';

export type ScanResult = { outcome: CheckInOutcome; registrant: RegistrantRow; firstCheckInAt?: string } | { outcome: 'not-found' } | { outcome: 'no-qr' };

const TONE = {
  success: { background: 'success100', border: 'success600', text: 'success700', Icon: CheckCircle },
  warning: { background: 'warning100', border: 'warning600', text: 'warning700', Icon: WarningCircle },
  danger: { background: 'danger100', border: 'danger600', text: 'danger700', Icon: CrossCircle },
} as const;

const toneOf = (outcome: ScanResult['outcome']): keyof typeof TONE =>
  outcome === 'checked-in' ? 'success' : outcome === 'already-checked-in' || outcome === 'no-qr' ? 'warning' : 'danger';

const OutcomeCard = ({ result }: { result: ScanResult }) => {
  const t = useT();
  const { locale } = useIntl();
  const tone = TONE[toneOf(result.outcome)];
  const registrant = 'registrant' in result ? result.registrant : null;
  const person = registrant
    ? registrant.erased
      ? t('row.erased')
      : [registrant.firstName, registrant.lastName].filter(Boolean).join(' ') || (registrant.email ?? '')
    : null;
  const time = 'firstCheckInAt' in result && result.firstCheckInAt ? formatInstant(result.firstCheckInAt, locale) : '';
  return (
    <Box background={tone.background} borderColor={tone.border} borderStyle="solid" borderWidth="2px" hasRadius padding={6}>
      <Flex gap={4} alignItems="center">
        <tone.Icon width="3.2rem" height="3.2rem" aria-hidden />
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography variant="alpha" tag="p" textColor={tone.text}>
            {t(`checkin.outcome.${result.outcome}`, { time })}
          </Typography>
          {person ? (
            <Typography variant="beta" tag="p">
              {person}
            </Typography>
          ) : null}
          {registrant?.email && !registrant.erased ? <Typography textColor="neutral700">{registrant.email}</Typography> : null}
        </Flex>
      </Flex>
    </Box>
  );
};

/** The region is always there, so screen readers announce each new answer. */
export const CheckinOutcome = ({ result }: { result: ScanResult | null }) => {
  const t = useT();
  return (
    <div role="status" aria-live="assertive" aria-atomic="true" data-testid="checkin-outcome" data-outcome={result?.outcome ?? ''}>
      {result ? <OutcomeCard result={result} /> : <Typography textColor="neutral600">{t('checkin.waiting')}</Typography>}
    </div>
  );
};
