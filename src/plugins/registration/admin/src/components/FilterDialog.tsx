/**
 * The filter builder: conditions on any columns, all of them must hold (AND). Each row picks a
 * column, a test the column takes (contains, equals, one of, a range, empty, not empty) and its
 * value(s). Applying writes the conditions into the page's address; the list is filtered by the server.
 */
import * as React from 'react';
import { Box, Button, Field, Flex, IconButton, Modal, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';
import type { RegistrantColumn } from '../../../../../../cms/src/registrants';
import { columnLabel, optionLabel } from '../utils/cells';
import { emptyRow, isComplete, testsOf, type FilterRow } from '../utils/filters';
import { useT } from '../utils/translations';
import { OptionChecklist } from './OptionChecklist';

interface Props {
  open: boolean;
  columns: RegistrantColumn[];
  initial: FilterRow[];
  onApply(rows: FilterRow[]): void;
  onClose(): void;
}

const inputTypeOf = (column: RegistrantColumn | undefined) => (column?.kind === 'number' ? 'number' : column?.kind === 'day' || column?.kind === 'instant' ? 'date' : 'text');

const ValueEditor = ({ row, column, index, onChange }: { row: FilterRow; column: RegistrantColumn | undefined; index: number; onChange(row: FilterRow): void }) => {
  const t = useT();
  if (!column || row.test === 'empty' || row.test === 'notEmpty') return null;
  const type = inputTypeOf(column);
  if (row.test === 'range') {
    return (
      <Flex gap={2} alignItems="flex-end">
        <Field.Root name={`filter-${index}-from`}>
          <Field.Label>{t('filters.from')}</Field.Label>
          <TextInput type={type} value={row.from} onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange({ ...row, from: event.target.value })} />
        </Field.Root>
        <Field.Root name={`filter-${index}-to`}>
          <Field.Label>{t('filters.to')}</Field.Label>
          <TextInput type={type} value={row.to} onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange({ ...row, to: event.target.value })} />
        </Field.Root>
      </Flex>
    );
  }
  if (column.options.length > 0 && row.test === 'oneOf') {
    return <OptionChecklist column={column} legend={t('filters.values')} chosen={row.values} onChange={(values) => onChange({ ...row, values })} />;
  }
  if (column.options.length > 0 || column.kind === 'boolean') {
    const options = column.kind === 'boolean' ? [{ value: 'true', label: t('value.yes') }, { value: 'false', label: t('value.no') }] : column.options.map((option) => ({ value: option.value, label: optionLabel(column, option.value, t) }));
    return (
      <Field.Root name={`filter-${index}-value`}>
        <Field.Label>{t('filters.value')}</Field.Label>
        <SingleSelect value={row.value} placeholder={t('filters.choose')} onChange={(value: string | number) => onChange({ ...row, value: String(value) })}>
          {options.map((option) => (
            <SingleSelectOption key={option.value} value={option.value}>
              {option.label}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
    );
  }
  if (row.test === 'oneOf') {
    return (
      <Field.Root name={`filter-${index}-values`} hint={t('filters.oneOfHint')}>
        <Field.Label>{t('filters.values')}</Field.Label>
        <TextInput value={row.values.join('; ')} onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange({ ...row, values: event.target.value.split(';') })} />
        <Field.Hint />
      </Field.Root>
    );
  }
  return (
    <Field.Root name={`filter-${index}-value`}>
      <Field.Label>{t('filters.value')}</Field.Label>
      <TextInput type={type} value={row.value} onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange({ ...row, value: event.target.value })} />
    </Field.Root>
  );
};

export const FilterDialog = ({ open, columns, initial, onApply, onClose }: Props) => {
  const t = useT();
  const [rows, setRows] = React.useState<FilterRow[]>(initial);
  React.useEffect(() => {
    if (open) setRows(initial.length > 0 ? initial : columns[0] ? [emptyRow(columns[0])] : []);
  }, [open, initial, columns]);

  const byKey = new Map(columns.map((column) => [column.key, column]));
  const update = (index: number, row: FilterRow) => setRows((current) => current.map((candidate, at) => (at === index ? row : candidate)));

  const apply = (event: React.FormEvent) => {
    event.preventDefault();
    onApply(rows.filter(isComplete));
  };

  return (
    <Modal.Root open={open} onOpenChange={(next) => (!next ? onClose() : undefined)}>
      <Modal.Content aria-describedby="registrant-filters-hint">
        <form onSubmit={apply} noValidate>
          <Modal.Header closeLabel={t('dialog.close')}>
            <Modal.Title>{t('filters.title')}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography id="registrant-filters-hint" variant="pi" textColor="neutral600">
                {t('filters.hint')}
              </Typography>
              {rows.map((row, index) => {
                const column = byKey.get(row.column);
                return (
                  <Box key={index} padding={3} hasRadius borderColor="neutral200" borderStyle="solid" borderWidth="1px" data-testid="filter-row">
                    <Flex gap={3} alignItems="flex-end" wrap="wrap">
                      <Box minWidth="200px">
                        <Field.Root name={`filter-${index}-column`}>
                          <Field.Label>{t('filters.column')}</Field.Label>
                          <SingleSelect
                            value={row.column}
                            onChange={(value: string | number) => {
                              const next = byKey.get(String(value));
                              if (next) update(index, emptyRow(next));
                            }}
                          >
                            {columns.map((candidate) => (
                              <SingleSelectOption key={candidate.key} value={candidate.key}>
                                {columnLabel(candidate, t)}
                              </SingleSelectOption>
                            ))}
                          </SingleSelect>
                        </Field.Root>
                      </Box>
                      <Box minWidth="180px">
                        <Field.Root name={`filter-${index}-test`}>
                          <Field.Label>{t('filters.test')}</Field.Label>
                          <SingleSelect
                            value={row.test}
                            onChange={(value: string | number) => {
                              const test = column ? testsOf(column).find((candidate) => candidate === value) : undefined;
                              if (test) update(index, { ...row, test });
                            }}
                          >
                            {(column ? testsOf(column) : []).map((test) => (
                              <SingleSelectOption key={test} value={test}>
                                {t(`filters.test.${test}`)}
                              </SingleSelectOption>
                            ))}
                          </SingleSelect>
                        </Field.Root>
                      </Box>
                      <Box flex="1" minWidth="200px">
                        <ValueEditor row={row} column={column} index={index} onChange={(next) => update(index, next)} />
                      </Box>
                      <IconButton label={t('filters.remove')} variant="ghost" onClick={() => setRows((current) => current.filter((_, at) => at !== index))}>
                        <Trash />
                      </IconButton>
                    </Flex>
                  </Box>
                );
              })}
              <Box>
                <Button
                  type="button"
                  variant="secondary"
                  startIcon={<Plus />}
                  onClick={() => {
                    const [first] = columns;
                    if (first) setRows((current) => [...current, emptyRow(first)]);
                  }}
                >
                  {t('filters.add')}
                </Button>
              </Box>
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Button type="button" variant="tertiary" onClick={() => onApply([])}>
              {t('filters.clear')}
            </Button>
            <Button type="submit">{t('filters.apply')}</Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
