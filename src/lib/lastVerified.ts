/**
 * The `last_verified` front-matter date of a docs page: the day its facts were
 * last checked against the primary sources. YAML parses an unquoted
 * `2026-12-02` as a Date, a quoted one as a string; both are accepted.
 *
 * Pure TypeScript: see lastVerified.test.ts.
 */

/** `YYYY-MM-DD` if the value is a real calendar date, otherwise null. */
export function lastVerifiedDate(value: unknown): string | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value ? value : null;
}
