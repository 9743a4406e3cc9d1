/**
 * «Добавить участника»: a registration on someone's behalf (an account is made for a new address).
 * The event's questions are asked as on the site (the server checks them by the event's form); the
 * seat rules apply unless the organizer ticks the over-capacity override, which is warned about and
 * logged as such.
 */
import * as React from 'react';
import { Box, Button, Checkbox, Field, Flex, Modal, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import type { AddRegistrantRequest } from '../../../../../../cms/src/registrant-actions';
import type { RegistrantColumn } from '../../../../../../cms/src/registrants';
import { columnLabel, optionLabel } from '../utils/cells';
import { useT } from '../utils/translations';
import { OptionChecklist } from './OptionChecklist';

interface Props {
  open: boolean;
  questions: RegistrantColumn[];
  /** The event is full (the override is the only way to seat one more). */
  full: boolean;
  /** Resolves to an error to show, or null when the person was added. */
  onSubmit(request: AddRegistrantRequest): Promise<string | null>;
  onClose(): void;
}

type Answer = string | string[] | boolean;

const answerValue = (column: RegistrantColumn, value: Answer): unknown => {
  if (column.kind === 'number' && typeof value === 'string') return value === '' ? undefined : Number(value);
  if (typeof value === 'string' && value.trim() === '') return undefined;
  if (Array.isArray(value) && value.length === 0) return undefined;
  return value;
};

export const AddRegistrantDialog = ({ open, questions, full, onSubmit, onClose }: Props) => {
  const t = useT();
  const [email, setEmail] = React.useState('');
  const [firstName, setFirstName] = React.useState('');
  const [lastName, setLastName] = React.useState('');
  const [answers, setAnswers] = React.useState<Record<string, Answer>>({});
  const [override, setOverride] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);

  React.useEffect(() => {
    if (!open) return;
    setEmail('');
    setFirstName('');
    setLastName('');
    setAnswers({});
    setOverride(false);
    setError(null);
    setBusy(false);
  }, [open]);

  const asked = questions.filter((column) => column.place === 'answers' && column.kind !== 'file');
  const set = (key: string, value: Answer) => setAnswers((current) => ({ ...current, [key]: value }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!email.trim()) {
      setError(t('add.emailRequired'));
      return;
    }
    const given: Record<string, unknown> = {};
    for (const column of asked) {
      const raw = answers[column.key];
      const value = raw === undefined ? undefined : answerValue(column, raw);
      if (value !== undefined) given[column.key.slice('answers.'.length)] = value;
    }
    setBusy(true);
    const problem = await onSubmit({
      email: email.trim(),
      ...(firstName.trim() ? { firstName: firstName.trim() } : {}),
      ...(lastName.trim() ? { lastName: lastName.trim() } : {}),
      ...(Object.keys(given).length > 0 ? { answers: given } : {}),
      ...(override ? { overCapacity: true } : {}),
    });
    setBusy(false);
    setError(problem);
  };

  const text = (key: string, label: string, value: string, onChange: (value: string) => void, type = 'text', required = false) => (
    <Field.Root name={key} required={required}>
      <Field.Label>{label}</Field.Label>
      <TextInput type={type} value={value} onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.value)} />
    </Field.Root>
  );

  return (
    <Modal.Root open={open} onOpenChange={(next) => (!next ? onClose() : undefined)}>
      <Modal.Content>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Modal.Header closeLabel={t('dialog.close')}>
            <Modal.Title>{t('add.title')}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              {text('email', t('column.email'), email, setEmail, 'email', true)}
              <Flex gap={4} alignItems="flex-start">
                <Box flex="1">{text('lastName', t('column.lastName'), lastName, setLastName)}</Box>
                <Box flex="1">{text('firstName', t('column.firstName'), firstName, setFirstName)}</Box>
              </Flex>
              {asked.map((column) => {
                const label = columnLabel(column, t);
                const value = answers[column.key];
                if (column.kind === 'boolean') {
                  return (
                    <Checkbox key={column.key} checked={value === true} onCheckedChange={(checked) => set(column.key, checked === true)}>
                      {label}
                    </Checkbox>
                  );
                }
                if (column.kind === 'multi') {
                  const chosen = Array.isArray(value) ? value : [];
                  return <OptionChecklist key={column.key} column={column} legend={label} chosen={chosen} onChange={(next) => set(column.key, next)} />;
                }
                if (column.kind === 'choice') {
                  return (
                    <Field.Root key={column.key} name={column.key}>
                      <Field.Label>{label}</Field.Label>
                      <SingleSelect value={typeof value === 'string' ? value : ''} placeholder={t('filters.choose')} onChange={(next: string | number) => set(column.key, String(next))}>
                        {column.options.map((option) => (
                          <SingleSelectOption key={option.value} value={option.value}>
                            {optionLabel(column, option.value, t)}
                          </SingleSelectOption>
                        ))}
                      </SingleSelect>
                    </Field.Root>
                  );
                }
                const type = column.kind === 'number' ? 'number' : column.kind === 'day' ? 'date' : 'text';
                return <React.Fragment key={column.key}>{text(column.key, label, typeof value === 'string' ? value : '', (next) => set(column.key, next), type)}</React.Fragment>;
              })}
              <Box padding={3} hasRadius background={override ? 'warning100' : 'neutral100'}>
                <Checkbox checked={override} onCheckedChange={(checked) => setOverride(checked === true)}>
                  {t('add.override')}
                </Checkbox>
                <Typography variant="pi" textColor={override ? 'warning700' : 'neutral600'} tag="p">
                  {t(full ? 'add.overrideWarningFull' : 'add.overrideWarning')}
                </Typography>
              </Box>
              {error ? (
                <Typography role="alert" textColor="danger600">
                  {error}
                </Typography>
              ) : null}
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Button type="button" variant="tertiary" onClick={onClose}>
              {t('add.close')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('add.submit')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
