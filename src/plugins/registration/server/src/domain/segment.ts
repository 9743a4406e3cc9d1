/**
 * Segments of the audience: saved criteria turned into the conditions the database checks. Pure; the
 * SQL is the service's (services/audience-sql.ts), one condition at a time.
 *
 * A person is in a segment when every condition holds. Conditions about registrations are each checked
 * against any of the person's registrations in the events the reader may see (so "registered for A"
 * and "attended B" may be two registrations); inside one condition the values are alternatives.
 */
import type { SegmentCriteria } from '../../../../../../cms/src/audience';
import type { RegistrantSource } from '../../../../../../cms/src/registrants';
import { addDays, zonedInstant } from '../../../../../../cms/src/zoned-time';

export type SegmentCondition =
  | { kind: 'registered-for'; events: string[] }
  | { kind: 'attended'; events: string[] }
  | { kind: 'event-tags'; tags: string[] }
  | { kind: 'source'; sources: RegistrantSource[] }
  | { kind: 'registered-between'; from: Date | null; to: Date | null }
  | { kind: 'profile'; field: 'status'; values: string[] }
  | { kind: 'city'; values: string[] }
  | { kind: 'marketing-consent'; given: boolean };

export class SegmentCriteriaError extends Error {
  constructor(readonly problem: string) {
    super(problem);
  }
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];
const cleanText = (values: readonly string[]): string[] => unique(values.map((value) => value.trim()).filter((value) => value !== ''));

/**
 * The conditions of `criteria`: empty lists and blank text mean "no condition"; whole days are taken in
 * `timeZone` (from the first moment of the first day to the last moment of the last); a range that ends
 * before it starts is a SegmentCriteriaError.
 */
export function segmentConditions(criteria: SegmentCriteria, timeZone: string): SegmentCondition[] {
  const conditions: SegmentCondition[] = [];
  const registeredFor = unique(criteria.registeredFor ?? []);
  if (registeredFor.length > 0) conditions.push({ kind: 'registered-for', events: registeredFor });
  const attended = unique(criteria.attended ?? []);
  if (attended.length > 0) conditions.push({ kind: 'attended', events: attended });
  const tags = cleanText(criteria.eventTags ?? []);
  if (tags.length > 0) conditions.push({ kind: 'event-tags', tags });
  const sources = unique(criteria.sources ?? []);
  if (sources.length > 0) conditions.push({ kind: 'source', sources });
  const from = criteria.registeredFrom ? new Date(zonedInstant(criteria.registeredFrom, 0, timeZone)) : null;
  // the last moment of the day: the first of the next, exclusive
  const to = criteria.registeredTo ? new Date(zonedInstant(addDays(criteria.registeredTo, 1), 0, timeZone) - 1) : null;
  if (from && to && from.getTime() > to.getTime()) throw new SegmentCriteriaError('registeredFrom > registeredTo');
  if (from || to) conditions.push({ kind: 'registered-between', from, to });
  const statuses = unique(criteria.statuses ?? []);
  if (statuses.length > 0) conditions.push({ kind: 'profile', field: 'status', values: statuses });
  const cities = cleanText(criteria.cities ?? []);
  if (cities.length > 0) conditions.push({ kind: 'city', values: cities });
  if (criteria.marketingConsent !== undefined) conditions.push({ kind: 'marketing-consent', given: criteria.marketingConsent });
  return conditions;
}

/** A query's criteria: single values as lists (`?statuses=student`), `true`/`false` as booleans; anything else as given. */
export function criteriaFromQuery(query: Record<string, unknown>): Record<string, unknown> {
  const lists = ['registeredFor', 'attended', 'eventTags', 'statuses', 'cities', 'sources'];
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) {
    if (['page', 'pageSize', 'q'].includes(key)) continue;
    if (lists.includes(key)) out[key] = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',').filter((item) => item !== '') : value;
    else if (key === 'marketingConsent') out[key] = value === 'true' ? true : value === 'false' ? false : value;
    else out[key] = value;
  }
  return out;
}
