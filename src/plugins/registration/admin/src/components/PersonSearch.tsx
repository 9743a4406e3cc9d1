/** The search box over names and email (the list's and the check-in page's). */
import { Searchbar } from '@strapi/design-system';
import { useT } from '../utils/translations';

export const PersonSearch = ({ name, value, onChange }: { name: string; value: string; onChange(value: string): void }) => {
  const t = useT();
  return (
    <Searchbar
      name={name}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onClear={() => onChange('')}
      clearLabel={t('search.clear')}
      placeholder={t('search.placeholder')}
    >
      {t('search.label')}
    </Searchbar>
  );
};
