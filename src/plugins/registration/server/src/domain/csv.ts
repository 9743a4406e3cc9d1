/**
 * CSV exports of registrant lists as spreadsheets open them: UTF-8 with a byte-order mark (so that
 * Excel reads Cyrillic), `;` by default (Excel's separator in a Russian locale) or `,`, and no cell
 * that a spreadsheet would run as a formula. Pure; the service streams rows through @json2csv/node.
 */
import { CSV_DELIMITERS, type CsvDelimiter } from '../../../../../../cms/src/registrants';

/** The byte-order mark that starts every export. */
export const UTF8_BOM = '\uFEFF';

/** Characters that make a spreadsheet treat a cell as a formula (OWASP's list: = + - @ tab CR). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell's text made inert: a leading apostrophe before a formula start. Phone numbers (`+7...`) and
 * negative-looking text get it too: a spreadsheet shows them as text, which is what they are.
 */
export const neutralizeCell = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** The delimiter asked for (`;` when none); null for anything else. */
export function parseDelimiter(raw: unknown): CsvDelimiter | null {
  if (raw === undefined || raw === '') return ';';
  return typeof raw === 'string' && (CSV_DELIMITERS as readonly string[]).includes(raw) ? (raw as CsvDelimiter) : null;
}

/** One cell's text from a value of a list: lists joined by `, `, booleans as да/нет (or yes/no), dates as given. */
export function cellText(value: unknown, words: { yes: string; no: string }): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (Array.isArray(value)) return neutralizeCell(value.map((item) => String(item)).join(', '));
  if (value instanceof Date) return value.toISOString();
  return neutralizeCell(String(value));
}

/** The file name of an export: the event's slug and the day, nothing a header could break on. */
export function exportFileName(slug: string, day: string, kind: 'registrants' | 'partner-links' = 'registrants'): string {
  const safe = slug.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 80) || 'event';
  return `${kind}-${safe}-${day}.csv`;
}

/**
 * A small CSV document in memory (tables of a few hundred rows, such as partner-link statistics): the
 * byte-order mark, the header, then the rows; text cells neutralized, a cell quoted when it holds the
 * delimiter, a quote or a line break (RFC 4180), lines ended by CRLF.
 */
export function csvDocument(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>, delimiter: CsvDelimiter): string {
  const cell = (value: string | number): string => {
    const text = typeof value === 'number' ? String(value) : neutralizeCell(value);
    return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const line = (cells: ReadonlyArray<string | number>) => cells.map(cell).join(delimiter);
  return `${UTF8_BOM}${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}
