import { pino } from 'pino';
import { distributeTables, emailSettings, uploadsFolder, type Config } from '../config.js';
import { createCore } from '../core/core.js';
import { startHousekeeping } from '../core/housekeeping.js';
import { startTimerWorker } from '../core/policies/timers-worker.js';
import { sealStoredSecrets } from '../core/webhooks/endpoints.js';
import { buildApp } from '../http/app.js';
import { buildMetricsApp } from '../http/metrics.js';
import { openDatabase } from '../store/db.js';
import { migrateToLatest } from '../store/migrate.js';
import { createEmailSender } from '../email/mailer.js';
import { startWebhookDispatcher } from '../webhooks/dispatcher.js';
import { loadSecretKey } from './secret-key.js';

export async function serve(config: Config): Promise<void> {
  const logger = pino({ level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] });
  const database = await openDatabase(config.database);
  const applied = await migrateToLatest(database.db, { distribute: distributeTables() });
  if (applied.length > 0) logger.info({ applied }, 'migrations applied');
  const secretKey = loadSecretKey(config.secretKey);
  if (secretKey.created !== undefined) {
    logger.warn({ path: secretKey.created }, 'made a new secret key file; every instance sharing this database needs the same key (RECOURSE_SECRET_KEY)');
  }
  const core = createCore(database.db, { adminKey: config.adminKey, secretKey: secretKey.key, passwordHashing: config.passwordHashing, uploadQuotas: config.uploadQuotas });
  const sealed = await sealStoredSecrets(core);
  if (sealed > 0) logger.info({ sealed }, 'sealed webhook secrets stored in the clear');
  const app = await buildApp({ core, database, logger, rateLimitPerMinute: config.rateLimitPerMinute, requestTimeoutMs: config.requestTimeoutMs, trustProxy: config.trustProxy,
    metrics: { ...(config.metrics.token === undefined ? {} : { token: config.metrics.token }), ownPort: config.metrics.port !== undefined },
  });
  const metricsApp = config.metrics.port === undefined ? undefined : await buildMetricsApp(app.metricsRegistry, config.metrics.token);

  const email = emailSettings();
  const dispatcher = startWebhookDispatcher(core, { logger, ...(email === undefined ? {} : { email: { publicOrigin: email.publicOrigin } }) });
  const mailer = email === undefined ? undefined : createEmailSender(core, email, { logger });
  mailer?.start();
  if (email !== undefined) logger.info({ smtp_host: email.smtp.host, smtp_port: email.smtp.port, tls: email.smtp.tls }, 'email notifications on');
  const timers = startTimerWorker(core, {
    onRun: (run) => logger.info({ fired: run.fired, skipped: run.skipped, postponed: run.postponed, failed: run.failed.length }, 'timers ran'),
    onError: (error) => logger.error({ err: error }, 'timer run failed'),
  });
  const housekeeping = startHousekeeping(core, { uploadsFolder: uploadsFolder(), onError: (error) => logger.error({ err: error }, 'housekeeping failed') });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await app.close();
    await metricsApp?.close();
    await dispatcher.stop();
    await mailer?.stop();
    await timers.stop();
    await housekeeping.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ host: config.host, port: config.port });
  if (metricsApp !== undefined) await metricsApp.listen({ host: config.metrics.host, port: config.metrics.port });
  logger.info({ database: database.kind, ...(config.database.kind === 'pglite' ? { data_dir: config.database.dataDir } : {}) }, 'recourse is serving');
}
