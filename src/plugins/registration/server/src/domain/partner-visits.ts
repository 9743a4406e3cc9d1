/**
 * Partner-link visits and their statistics. Pure: the service reads the counts and the clock.
 *
 * A visit is the opening of an event page with `?ref=CODE`, which the site reports from its server. A
 * visitor is known only by a keyed hash of the address the site vouched for (never the address
 * itself). One visitor's openings of one link within the hour count once (reloads, back and forth), and
 * a visitor who reports more than `perVisitor.max` openings in `perVisitor.windowMs` is not counted
 * any more for a while: a script cannot inflate a partner's numbers from one address.
 */
import { createHmac } from 'node:crypto';
import type { PartnerLinkStat } from '../../../../../../cms/src/partner-links';

export interface VisitLimits {
  /** A visitor's repeated openings of the same link within this time count once. */
  repeatMs: number;
  /** At most `max` counted openings per visitor within `windowMs` (any links). */
  perVisitor: { max: number; windowMs: number };
}

export const VISIT_LIMITS: VisitLimits = { repeatMs: 60 * 60 * 1000, perVisitor: { max: 30, windowMs: 10 * 60 * 1000 } };

/** What the visitor did lately, as the service counted it. */
export interface VisitorHistory {
  /** Whether this visitor opened this link within `repeatMs`. */
  openedRecently: boolean;
  /** Openings of this visitor counted within `perVisitor.windowMs`. */
  countedInWindow: number;
}

export type VisitDecision = 'count' | 'repeat' | 'limited';

export function decideVisit(history: VisitorHistory, limits: VisitLimits = VISIT_LIMITS): VisitDecision {
  if (history.countedInWindow >= limits.perVisitor.max) return 'limited';
  if (history.openedRecently) return 'repeat';
  return 'count';
}

/** The visitor's key: an HMAC of the vouched address (the address is personal data; the key is not reversible without the secret). */
export function visitorKey(secret: string | Buffer, address: string): string {
  return createHmac('sha256', secret).update(`partner-visit\n${address}`).digest('base64url').slice(0, 32);
}

/** A link of the event with what was counted for it. */
export interface LinkCounts {
  code: string;
  label: string;
  channel: PartnerLinkStat['channel'];
  active: boolean;
  visits: number;
  registrations: number;
  attended: number;
}

/** registrations / visits with four decimals; null without visits. */
export function conversionOf(registrations: number, visits: number): number | null {
  if (visits <= 0) return null;
  return Math.round((registrations / visits) * 10_000) / 10_000;
}

/** The statistics rows: the most registrations first, then the most visits, then by code. */
export function partnerStats(links: readonly LinkCounts[]): PartnerLinkStat[] {
  return [...links]
    .sort((a, b) => b.registrations - a.registrations || b.visits - a.visits || a.code.localeCompare(b.code))
    .map((link) => ({
      code: link.code,
      name: link.label,
      channel: link.channel,
      active: link.active,
      visits: link.visits,
      registrations: link.registrations,
      attended: link.attended,
      conversion: conversionOf(link.registrations, link.visits),
    }));
}

/** The CSV columns of the statistics, in the organizer's language. */
export const STATS_HEADERS = {
  ru: ['Код', 'Название', 'Канал', 'Активна', 'Переходы', 'Регистрации', 'Пришли', 'Конверсия, %'],
  en: ['Code', 'Name', 'Channel', 'Active', 'Visits', 'Registrations', 'Attended', 'Conversion, %'],
} as const;

/** One statistics row as CSV cells (conversion in percent with one decimal, as a spreadsheet shows it). */
export function statCells(stat: PartnerLinkStat, words: { yes: string; no: string }, decimalComma: boolean): Array<string | number> {
  const percent = stat.conversion === null ? '' : (Math.round(stat.conversion * 1000) / 10).toFixed(1);
  return [stat.code, stat.name, stat.channel, stat.active ? words.yes : words.no, stat.visits, stat.registrations, stat.attended, decimalComma ? percent.replace('.', ',') : percent];
}
