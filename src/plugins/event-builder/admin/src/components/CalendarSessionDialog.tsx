/**
 * The small form that creates a session: title, track, room, and the start and end on the chosen day
 * (prefilled from the selected slots). A refusal of the server is shown in the form, which stays open.
 */
import * as React from 'react';
import { Box, Button, Field, Flex, Modal, SingleSelect, SingleSelectOption, TextInput, TimePicker, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { CalendarTrack } from '../../../server/src/calendar/contracts';
import { getTranslation } from '../utils/translations';
import { clockToMinutes, minutesToClock } from '../utils/time';

const NO_TRACK = '__none__';

export interface SessionDraft {
  title: string;
  track: string | null;
  room: string;
  /** Minutes since local midnight of the day. */
  startMinutes: number;
  endMinutes: number;
}

export interface CalendarSessionDialogProps {
  open: boolean;
  dayLabel: string;
  tracks: CalendarTrack[];
  initial: SessionDraft;
  slotMinutes: number;
  /** Resolves to an error message to show, or null when the session was created. */
  onSubmit(draft: SessionDraft): Promise<string | null>;
  onClose(): void;
}

export const CalendarSessionDialog = ({ open, dayLabel, tracks, initial, slotMinutes, onSubmit, onClose }: CalendarSessionDialogProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => formatMessage({ id: getTranslation(id), defaultMessage: id }, values);
  const [draft, setDraft] = React.useState<SessionDraft>(initial);
  const [titleError, setTitleError] = React.useState<string | null>(null);
  const [serverError, setServerError] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);

  React.useEffect(() => {
    if (open) {
      setDraft(initial);
      setTitleError(null);
      setServerError(null);
      setBusy(false);
    }
  }, [open, initial]);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (draft.title.trim() === '') {
      setTitleError(t('dialog.required'));
      return;
    }
    if (draft.endMinutes <= draft.startMinutes) {
      setServerError(t('problem.end-not-after-start'));
      return;
    }
    setBusy(true);
    const message = await onSubmit({ ...draft, title: draft.title.trim() });
    setBusy(false);
    setServerError(message);
  };

  return (
    <Modal.Root open={open} onOpenChange={(next) => (!next ? onClose() : undefined)}>
      <Modal.Content aria-describedby="calendar-dialog-hint">
        <form onSubmit={submit} noValidate>
          <Modal.Header closeLabel={t('dialog.close')}>
            <Modal.Title>{t('dialog.title')}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography variant="omega" textColor="neutral700">
                {t('dialog.day', { date: dayLabel })}
              </Typography>
              <Field.Root name="title" required error={titleError ?? undefined}>
                <Field.Label>{t('dialog.name')}</Field.Label>
                <TextInput
                  autoFocus
                  value={draft.title}
                  maxLength={250}
                  onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
                    setDraft({ ...draft, title: event.target.value });
                    setTitleError(null);
                  }}
                />
                <Field.Error />
              </Field.Root>
              <Flex gap={4} alignItems="flex-start">
                <Box flex="1">
                  <Field.Root name="startsAt">
                    <Field.Label>{t('dialog.start')}</Field.Label>
                    <TimePicker
                      step={slotMinutes}
                      value={minutesToClock(draft.startMinutes)}
                      clearLabel={t('dialog.cancel')}
                      onChange={(value?: string) => {
                        const minutes = clockToMinutes(value);
                        if (minutes !== null) setDraft({ ...draft, startMinutes: minutes });
                      }}
                    />
                  </Field.Root>
                </Box>
                <Box flex="1">
                  <Field.Root name="endsAt">
                    <Field.Label>{t('dialog.end')}</Field.Label>
                    <TimePicker
                      step={slotMinutes}
                      value={minutesToClock(draft.endMinutes % (24 * 60))}
                      clearLabel={t('dialog.cancel')}
                      onChange={(value?: string) => {
                        const minutes = clockToMinutes(value);
                        // midnight after the start is the end of the day
                        if (minutes !== null) setDraft({ ...draft, endMinutes: minutes === 0 ? 24 * 60 : minutes });
                      }}
                    />
                  </Field.Root>
                </Box>
              </Flex>
              <Field.Root name="track">
                <Field.Label>{t('dialog.track')}</Field.Label>
                <SingleSelect value={draft.track ?? NO_TRACK} onChange={(value: string | number) => setDraft({ ...draft, track: value === NO_TRACK ? null : String(value) })}>
                  {tracks.map((track) => (
                    <SingleSelectOption key={track.documentId} value={track.documentId}>
                      {track.name}
                    </SingleSelectOption>
                  ))}
                  <SingleSelectOption value={NO_TRACK}>{t('grid.noTrack')}</SingleSelectOption>
                </SingleSelect>
              </Field.Root>
              <Field.Root name="room">
                <Field.Label>{t('dialog.room')}</Field.Label>
                <TextInput value={draft.room} maxLength={120} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, room: event.target.value })} />
              </Field.Root>
              {serverError ? (
                <Typography role="alert" variant="omega" textColor="danger600">
                  {serverError}
                </Typography>
              ) : null}
              <Typography id="calendar-dialog-hint" variant="pi" textColor="neutral600">
                {t('dialog.hint')}
              </Typography>
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary" type="button">
                {t('dialog.cancel')}
              </Button>
            </Modal.Close>
            <Button type="submit" loading={busy}>
              {t('dialog.submit')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
