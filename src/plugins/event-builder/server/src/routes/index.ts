import calendarRoutes from '../calendar/routes';
import streamRoutes from '../streams/routes';

export default {
  'content-api': {
    type: 'content-api',
    routes: streamRoutes,
  },
  admin: {
    type: 'admin',
    routes: calendarRoutes,
  },
};
