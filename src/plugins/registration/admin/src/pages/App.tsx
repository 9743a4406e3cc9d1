/**
 * The plugin's pages under /admin/plugins/registration. Each page is protected by its admin action;
 * the routes behind it check the organizer's level on the event. A page of another part of the
 * module is one more entry in PAGES (and, for a section of its own, in SECTIONS).
 */
import * as React from 'react';
import { Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { PERMISSIONS } from '../permissions';

interface PluginPage {
  /** Relative to /admin/plugins/registration. */
  path: string;
  permissions: ReadonlyArray<{ action: string; subject: null }>;
  Component: React.LazyExoticComponent<React.ComponentType>;
}

export const PAGES: PluginPage[] = [
  { path: '', permissions: PERMISSIONS.read, Component: React.lazy(() => import('./EventsPage')) },
  { path: 'events/:eventDocumentId', permissions: PERMISSIONS.read, Component: React.lazy(() => import('./RegistrantsPage')) },
  { path: 'events/:eventDocumentId/checkin', permissions: PERMISSIONS.checkin, Component: React.lazy(() => import('./CheckinPage')) },
];

const App = () => (
  <React.Suspense fallback={<Page.Loading />}>
    <Routes>
      {PAGES.map(({ path, permissions, Component }) => (
        <Route
          key={path}
          path={path}
          element={
            <Page.Protect permissions={[...permissions]}>
              <Component />
            </Page.Protect>
          }
        />
      ))}
      <Route path="*" element={<Page.Error />} />
    </Routes>
  </React.Suspense>
);

export default App;
