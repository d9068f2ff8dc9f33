/** Values as Grafeo's binding hands them over, made plain for the rest of Chorus. */

/**
 * Grafeo returns bigints past 2^53 and Dates for timestamps: hand plain numbers and ISO strings upward.
 * The rows are fresh objects of our own, so they are converted in place: a 10,000-row answer would
 * otherwise be copied map by map, and the garbage collector was the next cost after the engine.
 */
export function plain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return typeof value === 'bigint' ? Number(value) : value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'object' || typeof item === 'bigint') value[i] = plain(item);
    }
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const item = record[key];
    if (typeof item === 'object' || typeof item === 'bigint') record[key] = plain(item);
  }
  return record;
}
