/**
 * The registrant table: one row per registration, the chosen columns, sorting by a column's header
 * (a button in the header; the header tells screen readers the order), rows selectable for actions.
 */
import * as React from 'react';
import { Box, Checkbox, Table, Tbody, Td, TextButton, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { CaretDown, CaretUp } from '@strapi/icons';
import { useIntl } from 'react-intl';
import type { RegistrantColumn, RegistrantRow } from '../../../../../../cms/src/registrants';
import { cellText, columnLabel, rawValue } from '../utils/cells';
import type { SortOrder } from '../utils/list-query';
import { useT } from '../utils/translations';

interface Props {
  columns: RegistrantColumn[];
  rows: RegistrantRow[];
  sort: SortOrder;
  onSort(column: string): void;
  selected: ReadonlySet<number>;
  onSelect(ids: number[], on: boolean): void;
  /** Opens the person's card (when the card exists). */
  onOpen?: (row: RegistrantRow) => void;
  caption: string;
}

const SortButton = ({ column, sort, onSort, label }: { column: string; sort: SortOrder; onSort(column: string): void; label: string }) => {
  const t = useT();
  const active = sort.column === column;
  return (
    <TextButton
      onClick={() => onSort(column)}
      endIcon={active ? sort.direction === 'asc' ? <CaretUp aria-hidden /> : <CaretDown aria-hidden /> : undefined}
      data-sort-column={column}
    >
      <Typography variant="sigma" textColor={active ? 'primary600' : 'neutral600'}>
        {label}
      </Typography>
      <VisuallyHidden>{active ? t(sort.direction === 'asc' ? 'sort.ascending' : 'sort.descending') : t('sort.none')}</VisuallyHidden>
    </TextButton>
  );
};

export const RegistrantTable = ({ columns, rows, sort, onSort, selected, onSelect, onOpen, caption }: Props) => {
  const t = useT();
  const { locale } = useIntl();
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(row.id));
  const someSelected = !allSelected && rows.some((row) => selected.has(row.id));
  return (
    <Box overflow="auto">
      <Table colCount={columns.length + 1} rowCount={rows.length + 1} aria-label={caption}>
        <Thead>
          <Tr>
            <Th>
              <Checkbox
                aria-label={t('table.selectAll')}
                checked={allSelected ? true : someSelected ? 'indeterminate' : false}
                onCheckedChange={(checked) => onSelect(rows.map((row) => row.id), checked === true)}
              />
            </Th>
            {columns.map((column) => {
              const label = columnLabel(column, t);
              const ariaSort = sort.column === column.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined;
              return (
                <Th key={column.key} aria-sort={ariaSort}>
                  <SortButton column={column.key} sort={sort} onSort={onSort} label={label} />
                </Th>
              );
            })}
          </Tr>
        </Thead>
        <Tbody>
          {rows.map((row) => {
            const name = row.erased ? t('row.erased') : [row.firstName, row.lastName].filter(Boolean).join(' ') || (row.email ?? '');
            return (
              <Tr key={row.id} data-registration-id={row.id} data-status={row.status}>
                <Td>
                  <Checkbox
                    aria-label={t('table.select', { name })}
                    checked={selected.has(row.id)}
                    onCheckedChange={(checked) => onSelect([row.id], checked === true)}
                  />
                </Td>
                {columns.map((column, index) => {
                  const text = cellText(row, column, t, locale);
                  const raw = rawValue(row, column);
                  return (
                    <Td key={column.key} data-column={column.key} data-value={typeof raw === 'string' || typeof raw === 'number' ? raw : undefined}>
                      {index === 0 && onOpen && row.userId !== null ? (
                        <TextButton onClick={() => onOpen(row)}>
                          {text || name}
                          <VisuallyHidden>{t('card.openHint')}</VisuallyHidden>
                        </TextButton>
                      ) : (
                        <Typography textColor={row.erased && column.key === 'email' ? 'neutral500' : 'neutral800'}>
                          {text}
                        </Typography>
                      )}
                    </Td>
                  );
                })}
              </Tr>
            );
          })}
        </Tbody>
      </Table>
    </Box>
  );
};
