import type { Core } from '@strapi/strapi';
// relative, not the `cms` package: the app's own compile builds it
import { bodyLimitsOf } from '../cms/src/body-limits';

const allowedMediaTypes = [
  'image/*',
  'video/*',
  'audio/*',
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.*',
  'text/plain',
  'text/csv',
];

const deniedTypes = [
  'image/svg+xml',
  'application/vnd.microsoft.portable-executable',
  'application/x-msdownload',
  'application/x-msdos-program',
  'application/x-executable',
  'application/x-dosexec',
  'application/x-sh',
  'text/x-shellscript',
  'application/x-mach-binary',
];

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => {
  const smtpUser = env('SMTP_USER', '');
  const bodyLimits = bodyLimitsOf(
    { json: env('BODY_JSON_LIMIT', ''), form: env('BODY_FORM_LIMIT', ''), text: env('BODY_TEXT_LIMIT', ''), multipart: env('BODY_FILE_LIMIT', '') },
    { json: 'BODY_JSON_LIMIT', form: 'BODY_FORM_LIMIT', text: 'BODY_TEXT_LIMIT', multipart: 'BODY_FILE_LIMIT' },
  );
  return {
    'users-permissions': {
      config: {
        jwtManagement: 'refresh',
        sessions: {
          httpOnly: true,
        },
      },
    },
    upload: {
      config: {
        security: {
          allowedTypes: allowedMediaTypes,
          deniedTypes,
        },
      },
    },
    email: {
      config: {
        provider: 'nodemailer',
        providerOptions: {
          host: env('SMTP_HOST', '127.0.0.1'),
          port: env.int('SMTP_PORT', 1025),
          secure: env.bool('SMTP_SECURE', false),
          // the local sink speaks plain SMTP; a real server negotiates STARTTLS unless told otherwise
          ignoreTLS: env.bool('SMTP_IGNORE_TLS', env('SMTP_HOST', '127.0.0.1') === '127.0.0.1'),
          ...(smtpUser ? { auth: { user: smtpUser, pass: env('SMTP_PASS', '') } } : {}),
          pool: true,
          maxMessages: Infinity,
        },
        settings: {
          defaultFrom: env('SMTP_FROM', 'MMSO Connect <no-reply@mmso.local>'),
          defaultReplyTo: env('SMTP_REPLY_TO', env('SMTP_FROM', 'no-reply@mmso.local')),
        },
      },
    },
    graphql: {
      config: {
        endpoint: '/graphql',
        shadowCRUD: true,
        landingPage: env('NODE_ENV', 'development') !== 'production',
        depthLimit: 10,
        amountLimit: 100,
        defaultLimit: 25,
        maxLimit: 100,
        // CORS is strapi::cors's alone (config/middlewares.ts): Apollo's own would answer every origin after it
        apolloServer: {
          introspection: env('NODE_ENV', 'development') !== 'production',
          cors: false,
          // the same limits as strapi::body (global::body-limit has refused anything larger before)
          bodyParserConfig: { jsonLimit: bodyLimits.json, formLimit: bodyLimits.form, textLimit: bodyLimits.text },
        },
      },
    },
    'event-builder': {
      enabled: true,
      resolve: './src/plugins/event-builder',
    },
    engagement: {
      enabled: true,
      resolve: './src/plugins/engagement',
    },
    registration: {
      enabled: true,
      resolve: './src/plugins/registration',
      config: {
        // the site's public URL, for links in mail
        siteUrl: env('SITE_URL', ''),
        // emailed codes are hashed with a key derived from this secret (else from APP_KEYS, under its own label)
        codes: { hashSecret: env('CODE_HASH_SECRET', '') },
        files: {
          // answers' files are kept in the database (registration_files); this folder only holds files of earlier releases
          dir: env('REGISTRATION_FILES_DIR', '.tmp/registration-files'),
          maxBytes: env.int('REGISTRATION_FILE_MAX_BYTES', 5 * 1024 * 1024),
        },
        // anonymous registrations wait for the mailed code: answers kept ttlMs, submissions limited per address and per IP an hour
        pending: {
          ttlMs: env.int('REGISTRATION_PENDING_TTL_MS', 60 * 60_000),
          perEmail: { max: env.int('REGISTRATION_PENDING_PER_EMAIL', 5), windowMs: 60 * 60_000 },
          perIp: { max: env.int('REGISTRATION_PENDING_PER_IP', 30), windowMs: 60 * 60_000 },
          sweepIntervalMs: 5 * 60_000,
        },
        // confirmation mails: each instance queues up to batchSize every intervalMs
        confirmations: {
          intervalMs: env.int('REGISTRATION_CONFIRMATION_INTERVAL_MS', 2000),
          batchSize: env.int('REGISTRATION_CONFIRMATION_BATCH_SIZE', 50),
        },
      },
    },
    platform: {
      enabled: true,
      resolve: './src/plugins/platform',
      config: {
        redisUrl: env('REDIS_URL', ''),
        redisPrefix: env('REDIS_PREFIX', 'mmso'),
        // operators' monitoring sends it in x-readiness-token to see which dependency failed and why
        readinessToken: env('READINESS_TOKEN', ''),
        jobs: {
          pollIntervalMs: env.int('JOBS_POLL_INTERVAL_MS', 1000),
          concurrency: env.int('JOBS_CONCURRENCY', 4),
          runWorker: env.bool('JOBS_RUN_WORKER', true),
          leaseMs: env.int('JOBS_LEASE_MS', 300000),
        },
        // a mail that failed temporarily (SMTP 4xx, no connection) is retried after 30 s, 1 min, 2 min ... at most 1 h apart
        mail: {
          maxAttempts: env.int('MAIL_MAX_ATTEMPTS', 8),
          baseDelayMs: env.int('MAIL_RETRY_BASE_MS', 30000),
          maxDelayMs: env.int('MAIL_RETRY_MAX_MS', 3600000),
        },
      },
    },
    // modules added by `npm run new:module` go above this line
  };
};

export default config;
