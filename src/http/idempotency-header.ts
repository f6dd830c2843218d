/**
 * The Idempotency-Key header of mutating calls from partner systems and mobile clients
 * (DESIGN.md invariant 2): required, and a replay is answered with `Idempotent-Replayed: true`.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { IDEMPOTENCY_KEY_PATTERN } from '../exchange/idempotency.js';
import { AppError } from '../platform/errors.js';

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ pattern: IDEMPOTENCY_KEY_PATTERN, description: 'Unique per intended change, 8–128 characters; a retry with the same key gets the first answer' })),
});

export function idempotencyKeyOf(request: FastifyRequest): string {
  const key = request.headers['idempotency-key'];
  if (typeof key !== 'string') throw new AppError('IDEMPOTENCY_KEY_REQUIRED', { fields: [{ in: 'header', name: 'Idempotency-Key', vi: 'bắt buộc với yêu cầu ghi', en: 'required on writes' }] });
  return key;
}

export function sendIdempotent(reply: FastifyReply, result: { status: number; body: unknown; replayed: boolean }) {
  if (result.replayed) void reply.header('idempotent-replayed', 'true');
  return reply.code(result.status).send(result.body);
}
