/**
 * What the visitor typed or picked into the control `id` while the page was still loading, or null
 * (not hydrating, or no such control). Hydration would reset a v-model control to the component's
 * state: a component starts from this value instead, so nothing the visitor did is lost.
 */
export function earlyInput(id: string): string | null {
  if (!import.meta.client || !useNuxtApp().isHydrating) return null;
  const control = document.getElementById(id);
  return control instanceof HTMLInputElement || control instanceof HTMLSelectElement || control instanceof HTMLTextAreaElement ? control.value : null;
}
