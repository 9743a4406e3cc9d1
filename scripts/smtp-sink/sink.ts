// A local SMTP server that accepts every message and stores it as an .eml file, so the demo and the
// tests can send real mail through Strapi's nodemailer provider without a mail server.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

export { readMessages, waitForMessage, parseMessage, type SinkMessage } from './messages.ts';

/** The repository root: the default mail folder is `<root>/.tmp/mail` wherever the sink is started from. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const defaultMailDir = join(repoRoot, '.tmp', 'mail');

/** Gmail and most corporate servers accept 25 MB: larger messages are refused with 552, as they would be. */
export const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

export interface SmtpSinkOptions {
  host?: string;
  /** 0 picks a free port (tests); the returned `port` says which. */
  port?: number;
  dir?: string;
  /** Called once per stored message (the CLI prints a line). */
  onMessage?: (file: string, envelope: { from: string; to: string[] }) => void;
  /**
   * Tests of failures: asked before each message is stored; an answer refuses the message with
   * that SMTP code (4xx: try later, 5xx: never), null accepts it.
   */
  refuse?: (envelope: { from: string; to: string[] }) => { responseCode: number; message: string } | null;
}

export interface SmtpSink {
  host: string;
  port: number;
  dir: string;
  close(): Promise<void>;
}

/** `2026-03-01T10-15-30.123Z`: ISO time without colons (not allowed in Windows file names), sortable as text. */
export function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/:/g, '-');
}

function envelopeAddresses(session: SMTPServerSession): { from: string; to: string[] } {
  const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
  return { from, to: session.envelope.rcptTo.map((rcpt) => rcpt.address) };
}

/** Starts the sink; resolves once it listens. */
export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const host = options.host ?? '127.0.0.1';
  const dir = resolve(options.dir ?? defaultMailDir);
  await mkdir(dir, { recursive: true });

  const store = async (raw: Buffer, session: SMTPServerSession): Promise<string> => {
    const envelope = envelopeAddresses(session);
    // Bcc recipients appear only in the envelope: keep it in the file so tests can find such mail.
    const trace = `X-Sink-Mail-From: <${envelope.from}>\r\nX-Sink-Rcpt-To: ${envelope.to.map((a) => `<${a}>`).join(', ')}\r\n`;
    const name = `${fileTimestamp(new Date())}-${session.id}-${randomBytes(3).toString('hex')}.eml`;
    const target = join(dir, name);
    // Written under another name first and renamed: a reader polling the folder never sees half a message.
    const partial = join(dir, `.${name}.part`);
    await writeFile(partial, Buffer.concat([Buffer.from(trace, 'latin1'), raw]));
    await rename(partial, target);
    options.onMessage?.(target, envelope);
    return target;
  };

  const server = new SMTPServer({
    // A local sink: plain SMTP only, anybody may send, nothing to authenticate against.
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    size: MAX_MESSAGE_BYTES,
    banner: 'MMSO Connect SMTP sink',
    logger: false,
    // Strapi's provider keeps pooled connections open: do not wait 30 s for them on close.
    closeTimeout: 500,
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null) => void) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (error: Error) => callback(error));
      stream.on('end', () => {
        const refusal = options.refuse?.(envelopeAddresses(session));
        if (refusal) {
          callback(Object.assign(new Error(refusal.message), { responseCode: refusal.responseCode }));
          return;
        }
        if (stream.sizeExceeded) {
          const error = Object.assign(new Error(`Message exceeds the ${MAX_MESSAGE_BYTES} byte limit`), { responseCode: 552 });
          callback(error);
          return;
        }
        store(Buffer.concat(chunks), session).then(
          () => callback(),
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
        );
      });
    },
  });

  await new Promise<void>((resolvePromise, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(options.port ?? 1025, host, () => {
      server.off('error', onError);
      resolvePromise();
    });
  });
  // Errors of single connections (a client that hangs up) must not crash the process.
  server.on('error', (error: Error) => console.error(`[smtp-sink] ${error.message}`));

  const address = server.server.address() as AddressInfo;
  return {
    host,
    port: address.port,
    dir,
    close: () => new Promise<void>((resolvePromise) => server.close(() => resolvePromise())),
  };
}
