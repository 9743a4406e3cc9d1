// CLI: `npx tsx scripts/smtp-sink/index.ts` runs the local SMTP sink until SIGINT / SIGTERM.
// SMTP_SINK_HOST, SMTP_SINK_PORT and SMTP_SINK_DIR override 127.0.0.1, 1025 and <repo>/.tmp/mail.
import { resolve } from 'node:path';
import { defaultMailDir, startSmtpSink } from './sink.ts';

const portText = process.env.SMTP_SINK_PORT ?? '1025';
const port = Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`[smtp-sink] SMTP_SINK_PORT must be a port number, got "${portText}"`);
  process.exit(2);
}

const sink = await startSmtpSink({
  host: process.env.SMTP_SINK_HOST ?? '127.0.0.1',
  port,
  dir: process.env.SMTP_SINK_DIR ? resolve(process.env.SMTP_SINK_DIR) : defaultMailDir,
  onMessage: (file, envelope) => console.log(`[smtp-sink] ${envelope.from || '<>'} -> ${envelope.to.join(', ')}: ${file}`),
});
console.log(`[smtp-sink] listening on smtp://${sink.host}:${sink.port}, writing each message to ${sink.dir}/*.eml`);

let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  console.log(`[smtp-sink] ${signal}: stopping`);
  sink.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error('[smtp-sink] close failed', error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
