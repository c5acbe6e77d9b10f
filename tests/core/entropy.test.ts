import { describe, expect, it } from 'vitest';
import { entropyBelow, shannonEntropy } from '../../src/core/entropy.js';
import { ALNUM, randomChars } from '../helpers/fake-tokens.js';

describe('shannonEntropy', () => {
  it.each([
    ['', 0],
    ['aaaa', 0],
    ['abab', 1],
    ['abcd', 2],
  ])('%j has %f bits per character', (value, bits) => {
    expect(shannonEntropy(value)).toBe(bits);
  });
  it('counts code units the same way below and above the length counted without a map', () => {
    const short = randomChars(32, ALNUM, 3);
    expect(shannonEntropy(short + short)).toBeCloseTo(shannonEntropy(short), 12);
  });
});

describe('entropyBelow', () => {
  // thresholds the detectors use, and the exact entropies of uniform values (log2 of 2..8), where only the sum decides
  const thresholds = [1, 2, 2.3, 2.5, 3, 3.3, 4, Math.log2(3), Math.log2(5), Math.log2(6), Math.log2(8)];
  const values = [
    '',
    'a',
    'aaaaaaaa',
    'abcabcab',
    'abcdef',
    'abcdefabcdef',
    'aabbccddeeff',
    'password',
    'hunter22',
    'ABCDEFGH',
    ...Array.from({ length: 40 }, (_, i) => randomChars(4 + (i % 36), i % 3 === 0 ? 'ab01' : ALNUM, i + 1)),
  ];
  it.each(thresholds)('answers shannonEntropy(value) < %f for every value', (bits) => {
    for (const value of values) expect(entropyBelow(value, bits), value).toBe(shannonEntropy(value) < bits);
  });
});
