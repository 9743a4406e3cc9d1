/** The check-in page (built next): scan a QR code, upload its photo, or find a person by name. */
import { Layouts, Page } from '@strapi/strapi/admin';
import { useT } from '../utils/translations';

const CheckinPage = () => {
  const t = useT();
  return (
    <Page.Main>
      <Page.Title>{t('checkin.title')}</Page.Title>
      <Layouts.Header title={t('checkin.title')} subtitle={t('checkin.subtitle')} />
    </Page.Main>
  );
};

export default CheckinPage;
