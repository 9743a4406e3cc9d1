import bootstrap from './bootstrap';
import controllers from './controllers';
import routes from './routes';
import services from './services';

export default {
  bootstrap,
  controllers,
  routes,
  services,
};
