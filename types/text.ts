/** Code-point length, so that 30 Chinese characters or emoji count as 30, not as UTF-16 units. */
export function charLength(value: string): number {
  let n = 0;
  for (const _ of value) n += 1;
  return n;
}
