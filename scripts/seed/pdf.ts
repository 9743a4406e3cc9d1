// A minimal PDF writer (one or more A4 pages of Helvetica text), so the demo's documents block gets a
// real, openable PDF without downloading or shipping files. The standard 14 fonts carry no Cyrillic:
// the leaflets it writes are the English versions; Russian documents of the demo are plain text.

export interface PdfLine {
  text: string;
  /** Font size in points (default 11). */
  size?: number;
  bold?: boolean;
}

const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;
const MARGIN = 56;

/** Text of a PDF string literal: Latin-1 only (WinAnsi), with `\`, `(` and `)` escaped. */
export function pdfString(text: string): string {
  const latin = [...text]
    .map((char) => {
      if (char === '\u2013' || char === '\u2014') return '-';
      if (char === '\u2019' || char === '\u2018') return "'";
      if (char === '\u201c' || char === '\u201d' || char === '\u00ab' || char === '\u00bb') return '"';
      return char.charCodeAt(0) <= 0xff ? char : '?';
    })
    .join('');
  return `(${latin.replace(/[\\()]/g, (match) => `\\${match}`)})`;
}

/** Splits `lines` into pages: each page takes as many lines as fit between the margins. */
function paginate(lines: PdfLine[]): PdfLine[][] {
  const pages: PdfLine[][] = [[]];
  let used = 0;
  for (const line of lines) {
    const height = (line.size ?? 11) * 1.45;
    if (used + height > PAGE_HEIGHT - 2 * MARGIN && (pages[pages.length - 1]?.length ?? 0) > 0) {
      pages.push([]);
      used = 0;
    }
    pages[pages.length - 1]?.push(line);
    used += height;
  }
  return pages;
}

function pageContent(lines: PdfLine[]): string {
  const out: string[] = ['BT'];
  let y = PAGE_HEIGHT - MARGIN;
  for (const line of lines) {
    const size = line.size ?? 11;
    y -= size * 1.45;
    out.push(`/${line.bold ? 'F2' : 'F1'} ${size} Tf`, `1 0 0 1 ${MARGIN} ${y.toFixed(1)} Tm`, `${pdfString(line.text)} Tj`);
  }
  out.push('ET');
  return out.join('\n');
}

/** A PDF 1.4 document with the given lines (a title, headings, text), with its metadata title. */
export function textPdf(title: string, lines: PdfLine[]): Buffer {
  const pages = paginate(lines);
  // objects: 1 catalog, 2 pages, 3 regular font, 4 bold font, 5 info, then a page and its content per page
  const objects: string[] = [];
  const pageIds = pages.map((_, index) => 6 + index * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>';
  objects[5] = `<< /Title ${pdfString(title)} /Producer (MMSO Connect demo seed) >>`;
  pages.forEach((page, index) => {
    const pageId = 6 + index * 2;
    const content = pageContent(page);
    objects[pageId] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] ` +
      `/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageId + 1} 0 R >>`;
    objects[pageId + 1] = `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
  });

  const chunks: string[] = ['%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n'];
  const offsets: number[] = [];
  let length = Buffer.byteLength(chunks[0] ?? '', 'latin1');
  for (let id = 1; id < objects.length; id += 1) {
    offsets[id] = length;
    const object = `${id} 0 obj\n${objects[id] ?? 'null'}\nendobj\n`;
    chunks.push(object);
    length += Buffer.byteLength(object, 'latin1');
  }
  const xref = [`xref\n0 ${objects.length}\n`, '0000000000 65535 f \n'];
  for (let id = 1; id < objects.length; id += 1) xref.push(`${String(offsets[id] ?? 0).padStart(10, '0')} 00000 n \n`);
  chunks.push(...xref, `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${length}\n%%EOF\n`);
  return Buffer.from(chunks.join(''), 'latin1');
}
