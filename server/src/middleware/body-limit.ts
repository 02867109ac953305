import { bodyLimit } from 'hono/body-limit';
import { LIMITS } from '../../../shared';
import { ApiError } from '../errors';

const tooLarge = (maxBytes: number) => () => {
  throw new ApiError(413, 'payload_too_large', `送信データが大きすぎます（上限 ${Math.round(maxBytes / 1024)} KB）。分けて送信してください`);
};

export const pushBodyLimit = bodyLimit({ maxSize: LIMITS.pushBodyBytes, onError: tooLarge(LIMITS.pushBodyBytes) });
export const defaultBodyLimit = bodyLimit({ maxSize: LIMITS.otherBodyBytes, onError: tooLarge(LIMITS.otherBodyBytes) });
