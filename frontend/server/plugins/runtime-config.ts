/**
 * Nitro resolves the runtime config again for every request that asks for it with its event
 * (`useRuntimeConfig(event)`: a deep copy with every key looked up in the environment, about a
 * twentieth of a page render's CPU time, and the i18n module and the renderer ask on every page).
 * The environment does not change while the process runs: each request gets its own copy (the
 * renderer hands it to the app) of the config resolved once at start.
 */
interface NitroRequestContext {
  errors: unknown[];
  runtimeConfig?: unknown;
}

export default defineNitroPlugin((nitroApp) => {
  const resolved = JSON.stringify(useRuntimeConfig());
  const app = nitroApp.h3App;
  const handler = app.handler;
  app.handler = (event) => {
    const context = event.context as { nitro?: NitroRequestContext };
    context.nitro ??= { errors: [] };
    context.nitro.runtimeConfig ??= JSON.parse(resolved);
    return handler(event);
  };
});
