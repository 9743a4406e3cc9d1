/**
 * iCalendar (RFC 5545) files for a session, an event, and a visitor's favorites feed. Pure.
 * Times are written in UTC, so every calendar app places them right whatever its own time zone.
 */
export interface CalendarItem {
  uid: string;
  title: string;
  startsAt: string;
  endsAt: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  /** When the item last changed (defaults to `stamp`). */
  updatedAt?: string | null;
}

export interface Calendar {
  name: string;
  items: CalendarItem[];
  /** The DTSTAMP of every item. */
  stamp: Date;
  /** How often subscribers should refresh (feeds only), in minutes. */
  refreshMinutes?: number;
}

export function icsDate(value: string | Date): string {
  return new Date(value).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** TEXT values escape backslashes, semicolons, commas and newlines. */
export function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function buildIcs(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//MMSO Connect//Event space//RU',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(calendar.name)}`,
  ];
  if (calendar.refreshMinutes) {
    lines.push(`REFRESH-INTERVAL;VALUE=DURATION:PT${calendar.refreshMinutes}M`, `X-PUBLISHED-TTL:PT${calendar.refreshMinutes}M`);
  }
  for (const item of calendar.items) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${item.uid}`,
      `DTSTAMP:${icsDate(calendar.stamp)}`,
      `DTSTART:${icsDate(item.startsAt)}`,
      `DTEND:${icsDate(item.endsAt)}`,
      `SUMMARY:${icsText(item.title)}`,
    );
    if (item.description) lines.push(`DESCRIPTION:${icsText(item.description)}`);
    if (item.location) lines.push(`LOCATION:${icsText(item.location)}`);
    if (item.url) lines.push(`URL:${item.url}`);
    if (item.updatedAt) lines.push(`LAST-MODIFIED:${icsDate(item.updatedAt)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** A file name for the download: Latin letters, digits and dashes. */
export function icsFileName(base: string): string {
  const cleaned = base.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return `${cleaned || 'calendar'}.ics`;
}
