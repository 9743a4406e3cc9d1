import { describe, expect, it } from 'vitest';
import { checkFile, sniffFileKind } from '../domain/files';
import { render } from '../i18n/messages';

const bytes = (hex: string) => new Uint8Array(Buffer.from(hex.replace(/\s/g, ''), 'hex'));
const ascii = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const zip = (entry: string) =>
  new Uint8Array(Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.alloc(26), Buffer.from(`[Content_Types].xml${entry}document.xml`, 'latin1')]));
const rules = { maxBytes: 1024, allowedKinds: ['pdf', 'png', 'jpeg', 'docx'] as const };

describe('file kinds by content', () => {
  it('recognizes documents and images by their first bytes', () => {
    expect(sniffFileKind(ascii('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffFileKind(bytes('89504e470d0a1a0a 0000000d49484452'))).toBe('png');
    expect(sniffFileKind(bytes('ffd8ffe000104a464946'))).toBe('jpeg');
    expect(sniffFileKind(ascii('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))).toBe('webp');
    expect(sniffFileKind(ascii('GIF89a'))).toBe('gif');
    expect(sniffFileKind(zip('word/'))).toBe('docx');
    expect(sniffFileKind(zip('xl/'))).toBe('xlsx');
    expect(sniffFileKind(zip('ppt/'))).toBe('pptx');
  });

  it('knows nothing else: programs, scripts, SVG, HTML, plain archives', () => {
    expect(sniffFileKind(ascii('MZ\u0090\u0000'))).toBeNull();
    expect(sniffFileKind(bytes('7f454c46'))).toBeNull();
    expect(sniffFileKind(ascii('#!/bin/sh\nrm -rf /'))).toBeNull();
    expect(sniffFileKind(ascii('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull();
    expect(sniffFileKind(ascii('<!doctype html>'))).toBeNull();
    expect(sniffFileKind(bytes('504b0304 0000'))).toBeNull();
    expect(sniffFileKind(new Uint8Array(0))).toBeNull();
  });
});

describe('accepting a file', () => {
  it('accepts an allowed kind whose name agrees', () => {
    expect(checkFile({ name: 'cv.PDF', size: 100, head: ascii('%PDF-1.4') }, rules)).toEqual({ ok: true, kind: 'pdf', mime: 'application/pdf' });
    expect(checkFile({ name: 'photo.jpg', size: 100, head: bytes('ffd8ffe0') }, rules)).toMatchObject({ ok: true, kind: 'jpeg' });
    expect(checkFile({ name: 'no-extension', size: 100, head: ascii('%PDF-1.4') }, rules)).toMatchObject({ ok: true });
  });

  it('refuses empty, too large, disallowed and disguised files, saying why', () => {
    const said = (file: { name: string; size: number; head: Uint8Array }) => {
      const check = checkFile(file, rules);
      return check.ok ? null : { reason: check.reason, ru: render('ru', check.message), en: render('en', check.message) };
    };
    expect(said({ name: 'a.pdf', size: 0, head: new Uint8Array(0) })).toEqual({ reason: 'empty', ru: 'Файл пустой', en: 'The file is empty' });
    expect(said({ name: 'a.pdf', size: 1025, head: ascii('%PDF-') })).toEqual({
      reason: 'too-large',
      ru: 'Файл больше 1 МБ',
      en: 'The file is larger than 1 MB',
    });
    expect(said({ name: 'a.gif', size: 10, head: ascii('GIF89a') })).toEqual({
      reason: 'disallowed',
      ru: 'Этот тип файла не принимается. Можно: PDF, PNG, JPEG, DOCX',
      en: 'This type of file is not accepted. Allowed: PDF, PNG, JPEG, DOCX',
    });
    expect(said({ name: 'cv.pdf', size: 10, head: ascii('MZ\u0090') })).toMatchObject({ reason: 'disallowed' });
    expect(said({ name: 'cv.pdf', size: 10, head: bytes('89504e470d0a1a0a') })).toEqual({
      reason: 'name-mismatch',
      ru: 'Содержимое файла не соответствует расширению .pdf',
      en: "The file's content does not match its extension .pdf",
    });
  });
});
