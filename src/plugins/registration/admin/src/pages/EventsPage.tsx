/**
 * The event picker: the events the organizer may open (their own; all of them for a client
 * administrator), with how many are registered and waitlisted. A row opens the event's list.
 */
import * as React from 'react';
import { Box, EmptyStateLayout, LinkButton, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import type { RegistrantEvent } from '../../../../../../cms/src/registrants';
import { useRegistrantsApi } from '../hooks/useRegistrantsApi';
import { formatDay } from '../utils/format';
import { useT } from '../utils/translations';

const EventsPage = () => {
  const t = useT();
  const { locale } = useIntl();
  const api = useRegistrantsApi();
  const [events, setEvents] = React.useState<RegistrantEvent[] | null>(null);
  const [failed, setFailed] = React.useState(false);

  React.useEffect(() => {
    let live = true;
    api
      .events()
      .then((answer) => live && setEvents(answer.results))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [api]);

  let body: React.ReactNode;
  if (failed) body = <Page.Error />;
  else if (!events) body = <Page.Loading>{t('events.loading')}</Page.Loading>;
  else if (events.length === 0) body = <EmptyStateLayout content={t('events.none')} />;
  else
    body = (
      <Table colCount={4} rowCount={events.length + 1} aria-label={t('events.caption')}>
        <Thead>
          <Tr>
            <Th>
              <Typography variant="sigma">{t('events.column.title')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('events.column.date')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('events.column.registered')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('events.column.open')}</Typography>
            </Th>
          </Tr>
        </Thead>
        <Tbody>
          {events.map((event) => (
            <Tr key={event.documentId}>
              <Td>
                <Typography fontWeight="semiBold">{event.title}</Typography>
              </Td>
              <Td>
                <Typography>{formatDay(event.startsAt, locale)}</Typography>
              </Td>
              <Td>
                <Typography>
                  {event.capacity === null
                    ? t('events.count', { registered: event.registered, waitlisted: event.waitlisted })
                    : t('events.countOf', { registered: event.registered, capacity: event.capacity, waitlisted: event.waitlisted })}
                </Typography>
              </Td>
              <Td>
                <LinkButton tag={Link} to={`events/${encodeURIComponent(event.documentId)}`} variant="secondary" size="S" aria-label={t('events.openLabel', { title: event.title })}>
                  {t('events.open')}
                </LinkButton>
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    );

  return (
    <Page.Main>
      <Page.Title>{t('events.title')}</Page.Title>
      <Layouts.Header title={t('events.title')} subtitle={t('events.subtitle')} />
      <Layouts.Content>
        <Box>{body}</Box>
      </Layouts.Content>
    </Page.Main>
  );
};

export default EventsPage;
