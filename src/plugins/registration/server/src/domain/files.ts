/**
 * What a file really is, by its first bytes (never by its name or the browser's word): the kinds an
 * answer may carry. Office documents are ZIP containers told apart by the parts they hold.
 */
import { message, type Message } from '../i18n/messages';

export const FILE_KINDS = ['pdf', 'png', 'jpeg', 'webp', 'gif', 'docx', 'xlsx', 'pptx'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export const MIME_OF: Record<FileKind, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/** File name extensions that may name each kind. */
const EXTENSIONS: Record<FileKind, readonly string[]> = {
  pdf: ['pdf'],
  png: ['png'],
  jpeg: ['jpg', 'jpeg'],
  webp: ['webp'],
  gif: ['gif'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  pptx: ['pptx'],
};

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

function contains(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, 'latin1');
}

/** The kind of file these bytes are, or null for anything else (executables, scripts, SVG, HTML ...). */
export function sniffFileKind(bytes: Uint8Array): FileKind | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'gif';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && contains(bytes, '[Content_Types].xml')) {
    if (contains(bytes, 'word/')) return 'docx';
    if (contains(bytes, 'xl/')) return 'xlsx';
    if (contains(bytes, 'ppt/')) return 'pptx';
  }
  return null;
}

/** What a form tells its clients about file answers: the size limit and each accepted kind's type and name extensions. */
export interface FileRules {
  maxBytes: number;
  types: Array<{ kind: FileKind; mime: string; extensions: string[] }>;
}

export function fileRulesOf(rules: { maxBytes: number; allowedKinds: readonly FileKind[] }): FileRules {
  return {
    maxBytes: rules.maxBytes,
    types: FILE_KINDS.filter((kind) => rules.allowedKinds.includes(kind)).map((kind) => ({ kind, mime: MIME_OF[kind], extensions: [...EXTENSIONS[kind]] })),
  };
}

export type FileCheck =
  | { ok: true; kind: FileKind; mime: string }
  | { ok: false; reason: 'too-large' | 'empty' | 'disallowed' | 'name-mismatch'; message: Message };

/** Whether an uploaded file may be kept as an answer. */
export function checkFile(file: { name: string; size: number; head: Uint8Array }, rules: { maxBytes: number; allowedKinds: readonly FileKind[] }): FileCheck {
  if (file.size === 0) return { ok: false, reason: 'empty', message: message('file.empty') };
  if (file.size > rules.maxBytes) {
    return { ok: false, reason: 'too-large', message: message('file.too-large', { megabytes: Math.floor(rules.maxBytes / (1024 * 1024)) || 1 }) };
  }
  const kind = sniffFileKind(file.head);
  const allowedList = rules.allowedKinds.map((k) => k.toUpperCase()).join(', ');
  if (!kind || !rules.allowedKinds.includes(kind)) {
    return { ok: false, reason: 'disallowed', message: message('file.disallowed', { allowed: allowedList }) };
  }
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  if (extension && !EXTENSIONS[kind].includes(extension)) {
    return { ok: false, reason: 'name-mismatch', message: message('file.extension-mismatch', { extension }) };
  }
  return { ok: true, kind, mime: MIME_OF[kind] };
}
