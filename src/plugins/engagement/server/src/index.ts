import bootstrap from './bootstrap';
import contentTypes from './content-types';
import controllers from './controllers';
import register from './register';
import routes from './routes';
import services from './services';

export default {
  register,
  bootstrap,
  contentTypes,
  controllers,
  routes,
  services,
};
