/**
 * «Участники» in an event's edit view (content manager side panel): opens the event's registrant list
 * and its check-in page. Shown on saved events to organizers whose role may read the lists.
 */
import { Flex, LinkButton } from '@strapi/design-system';
import { User } from '@strapi/icons';
import { useRBAC, type StrapiApp } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { PERMISSIONS } from '../permissions';
import { PLUGIN_ID } from '../pluginId';
import { useT } from '../utils/translations';

const EVENT_UID = 'api::event.event';

interface PanelProps {
  model: string;
  documentId?: string;
}

interface PanelDescription {
  title: string;
  content: React.ReactNode;
}

/** The panel (a content-manager "description component": called with the edit view's context). */
export function RegistrantsPanel({ model, documentId }: PanelProps): PanelDescription | null {
  const t = useT();
  const { allowedActions } = useRBAC({ read: [...PERMISSIONS.read], checkin: [...PERMISSIONS.checkin] });
  if (model !== EVENT_UID || !documentId || !allowedActions.canRead) return null;
  const base = `/plugins/${PLUGIN_ID}/events/${encodeURIComponent(documentId)}`;
  return {
    title: t('panel.title'),
    content: (
      <Flex direction="column" gap={2} alignItems="stretch" width="100%">
        <LinkButton tag={Link} to={base} variant="secondary" startIcon={<User />} fullWidth>
          {t('panel.open')}
        </LinkButton>
        {allowedActions.canCheckin ? (
          <LinkButton tag={Link} to={`${base}/checkin`} variant="tertiary" fullWidth>
            {t('panel.checkin')}
          </LinkButton>
        ) : null}
      </Flex>
    ),
  };
}

interface ContentManagerApis {
  addEditViewSidePanel(panels: Array<typeof RegistrantsPanel>): void;
}

const hasSidePanels = (apis: unknown): apis is ContentManagerApis =>
  typeof apis === 'object' && apis !== null && typeof Reflect.get(apis, 'addEditViewSidePanel') === 'function';

export function addRegistrantsPanel(app: StrapiApp): void {
  const apis: unknown = app.getPlugin('content-manager')?.apis;
  if (hasSidePanels(apis)) apis.addEditViewSidePanel([RegistrantsPanel]);
}
