/**
 * JSON with sorted keys, for telling whether a stored value changed: jsonb returns object keys in its
 * own order, so plain JSON.stringify would report an unchanged value as changed.
 */
export const canonicalJson = (value: unknown): string =>
  JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
