/**
 * The module's decisions, pure: no Strapi, no database, the clock passed in. Unit-tested in
 * __tests__/note.unit.test.ts. Replace this example with the module's own rules.
 */

export interface Note {
  text: string;
  updatedAt: string;
}

export type NoteRefusal = { reason: 'note.empty' } | { reason: 'note.too-long'; max: number };

export type NoteResult = { ok: true; note: Note } | { ok: false; refusal: NoteRefusal };

/** The note a person keeps for `text` (trimmed) at `now`, or why it cannot be kept. */
export function noteFrom(text: string, options: { maxLength: number; now: Date }): NoteResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, refusal: { reason: 'note.empty' } };
  if (trimmed.length > options.maxLength) return { ok: false, refusal: { reason: 'note.too-long', max: options.maxLength } };
  return { ok: true, note: { text: trimmed, updatedAt: options.now.toISOString() } };
}
