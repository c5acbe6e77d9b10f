import { describe, expect, it } from 'vitest';
import { ALL_PATTERNS, PROVIDERS, scanText } from '../../../src/core/detect/index.js';
import { FAKE_PROVIDER_TOKENS } from '../../helpers/fake-tokens.js';
import { CONFIG_FILE_PATTERNS } from '../../../src/rules/no-hardcoded-secrets/config-files.js';

/** Literal characters a pattern may start with: what an attacker would repeat. */
function literalPrefix(source: string): string {
  const m = /^\^?((?:[A-Za-z0-9_~:=-]|\\[./-])*)/.exec(source);
  return (m?.[1] ?? '').replace(/\\(.)/g, '$1');
}

const FILLERS = ['aA0', 'a', '0', 'A', '-', '_', '.', '=', '/', '+', 'aA0_-', 'a0.'];

describe('no catastrophic backtracking', () => {
  for (const { id, pattern } of [...ALL_PATTERNS, ...CONFIG_FILE_PATTERNS.map((p, i) => ({ id: `config-files:${i}`, pattern: p }))]) {
    it(`${id}: 50 000 repetitions of its prefix and charset, invalid tail`, () => {
      const prefix = literalPrefix(pattern.source);
      const started = performance.now();
      for (const filler of FILLERS) {
        const input = prefix + filler.repeat(Math.ceil(50_000 / filler.length)) + '!\u0000';
        pattern.test(input);
        pattern.test(input.repeat(2));
        pattern.test((prefix + filler).repeat(5_000) + '!');
      }
      expect(performance.now() - started).toBeLessThan(1_000);
    });
  }
});

function timeScan(text: string): number {
  const started = performance.now();
  scanText(text, { minConfidence: 'low' });
  return performance.now() - started;
}

/** A minified-bundle-like line: identifiers, strings, numbers, URLs, no secrets. */
function minifiedLine(size: number): string {
  const chunk =
    'function(e,t,n){"use strict";var r=n(12),o=n.n(r),i="https://api.example.net/v1/items?id="+e.id;' +
    'const a={headers:{Authorization:"Bearer "+t.token,"Content-Type":"application/json"}};' +
    'return o()(i,a).then(function(e){return e.json()}).catch(function(){return{error:"Basic auth failed"}})},' +
    'key:"render",value:function(){var e=this.props.className||"bg-[#0a0a0a] md:flex";return sk(e,"sk-"+ak)},';
  return chunk.repeat(Math.ceil(size / chunk.length)).slice(0, size);
}

/** A text made only of every prefix the scanner knows, repeated. */
function repeatedPrefixes(size: number): string {
  const prefixes = [...PROVIDERS.flatMap((p) => p.prefixes), '-----BEGIN ', '://', 'eyJ', 'Basic ', 'Bearer ', 'assword=', 'pwd='];
  const chunk = prefixes.join('');
  return chunk.repeat(Math.ceil(size / chunk.length)).slice(0, size);
}

/** Every fake token back to back with no separator: each must be rejected as part of a longer word. */
function gluedTokens(size: number): string {
  const chunk = Object.values(FAKE_PROVIDER_TOKENS)
    .map((f) => f(3))
    .join('');
  return chunk.repeat(Math.ceil(size / chunk.length)).slice(0, size);
}

describe('scanText is linear', () => {
  it.each([
    ['minified JavaScript', minifiedLine],
    ['repeated prefixes', repeatedPrefixes],
    ['glued tokens', gluedTokens],
  ])('%s: 1 MB takes well under 2 s and about 4× the time of 250 KB', (_name, make) => {
    const small = make(250_000);
    const big = make(1_000_000);
    timeScan(small); // warm up
    const tSmall = timeScan(small);
    const tBig = timeScan(big);
    expect(tBig).toBeLessThan(2_000);
    // Generous slack: linear is 4×, quadratic would be 16×.
    expect(tBig).toBeLessThan(Math.max(10 * tSmall, 200));
  });

  it('1 MB of prose comments with a few prefixes', () => {
    const prose = 'This helper reads the API key from the environment; see https://docs.example.com/keys. ';
    const text = prose.repeat(Math.ceil(1_000_000 / prose.length));
    expect(timeScan(text)).toBeLessThan(2_000);
    expect(scanText(text, { minConfidence: 'low' })).toEqual([]);
  });
});
