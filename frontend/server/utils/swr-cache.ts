/**
 * A small in-memory stale-while-revalidate cache: a fresh entry is served as is; a stale one is
 * served at once while one background load refreshes it; concurrent misses share one load; `clear()`
 * (a publish in the CMS) drops everything, and loads started before it never store their result.
 * Least recently used entries go first when it is full. Pure: the clock is passed in.
 */
export interface SwrOptions {
  /** How long an entry is fresh. */
  maxAgeMs: number;
  /** How long after that a stale entry may still be served while it is refreshed. */
  staleMs: number;
  maxEntries: number;
  now?: () => number;
  onError?: (key: string, error: unknown) => void;
  /**
   * Values are handed to every reader as they are (no copy): they are frozen when stored, so a
   * reader that tried to change one would fail at once instead of changing it for all the others.
   */
  shared?: boolean;
}

interface Entry<V> {
  value: V;
  storedAt: number;
}

export type SwrState = 'hit' | 'stale' | 'miss';

/** Objects a shared cache holds: every reader has the same, frozen one. */
const held = new WeakSet<object>();

/** Whether `value` is an object a shared cache holds (the same for all its readers, frozen). */
export function isCachedValue(value: unknown): value is object {
  return typeof value === 'object' && value !== null && held.has(value);
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}

export class SwrCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly loading = new Map<string, Promise<V>>();
  private generation = 0;
  private readonly now: () => number;

  constructor(private readonly options: SwrOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The cached value without loading (for the page cache's fast path). */
  peek(key: string): { value: V; state: Exclude<SwrState, 'miss'> } | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const age = this.now() - entry.storedAt;
    if (age < this.options.maxAgeMs) return { value: entry.value, state: 'hit' };
    if (age < this.options.maxAgeMs + this.options.staleMs) return { value: entry.value, state: 'stale' };
    this.entries.delete(key);
    return undefined;
  }

  async get(key: string, load: () => Promise<V>): Promise<V> {
    const found = this.peek(key);
    if (found) {
      // least recently used goes first: re-insert at the end
      const entry = this.entries.get(key);
      if (entry) {
        this.entries.delete(key);
        this.entries.set(key, entry);
      }
      if (found.state === 'stale') this.refresh(key, load);
      return found.value;
    }
    return this.load(key, load);
  }

  /** Stores a value computed elsewhere (the page cache stores rendered pages). */
  set(key: string, value: V, generation = this.generation): void {
    if (generation !== this.generation) return;
    if (this.options.shared && typeof value === 'object' && value !== null) {
      deepFreeze(value);
      held.add(value);
    }
    this.entries.delete(key);
    this.entries.set(key, { value, storedAt: this.now() });
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /** The current generation: pass it back to `set` so a result computed before a `clear()` is dropped. */
  currentGeneration(): number {
    return this.generation;
  }

  /** Starts one background refresh of `key` (no-op when one is running). */
  refresh(key: string, load: () => Promise<V>): void {
    if (this.loading.has(key)) return;
    this.load(key, load).catch((error: unknown) => this.options.onError?.(key, error));
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
    this.loading.clear();
  }

  private load(key: string, load: () => Promise<V>): Promise<V> {
    const running = this.loading.get(key);
    if (running) return running;
    const generation = this.generation;
    const promise = load().then(
      (value) => {
        if (this.loading.get(key) === promise) this.loading.delete(key);
        this.set(key, value, generation);
        return value;
      },
      (error: unknown) => {
        if (this.loading.get(key) === promise) this.loading.delete(key);
        throw error;
      },
    );
    this.loading.set(key, promise);
    return promise;
  }
}
