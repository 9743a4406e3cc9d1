/**
 * A column's options as a group of checkboxes under a legend (a fieldset, so a screen reader names
 * the group): the choice of a multi-choice answer, or the values of a «one of» filter.
 */
import { Checkbox, Flex, Typography } from '@strapi/design-system';
import type { RegistrantColumn } from '../../../../../../cms/src/registrants';
import { optionLabel } from '../utils/cells';
import { useT } from '../utils/translations';

interface OptionChecklistProps {
  column: RegistrantColumn;
  legend: string;
  chosen: readonly string[];
  onChange: (next: string[]) => void;
}

export function OptionChecklist({ column, legend, chosen, onChange }: OptionChecklistProps) {
  const t = useT();
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend>
        <Typography variant="pi" fontWeight="bold">
          {legend}
        </Typography>
      </legend>
      <Flex gap={3} wrap="wrap">
        {column.options.map((option) => (
          <Checkbox
            key={option.value}
            checked={chosen.includes(option.value)}
            onCheckedChange={(checked) => onChange(checked === true ? [...chosen, option.value] : chosen.filter((item) => item !== option.value))}
          >
            {optionLabel(column, option.value, t)}
          </Checkbox>
        ))}
      </Flex>
    </fieldset>
  );
}
