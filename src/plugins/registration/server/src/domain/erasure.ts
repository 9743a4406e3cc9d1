/**
 * What account erasure changes in texts organizers typed: an event's allowlist loses the erased
 * address (every spelling of it), everything else stays as it was written. Pure.
 */

const SEPARATOR = /([\s,;]+)/;

/** The allowlist without `email`, or null when it does not hold it (nothing to write). */
export function withoutAddress(allowlist: string | null | undefined, email: string): string | null {
  if (!allowlist) return null;
  const target = email.trim().toLowerCase();
  const parts = allowlist.split(SEPARATOR).filter((part) => part !== '');
  let found = false;
  const kept: string[] = [];
  for (const part of parts) {
    if (!SEPARATOR.test(part) && part.trim().replace(/^<|>$/g, '').toLowerCase() === target) {
      found = true;
      // drop the address and the separator before it (or after it, for the first item)
      if (kept.length > 0 && SEPARATOR.test(kept[kept.length - 1] ?? '')) kept.pop();
      continue;
    }
    kept.push(part);
  }
  if (!found) return null;
  if (kept.length > 0 && SEPARATOR.test(kept[0] ?? '')) kept.shift();
  return kept.join('');
}
