/** The render time, shared by the server render and hydration so "ongoing" badges agree on both sides. */
export function useNow() {
  return useState<number>('now', () => Date.now());
}
