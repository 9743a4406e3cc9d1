import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { ConflictError } from '../errors';

const STATUS: Array<[new (...args: never[]) => errors.ApplicationError<string>, number]> = [
  [ConflictError, 409],
  [errors.UnauthorizedError, 401],
  [errors.ForbiddenError, 403],
];

/**
 * Runs a handler and answers the errors whose message the attendee must see in Strapi's error
 * envelope. Strapi's route authorization step turns any 401/403 thrown after it into a bare
 * "Unauthorized"/"Forbidden", and has no 409 at all.
 */
export async function respond(ctx: Context, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const status = STATUS.find(([type]) => error instanceof type)?.[1];
    if (!status || !(error instanceof errors.ApplicationError)) throw error;
    ctx.status = status;
    ctx.body = { data: null, error: { status, name: error.name, message: error.message, details: error.details ?? {} } };
  }
}
