import { createMiddleware } from 'hono/factory';
import { INTEGRATION_KEY_PREFIX } from '../../../shared';
import { guard, isGuardFailure } from '../db/push-guard';
import { activeTokenIn, hashToken, selectActiveToken, tokenStillHeld } from '../db/tokens';
import type { AppEnv, Caller } from '../types';
import { admit, bearerToken, refuseToken, requireAuth } from './auth';
import { forgetToken, knownToken } from './known-tokens';
import { askRateLimit, refuseOverLimit } from './rate-limit';

/**
 * requireAuth for the sync routes, one round trip shorter. A token this isolate found live before
 * is not looked up ahead of the handler: its check runs first in the handler's first batch
 * (`c.var.admission`) while the rate limiter is asked, so the handler's reads wait for neither.
 * Nothing is written or answered before the check: a revoked token, a disabled advisor and a
 * changed role take effect from the next request on, as with requireAuth. A request answered
 * before its first batch (a refused body, say) is checked afterwards, so a revoked or limited token
 * still gets its 401 or 429 rather than what its body would have earned. A push may instead commit in
 * one batch with the token's check as its guard (`guardedBatch`). Any other token goes through requireAuth.
 */
export const admitInBatch = createMiddleware<AppEnv>(async (c, next) => {
  const token = bearerToken(c);
  const tokenHash = token.startsWith(INTEGRATION_KEY_PREFIX) ? null : await hashToken(token);
  const known = tokenHash === null ? null : knownToken(tokenHash);
  if (tokenHash === null || known === null) {
    c.set('admission', { batch: async (statements) => ({ caller: c.var.caller, results: await c.env.DB.batch(statements) }) });
    return requireAuth(c, next);
  }
  const withinLimit = askRateLimit(c, tokenHash);
  let admitted: Promise<Caller> | null = null;
  const confirm = (checked: D1Result) =>
    (admitted ??= (async () => {
      const found = activeTokenIn(checked, tokenHash);
      if (!found) {
        forgetToken(tokenHash);
        return refuseToken(c);
      }
      refuseOverLimit(c, await withinLimit);
      admit(c, found);
      return found.caller;
    })());
  c.set('caller', known.caller);
  c.set('admission', {
    batch: async (statements) => {
      const [checked, ...results] = await c.env.DB.batch([selectActiveToken(c.env.DB, tokenHash), ...statements]);
      return { caller: await confirm(checked!), results };
    },
    guardedBatch: async (guards, statements) => {
      if (!(await withinLimit)) return false;
      try {
        await c.env.DB.batch([...guard(c.env.DB, [tokenStillHeld(known.caller), ...guards]), ...statements]);
      } catch (err) {
        if (isGuardFailure(err)) return false;
        throw err;
      }
      admitted ??= Promise.resolve(known.caller);
      admit(c, known);
      return true;
    },
  });
  await next();
  if (admitted === null) await confirm(await selectActiveToken(c.env.DB, tokenHash).all());
});
