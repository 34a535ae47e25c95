import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../core/core.js';
import { createUser, listUsers, PASSWORD_LENGTH_MIN, updateUser } from '../../core/identity/users.js';
import type { User } from '../../domain/access/user.js';
import { USER_ROLES } from '../../domain/access/user.js';
import { Email, iso, ShortText, withErrors } from './schemas.js';
import { StringEnum } from '../string-enum.js';

const Role = StringEnum(USER_ROLES);
const Password = Type.String({ minLength: PASSWORD_LENGTH_MIN, maxLength: 1000, description: `at least ${PASSWORD_LENGTH_MIN} characters; kept only as an argon2id hash` });

export const UserSchema = Type.Object({
  id: Type.String(), store_id: Type.Integer(), email: Type.String(), name: Type.String(), role: Type.String(),
  disabled_at: Type.Union([Type.String(), Type.Null()]), created_at: Type.String(), updated_at: Type.String(),
}, { $id: 'User' });

export function renderUser(user: User) {
  return {
    id: user.uuid, store_id: user.storeId, email: user.email, name: user.name, role: user.role,
    disabled_at: iso(user.disabledAt), created_at: user.createdAt.toISOString(), updated_at: user.updatedAt.toISOString(),
  };
}

export const userRoutes: FastifyPluginAsyncTypebox<{ core: Core }> = async (app, { core }) => {
  app.post('/users', {
    schema: {
      operationId: 'createUser',
      tags: ['users'], summary: "Create a console user (the platform admin or the store's owner)",
      body: Type.Object({ store_id: Type.Optional(Type.Integer({ minimum: 1, description: 'admin keys only' })), email: Email, name: ShortText, role: Role, password: Password }, {
        additionalProperties: false, examples: [{ email: 'agent@example.com', name: 'Ada Agent', role: 'agent', password: 'correct horse battery' }],
      }),
      response: withErrors({ 201: UserSchema }),
    },
  }, async (request, reply) => {
    const body = request.body;
    const user = await createUser(core, request.actor, { storeId: body.store_id, email: body.email, name: body.name, role: body.role, password: body.password });
    return reply.code(201).send(renderUser(user));
  });

  app.get('/users', {
    schema: {
      operationId: 'listUsers',
      tags: ['users'], summary: "The store's console users",
      querystring: Type.Object({ store_id: Type.Optional(Type.Integer({ minimum: 1 })) }),
      response: withErrors({ 200: Type.Object({ data: Type.Array(UserSchema) }) }),
    },
  }, async (request) => ({ data: (await listUsers(core, request.actor, { storeId: request.query.store_id })).map(renderUser) }));

  app.patch('/users/:id', {
    schema: {
      operationId: 'updateUser',
      tags: ['users'], summary: 'Change, disable or re-enable a user (the store owner)',
      params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
      body: Type.Object({
        store_id: Type.Optional(Type.Integer({ minimum: 1 })), name: Type.Optional(ShortText), role: Type.Optional(Role),
        password: Type.Optional(Password), disabled: Type.Optional(Type.Boolean()),
      }, { additionalProperties: false, minProperties: 1 }),
      response: withErrors({ 200: UserSchema }),
    },
  }, async (request) => {
    const body = request.body;
    return renderUser(await updateUser(core, request.actor, request.params.id, {
      storeId: body.store_id, name: body.name, role: body.role, password: body.password, disabled: body.disabled,
    }));
  });
};
