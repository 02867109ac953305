import { config } from 'zod/mini';
import { ja } from 'zod/locales';

/**
 * The shared schemas are zod/mini, which carries no messages of its own: a check written
 * without a Japanese message (a response shape, an id's format, a sort order) would answer
 * just "Invalid input". The server takes zod's Japanese locale for those, so every message a
 * person can see is Japanese; the extension leaves them out (its pages never see these checks
 * fail, and stay smaller).
 */
config(ja());
