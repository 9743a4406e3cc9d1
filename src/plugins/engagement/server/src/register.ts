import type { Core } from '@strapi/strapi';
import { platform } from '../../../platform/server/src/kit';
import { PLUGIN_ID } from './constants';
import { getService } from './get-service';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  // a person's favorites and calendar feed: in the cabinet's export, and gone with the account
  platform(strapi).personalData.register({
    module: PLUGIN_ID,
    export: (userId) => getService(strapi, 'favorites').dataOf(userId),
    erase: (userId, { trx }) => getService(strapi, 'favorites').forgetUser(userId, trx),
  });
};

export default register;
