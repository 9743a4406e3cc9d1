/**
 * A person's card, opened from a row: the profile, and their registrations at the events this
 * organizer may see (status, source, times, answers), with the files they attached (downloaded by
 * the admin JWT in the Authorization header). Each opening is one entry of the access log (server).
 */
import * as React from 'react';
import { Box, Button, Flex, Loader, Modal, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { storedAdminToken } from '../../../../../../cms/src/live';
import type { PersonCard as Card, PersonFile } from '../../../../../../cms/src/registrants';
import { backendUrl, useRegistrantsApi } from '../hooks/useRegistrantsApi';
import { formatDay, formatInstant } from '../utils/format';
import { saveFile } from '../utils/save-file';
import { useT } from '../utils/translations';

interface Props {
  userId: number | null;
  onClose(): void;
}

async function download(file: PersonFile): Promise<void> {
  const token = storedAdminToken();
  const response = await fetch(`${backendUrl()}${file.downloadPath}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error(`file: ${response.status}`);
  saveFile(await response.blob(), file.name);
}

const Line = ({ label, value }: { label: string; value: React.ReactNode }) => (
  <Flex gap={2} alignItems="baseline" wrap="wrap">
    <Typography variant="pi" textColor="neutral600" tag="dt">
      {label}
    </Typography>
    <Typography tag="dd" style={{ margin: 0 }}>
      {value}
    </Typography>
  </Flex>
);

/** The filled entries of a record (profile, answers), one line each. */
const Entries = ({ values, label, t }: { values: Record<string, unknown>; label(key: string): string; t: (id: string) => string }) => (
  <>
    {Object.entries(values)
      .filter(([, value]) => value !== null && value !== '')
      .map(([key, value]) => (
        <Line key={key} label={label(key)} value={answerText(value, t)} />
      ))}
  </>
);

const answerText = (value: unknown, t: (id: string) => string) =>
  Array.isArray(value) ? value.join(', ') : typeof value === 'boolean' ? t(value ? 'value.yes' : 'value.no') : value === null || value === undefined ? '' : String(value);

export const PersonCard = ({ userId, onClose }: Props) => {
  const t = useT();
  const { locale } = useIntl();
  const api = useRegistrantsApi();
  const [card, setCard] = React.useState<Card | null>(null);
  const [failed, setFailed] = React.useState(false);
  const [fileError, setFileError] = React.useState(false);

  React.useEffect(() => {
    setCard(null);
    setFailed(false);
    if (userId === null) return undefined;
    let live = true;
    api
      .request<Card>('GET', `/people/${userId}`)
      .then((answer) => live && setCard(answer))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [api, userId]);

  const name = card ? [card.person.lastName, card.person.firstName].filter(Boolean).join(' ') || (card.person.email ?? '') : '';

  return (
    <Modal.Root open={userId !== null} onOpenChange={(next) => (!next ? onClose() : undefined)}>
      <Modal.Content>
        <Modal.Header closeLabel={t('dialog.close')}>
          <Modal.Title>{card ? t('card.title', { name }) : t('card.loading')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {failed ? (
            <Typography role="alert" textColor="danger600">
              {t('card.failed')}
            </Typography>
          ) : !card ? (
            <Loader small>{t('card.loading')}</Loader>
          ) : (
            <Flex direction="column" alignItems="stretch" gap={5}>
              <section aria-label={t('card.profile')}>
                <Typography variant="delta" tag="h2">
                  {t('card.profile')}
                </Typography>
                <dl style={{ margin: 0 }}>
                  <Line label={t('column.email')} value={card.person.email ?? ''} />
                  <Entries values={card.person.profile} label={(key) => t(`profile.${key}`)} t={t} />
                </dl>
              </section>
              <section aria-label={t('card.history')}>
                <Typography variant="delta" tag="h2">
                  {t('card.history')}
                </Typography>
                <Flex direction="column" alignItems="stretch" gap={3} tag="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {card.registrations.map((registration) => (
                    <Box tag="li" key={registration.id} padding={3} hasRadius borderColor="neutral200" borderStyle="solid" borderWidth="1px">
                      <Typography fontWeight="bold" tag="h3">
                        {registration.event.title}
                      </Typography>
                      <dl style={{ margin: 0 }}>
                        <Line label={t('card.date')} value={formatDay(registration.event.startsAt, locale)} />
                        <Line label={t('column.status')} value={t(`status.${registration.status}`)} />
                        <Line label={t('column.source')} value={[t(`source.${registration.source}`), registration.sourceDetail].filter(Boolean).join(': ')} />
                        <Line label={t('column.registeredAt')} value={formatInstant(registration.registeredAt, locale)} />
                        <Line label={t('column.attendedAt')} value={registration.attendedAt ? formatInstant(registration.attendedAt, locale) : t('card.notAttended')} />
                        <Entries values={registration.answers} label={(key) => key} t={t} />
                      </dl>
                      {registration.files.length > 0 ? (
                        <Flex gap={2} wrap="wrap" paddingTop={2}>
                          {registration.files.map((file) => (
                            <Button
                              key={file.id}
                              size="S"
                              variant="secondary"
                              startIcon={<Download />}
                              onClick={() => {
                                setFileError(false);
                                download(file).catch(() => setFileError(true));
                              }}
                            >
                              {t('card.file', { name: file.name })}
                            </Button>
                          ))}
                        </Flex>
                      ) : null}
                    </Box>
                  ))}
                </Flex>
                {fileError ? (
                  <Typography role="alert" textColor="danger600">
                    {t('card.fileFailed')}
                  </Typography>
                ) : null}
              </section>
            </Flex>
          )}
        </Modal.Body>
        <Modal.Footer>
          <Button variant="tertiary" onClick={onClose}>
            {t('add.close')}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
