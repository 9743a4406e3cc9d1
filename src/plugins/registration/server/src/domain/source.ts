/**
 * Where a registration came from, first touch: a partner link, an invitation of a mailing, UTM tags,
 * or none of these. Pure.
 */
import type { RegistrantSource } from '../../../../../../cms/src/registrants';

export interface SourceFacts {
  /** The partner link's code the visitor arrived with (`?ref=`). */
  refCode: string | null;
  /** The UTM tags the visitor arrived with. */
  utm: { source?: string | null; medium?: string | null; campaign?: string | null } | null;
  /** The mailing's invitation the visitor followed (once mailings exist). */
  invitation: string | null;
}

export interface Source {
  source: RegistrantSource;
  /** The partner link's code, the invitation, or the UTM source (campaign when no source): null for direct. */
  detail: string | null;
}

/** A partner link wins over an invitation, an invitation over UTM tags (the more specific first). */
export function sourceOf(facts: SourceFacts): Source {
  if (facts.refCode) return { source: 'partner', detail: facts.refCode };
  if (facts.invitation) return { source: 'invitation', detail: facts.invitation };
  const utm = facts.utm;
  const tag = utm?.source || utm?.campaign || utm?.medium;
  if (tag) return { source: 'utm', detail: tag };
  return { source: 'direct', detail: null };
}
