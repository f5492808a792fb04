import { dammDigit, hasValidCheckDigit, withCheckDigit } from '../../types/rules/pickup-code';

/**
 * The seller types a friend's 6-digit code by hand: one wrong digit or two swapped ones must never be another
 * valid code (it could complete another friend's order), so the check digit must refuse every such slip.
 */
const bodies = Array.from({ length: 100_000 }, (_, i) => String(i).padStart(5, '0'));

it('gives the known Damm check digit (572 → 4, Wikipedia\'s worked example)', () => {
  expect(dammDigit('572')).toBe(4);
  expect(hasValidCheckDigit('5724')).toBe(true);
  expect(hasValidCheckDigit('5723')).toBe(false);
});

it('every one of the 100,000 codes is valid, and exactly one digit completes each body', () => {
  for (const body of bodies) {
    expect(hasValidCheckDigit(withCheckDigit(body))).toBe(true);
    let valid = 0;
    for (let d = 0; d < 10; d++) if (hasValidCheckDigit(body + d)) valid++;
    if (valid !== 1) throw new Error(`${body}: ${valid} check digits`);
  }
});

it('refuses every single-digit substitution and every adjacent swap of every code', () => {
  let refused = 0;
  for (const body of bodies) {
    const code = withCheckDigit(body);
    for (let i = 0; i < code.length; i++) {
      for (let d = 0; d < 10; d++) {
        const typo = code.slice(0, i) + d + code.slice(i + 1);
        if (typo === code) continue;
        if (hasValidCheckDigit(typo)) throw new Error(`${code} → ${typo} passes`);
        refused++;
      }
      if (i + 1 < code.length && code[i] !== code[i + 1]) {
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        if (hasValidCheckDigit(swapped)) throw new Error(`${code} → ${swapped} passes`);
        refused++;
      }
    }
  }
  // 6 positions × 9 other digits each, plus the swaps of unequal neighbours
  expect(refused).toBeGreaterThan(100_000 * 54);
});

it('refuses what is not a code of digits', () => {
  expect(hasValidCheckDigit('')).toBe(false);
  expect(hasValidCheckDigit('12a459')).toBe(false);
});
