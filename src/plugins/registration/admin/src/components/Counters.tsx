/** The live counter above a list: registered (of the capacity), waitlisted, attended. Announced politely when it changes. */
import { Box, Flex, Typography } from '@strapi/design-system';
import type { RegistrantCounts } from '../../../../../../cms/src/registrants';
import { useT } from '../utils/translations';

const Counter = ({ label, value, testId }: { label: string; value: string; testId: string }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" paddingTop={3} paddingBottom={3} paddingLeft={4} paddingRight={4} data-testid={testId}>
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Typography variant="sigma" textColor="neutral600">
        {label}
      </Typography>
      <Typography variant="beta" tag="span">
        {value}
      </Typography>
    </Flex>
  </Box>
);

export const Counters = ({ counts }: { counts: RegistrantCounts | null }) => {
  const t = useT();
  if (!counts) return null;
  const registered = counts.capacity === null ? String(counts.registered) : t('counts.of', { value: counts.registered, capacity: counts.capacity });
  return (
    <section aria-label={t('counts.label')} aria-live="polite">
      <Flex gap={3} wrap="wrap">
        <Counter label={t('counts.registered')} value={registered} testId="count-registered" />
        <Counter label={t('counts.waitlisted')} value={String(counts.waitlisted)} testId="count-waitlisted" />
        <Counter label={t('counts.capacity')} value={counts.capacity === null ? t('counts.unlimited') : String(counts.capacity)} testId="count-capacity" />
        <Counter label={t('counts.attended')} value={String(counts.attended)} testId="count-attended" />
      </Flex>
    </section>
  );
};
