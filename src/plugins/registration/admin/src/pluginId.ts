export const PLUGIN_ID = 'registration';
