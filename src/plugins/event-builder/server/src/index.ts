import register from './register';
import services from './services';

export default {
  register,
  services,
};
