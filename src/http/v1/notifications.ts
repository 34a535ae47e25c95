import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../core/core.js';
import { listClaimEmails, readNotificationSettings, updateNotificationSettings } from '../../core/notifications/claim-emails.js';
import type { EmailMessage } from '../../domain/notifications/email.js';
import { claimRefOf } from './claims.js';
import { IdOrUuidParam, iso, withErrors } from './schemas.js';

export const EmailMessageSchema = Type.Object({
  id: Type.String(), recipient: Type.String(), recipient_kind: Type.String(), notice: Type.String(), language: Type.String(),
  subject: Type.String(), text_body: Type.String(), status: Type.String(), attempt_count: Type.Integer(),
  last_error: Type.Union([Type.String(), Type.Null()]), sent_at: Type.Union([Type.String(), Type.Null()]), created_at: Type.String(),
}, { $id: 'EmailMessage' });

const NotificationSettingsSchema = Type.Object({ notify_assigned: Type.Boolean() }, { $id: 'NotificationSettings' });

function renderEmail(email: EmailMessage) {
  return {
    id: email.uuid, recipient: email.recipient, recipient_kind: email.recipientKind, notice: email.notice, language: email.language,
    subject: email.subject, text_body: email.textBody, status: email.status, attempt_count: email.attemptCount,
    last_error: email.lastError, sent_at: iso(email.sentAt), created_at: email.createdAt.toISOString(),
  };
}

export const notificationRoutes: FastifyPluginAsyncTypebox<{ core: Core }> = async (app, { core }) => {
  app.get('/claims/:id/emails', {
    schema: {
      operationId: 'listClaimEmails',
      tags: ['claims'], summary: 'The emails queued and sent about a claim, newest first (merchant staff)',
      params: IdOrUuidParam,
      response: withErrors({ 200: Type.Object({ data: Type.Array(EmailMessageSchema) }) }),
    },
  }, async (request) => ({ data: (await listClaimEmails(core, request.actor, claimRefOf(request.params.id))).map(renderEmail) }));

  app.get('/users/me/notifications', {
    schema: {
      operationId: 'getMyNotifications',
      tags: ['users'], summary: 'The signed-in console user\'s email notifications',
      response: withErrors({ 200: NotificationSettingsSchema }),
    },
  }, async (request) => ({ notify_assigned: (await readNotificationSettings(core, request.actor)).notifyAssigned }));

  app.put('/users/me/notifications', {
    schema: {
      operationId: 'updateMyNotifications',
      tags: ['users'], summary: 'Opt in or out of emails about claims assigned to the signed-in console user',
      body: Type.Object({ notify_assigned: Type.Boolean() }, { additionalProperties: false }),
      response: withErrors({ 200: NotificationSettingsSchema }),
    },
  }, async (request) => ({
    notify_assigned: (await updateNotificationSettings(core, request.actor, { notifyAssigned: request.body.notify_assigned })).notifyAssigned,
  }));
};
