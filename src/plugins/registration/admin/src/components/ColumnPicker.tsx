/** «Столбцы»: which columns the table shows (remembered per organizer and event). */
import { Box, Button, Checkbox, Flex, Popover, Typography } from '@strapi/design-system';
import { Layout } from '@strapi/icons';
import type { RegistrantColumn } from '../../../../../../cms/src/registrants';
import { columnLabel } from '../utils/cells';
import { useT } from '../utils/translations';

interface Props {
  columns: RegistrantColumn[];
  chosen: string[];
  onChange(keys: string[]): void;
  onReset(): void;
}

export const ColumnPicker = ({ columns, chosen, onChange, onReset }: Props) => {
  const t = useT();
  return (
    <Popover.Root>
      <Popover.Trigger>
        <Button variant="tertiary" startIcon={<Layout />}>
          {t('columns.button', { count: chosen.length })}
        </Button>
      </Popover.Trigger>
      <Popover.Content>
        <Box padding={4} maxHeight="60vh" overflow="auto">
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend>
              <Typography variant="sigma">{t('columns.legend')}</Typography>
            </legend>
            <Flex direction="column" alignItems="flex-start" gap={2} paddingTop={2}>
              {columns.map((column) => (
                <Checkbox
                  key={column.key}
                  checked={chosen.includes(column.key)}
                  disabled={chosen.length === 1 && chosen.includes(column.key)}
                  onCheckedChange={(checked) => onChange(checked === true ? [...chosen, column.key] : chosen.filter((key) => key !== column.key))}
                >
                  {columnLabel(column, t)}
                </Checkbox>
              ))}
            </Flex>
          </fieldset>
          <Box paddingTop={3}>
            <Button variant="tertiary" size="S" onClick={onReset}>
              {t('columns.reset')}
            </Button>
          </Box>
        </Box>
      </Popover.Content>
    </Popover.Root>
  );
};
