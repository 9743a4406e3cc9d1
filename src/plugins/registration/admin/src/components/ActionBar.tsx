/**
 * What the organizer does with the selected rows: cancel (after a confirmation), mark attended or
 * not, resend the confirmation, approve or reject (when a selected registration awaits approval).
 * Each registration's result comes back on its own; the page reports how many were done and why
 * the others were not, then reads the list again.
 */
import * as React from 'react';
import { Button, Dialog, Flex, Typography } from '@strapi/design-system';
import type { RegistrantAction } from '../../../../../../cms/src/registrant-actions';
import type { RegistrantRow } from '../../../../../../cms/src/registrants';
import { useT } from '../utils/translations';

interface Props {
  selected: RegistrantRow[];
  busy: boolean;
  onAction(action: RegistrantAction): void;
  onClear(): void;
}

export const ActionBar = ({ selected, busy, onAction, onClear }: Props) => {
  const t = useT();
  const [confirming, setConfirming] = React.useState(false);
  if (selected.length === 0) return null;
  const pending = selected.some((row) => row.status === 'pending');
  return (
    <section aria-label={t('actions.label')}>
      <Flex gap={2} wrap="wrap" alignItems="center" padding={3} background="primary100" hasRadius>
        <Typography fontWeight="semiBold" aria-live="polite">
          {t('actions.selected', { count: selected.length })}
        </Typography>
        <Button variant="secondary" disabled={busy} onClick={() => onAction('attend')}>
          {t('actions.attend')}
        </Button>
        <Button variant="tertiary" disabled={busy} onClick={() => onAction('unattend')}>
          {t('actions.unattend')}
        </Button>
        <Button variant="tertiary" disabled={busy} onClick={() => onAction('resend-confirmation')}>
          {t('actions.resend')}
        </Button>
        {pending ? (
          <>
            <Button variant="success-light" disabled={busy} onClick={() => onAction('approve')}>
              {t('actions.approve')}
            </Button>
            <Button variant="danger-light" disabled={busy} onClick={() => onAction('reject')}>
              {t('actions.reject')}
            </Button>
          </>
        ) : null}
        <Button variant="danger-light" disabled={busy} onClick={() => setConfirming(true)}>
          {t('actions.cancel')}
        </Button>
        <Button variant="ghost" onClick={onClear}>
          {t('actions.clear')}
        </Button>
      </Flex>
      <Dialog.Root open={confirming} onOpenChange={setConfirming}>
        <Dialog.Content>
          <Dialog.Header>{t('actions.cancelTitle')}</Dialog.Header>
          <Dialog.Body>
            <Typography>{t('actions.cancelText', { count: selected.length })}</Typography>
          </Dialog.Body>
          <Dialog.Footer>
            <Dialog.Cancel>
              <Button variant="tertiary">{t('actions.keep')}</Button>
            </Dialog.Cancel>
            <Dialog.Action>
              <Button
                variant="danger-light"
                onClick={() => {
                  setConfirming(false);
                  onAction('cancel');
                }}
              >
                {t('actions.cancelConfirm')}
              </Button>
            </Dialog.Action>
          </Dialog.Footer>
        </Dialog.Content>
      </Dialog.Root>
    </section>
  );
};
