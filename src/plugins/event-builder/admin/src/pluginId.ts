export const PLUGIN_ID = 'event-builder';
