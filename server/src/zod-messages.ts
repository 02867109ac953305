import { config } from 'zod/mini';
import { en } from 'zod/locales';

/**
 * The shared schemas are zod/mini, which carries no messages of its own: a check written
 * without a Japanese message (a response shape, a sort order) would answer just "Invalid
 * input". The server keeps zod's English defaults for those, as classic zod gave them; the
 * extension leaves them out (its pages never see these checks fail, and stay smaller).
 */
config(en());
