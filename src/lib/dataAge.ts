/**
 * "DescribeInstanceTypes as of 2026-08-02, 4 months old": the age of a dated
 * snapshot in whole calendar months (days under one month). Pure; the caller
 * passes today's date (build time on the server, the reader's clock in the browser).
 */
export function monthsBetween(from: string, to: string): number {
  const a = /^(\d{4})-(\d{2})-(\d{2})$/.exec(from);
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(to);
  if (!a || !b) return NaN;
  let m = (Number(b[1]) - Number(a[1])) * 12 + (Number(b[2]) - Number(a[2]));
  if (Number(b[3]) < Number(a[3])) m--;
  return m;
}

export function ageText(asOf: string, today: string): string {
  const months = monthsBetween(asOf, today);
  if (Number.isNaN(months)) return 'age unknown';
  if (months < 0) return 'dated in the future';
  if (months === 0) {
    const days = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${asOf}T00:00:00Z`)) / 86_400_000);
    return days === 0 ? 'from today' : `${days} day${days === 1 ? '' : 's'} old`;
  }
  if (months < 24) return `${months} month${months === 1 ? '' : 's'} old`;
  return `${Math.floor(months / 12)} years old`;
}
