/** For the stance tests: the stance toward the first occurrence of `target` in `text` (null: toward no span). */
import { stanceToward } from '../../src/ingest/stance.js';

export function toward(text: string, target: string | null, options: Parameters<typeof stanceToward>[2] = {}) {
  if (target === null) return stanceToward(text, null, options);
  const at = text.indexOf(target);
  if (at < 0) throw new Error(`${target} not in ${text}`);
  return stanceToward(text, [at, at + target.length], options);
}
