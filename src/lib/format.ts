/** 1373 -> "1,373", the same on the server and in every browser (no locale APIs). */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
