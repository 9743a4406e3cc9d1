/**
 * Check-in at the door, made for a phone: scan the attendee's QR code with the camera, or upload a
 * photo of it, or type the code, or find the person by name or email and check them in by hand.
 * Each answer is big and clear: checked in; already checked in at <time> (a warning); cancelled,
 * waitlisted, awaiting approval, rejected or an unknown code (an error).
 */
import * as React from 'react';
import { Box, Button, Field, Flex, LinkButton, TextInput, Typography } from '@strapi/design-system';
import { ArrowLeft, Image as ImageIcon, Play } from '@strapi/icons';
import { isFetchError, Layouts, Page } from '@strapi/strapi/admin';
import { Link, useParams } from 'react-router-dom';
import type { CheckInRequest, CheckInResponse, CheckInSearchResponse } from '../../../../../../cms/src/registrant-actions';
import type { RegistrantColumns, RegistrantRow } from '../../../../../../cms/src/registrants';
import { CheckinOutcome, type ScanResult } from '../components/CheckinOutcome';
import { PersonSearch } from '../components/PersonSearch';
import { useCamera } from '../hooks/useCamera';
import { eventPath, useRegistrantsApi } from '../hooks/useRegistrantsApi';
import { readImageFile } from '../utils/qr';
import { useT } from '../utils/translations';

const SEARCH_DELAY_MS = 300;

const personOf = (row: RegistrantRow, erased: string) => (row.erased ? erased : [row.lastName, row.firstName].filter(Boolean).join(' ') || (row.email ?? ''));

const CheckinPage = () => {
  const t = useT();
  const { eventDocumentId = '' } = useParams<{ eventDocumentId: string }>();
  const api = useRegistrantsApi();
  const [meta, setMeta] = React.useState<RegistrantColumns | null>(null);
  const [failed, setFailed] = React.useState(false);
  const [result, setResult] = React.useState<ScanResult | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [code, setCode] = React.useState('');
  const [search, setSearch] = React.useState('');
  const [found, setFound] = React.useState<RegistrantRow[] | null>(null);
  const photo = React.useRef<HTMLInputElement | null>(null);

  React.useEffect(() => {
    let live = true;
    api
      .columns(eventDocumentId)
      .then((answer) => live && setMeta(answer))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [api, eventDocumentId]);

  const checkIn = React.useCallback(
    async (body: CheckInRequest) => {
      setBusy(true);
      try {
        const answer = await api.request<CheckInResponse>('POST', `${eventPath(eventDocumentId)}/checkin`, body);
        setResult(answer);
        // the row found by hand shows its new attendance
        setFound((rows) => rows?.map((row) => (row.id === answer.registrant.id ? answer.registrant : row)) ?? null);
      } catch (error) {
        if (isFetchError(error) && (error.status === 404 || error.status === 400)) setResult({ outcome: 'not-found' });
        else throw error;
      } finally {
        setBusy(false);
      }
    },
    [api, eventDocumentId],
  );

  const camera = useCamera((scanned) => void checkIn({ code: scanned }));

  const onPhoto = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const text = await readImageFile(file).catch(() => null);
    if (text) await checkIn({ code: text });
    else setResult({ outcome: 'no-qr' });
  };

  React.useEffect(() => {
    const query = search.trim();
    if (query.length < 2) {
      setFound(null);
      return undefined;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      api
        .request<CheckInSearchResponse>('GET', `${eventPath(eventDocumentId)}/checkin/search?q=${encodeURIComponent(query)}`)
        .then((answer) => live && setFound(answer.results))
        .catch(() => live && setFound([]));
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [api, eventDocumentId, search]);

  if (failed) return <Page.Error />;
  if (!meta) return <Page.Loading>{t('checkin.loading')}</Page.Loading>;

  return (
    <Page.Main>
      <Page.Title>{t('checkin.pageTitle', { title: meta.event.title })}</Page.Title>
      <Layouts.Header
        navigationAction={
          <LinkButton tag={Link} to=".." relative="path" variant="tertiary" startIcon={<ArrowLeft />}>
            {t('checkin.back')}
          </LinkButton>
        }
        title={t('checkin.title')}
        subtitle={meta.event.title}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6} maxWidth="720px">
          <CheckinOutcome result={result} />

          <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
            <Flex direction="column" alignItems="stretch" gap={3}>
              <Typography variant="delta" tag="h2">
                {t('checkin.scan')}
              </Typography>
              <Flex gap={2} wrap="wrap">
                {camera.state === 'on' || camera.state === 'starting' ? (
                  <Button size="L" variant="secondary" onClick={camera.stop}>
                    {t('checkin.cameraOff')}
                  </Button>
                ) : (
                  <Button size="L" startIcon={<Play />} onClick={() => void camera.start()}>
                    {t('checkin.cameraOn')}
                  </Button>
                )}
                <Button size="L" variant="secondary" startIcon={<ImageIcon />} onClick={() => photo.current?.click()} disabled={busy}>
                  {t('checkin.photo')}
                </Button>
                <input
                  ref={photo}
                  type="file"
                  accept="image/*"
                  capture="environment"
                  hidden
                  aria-label={t('checkin.photo')}
                  data-testid="checkin-photo"
                  onChange={(event) => void onPhoto(event)}
                />
              </Flex>
              {camera.state === 'refused' || camera.state === 'unavailable' ? (
                <Typography textColor="danger600" role="alert">
                  {t(`checkin.camera.${camera.state}`)}
                </Typography>
              ) : null}
              <video
                ref={camera.video}
                muted
                playsInline
                aria-label={t('checkin.cameraView')}
                style={{ width: '100%', maxHeight: '60vh', borderRadius: 4, background: '#000', display: camera.state === 'on' ? 'block' : 'none' }}
              />
              <form
                onSubmit={(event) => {
                  event.preventDefault();
                  if (code.trim()) void checkIn({ code: code.trim() }).then(() => setCode(''));
                }}
              >
                <Flex gap={2} alignItems="flex-end">
                  <Box flex="1">
                    <Field.Root name="code" hint={t('checkin.codeHint')}>
                      <Field.Label>{t('checkin.code')}</Field.Label>
                      <TextInput value={code} autoComplete="off" onChange={(event: React.ChangeEvent<HTMLInputElement>) => setCode(event.target.value)} />
                      <Field.Hint />
                    </Field.Root>
                  </Box>
                  <Button type="submit" size="L" disabled={busy || !code.trim()}>
                    {t('checkin.submitCode')}
                  </Button>
                </Flex>
              </form>
            </Flex>
          </Box>

          <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
            <Flex direction="column" alignItems="stretch" gap={3}>
              <Typography variant="delta" tag="h2">
                {t('checkin.byName')}
              </Typography>
              <PersonSearch name="checkin-search" value={search} onChange={setSearch} />
              {found && found.length === 0 ? <Typography textColor="neutral600">{t('checkin.nobody')}</Typography> : null}
              {found && found.length > 0 ? (
                <ul aria-label={t('checkin.found')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {found.map((row) => (
                    <li key={row.id}>
                      <Flex justifyContent="space-between" gap={2} paddingTop={2} paddingBottom={2} wrap="wrap">
                        <Flex direction="column" alignItems="flex-start">
                          <Typography fontWeight="semiBold">{personOf(row, t('row.erased'))}</Typography>
                          <Typography variant="pi" textColor="neutral600">
                            {[row.email, t(`status.${row.status}`), row.attendedAt ? t('checkin.wasHere') : null].filter(Boolean).join(' · ')}
                          </Typography>
                        </Flex>
                        <Button size="L" variant={row.attendedAt ? 'tertiary' : 'default'} disabled={busy} onClick={() => void checkIn({ registrationId: row.id })}>
                          {t('checkin.mark', { name: personOf(row, t('row.erased')) })}
                        </Button>
                      </Flex>
                    </li>
                  ))}
                </ul>
              ) : null}
            </Flex>
          </Box>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default CheckinPage;
