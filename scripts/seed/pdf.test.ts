import { describe, expect, it } from 'vitest';
import { pdfString, textPdf } from './pdf.ts';

describe('demo PDF writer', () => {
  it('writes a PDF whose cross-reference table points at every object', () => {
    const lines = Array.from({ length: 80 }, (_, index) => ({ text: `Line ${index + 1} (of 80) \\ done` }));
    const pdf = textPdf('Programme', [{ text: 'Programme', size: 18, bold: true }, ...lines]).toString('latin1');
    expect(pdf.startsWith('%PDF-1.4\n')).toBe(true);
    expect(pdf.endsWith('%%EOF\n')).toBe(true);
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(pdf)?.[1]);
    expect(pdf.slice(startxref, startxref + 4)).toBe('xref');
    const [, count] = /^xref\n0 (\d+)\n/.exec(pdf.slice(startxref)) ?? [];
    const entries = pdf.slice(startxref).split('\n').slice(3, 2 + Number(count));
    expect(entries.length).toBe(Number(count) - 1);
    entries.forEach((entry, index) => {
      const offset = Number(entry.slice(0, 10));
      expect(pdf.slice(offset).startsWith(`${index + 1} 0 obj\n`), `object ${index + 1}`).toBe(true);
    });
    // stream lengths are exact, and 80 lines do not fit on one A4 page
    for (const match of pdf.matchAll(/\/Length (\d+) >>\nstream\n/g)) {
      const end = (match.index ?? 0) + match[0].length + Number(match[1]);
      expect(pdf.slice(end, end + 10)).toBe('\nendstream');
    }
    expect(Number(/\/Count (\d+)/.exec(pdf)?.[1])).toBeGreaterThanOrEqual(2);
  });

  it('escapes string delimiters and keeps to Latin-1', () => {
    expect(pdfString('a (b) \\ c')).toBe('(a \\(b\\) \\\\ c)');
    expect(pdfString('«Да» — нет')).toBe('("??" - ???)');
  });
});
