/**
 * Checksums of token formats that carry one. A valid checksum makes a detection `high`; a failing one
 * makes it `low` (documentation examples are usually hand-written and fail it).
 */

const CRC32_TABLE: readonly number[] = (() => {
  const table: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table.push(c >>> 0);
  }
  return table;
})();

/** CRC-32 (IEEE, as zlib) of the code units of an ASCII string, unsigned. */
export function crc32(ascii: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < ascii.length; i++) {
    crc = (CRC32_TABLE[(crc ^ ascii.charCodeAt(i)) & 0xff] as number) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Base62 (digits, upper, lower) of a non-negative integer, left-padded with `0` to `width`. */
export function base62(value: number, width: number): string {
  let out = '';
  let v = Math.floor(value);
  do {
    out = BASE62.charAt(v % 62) + out;
    v = Math.floor(v / 62);
  } while (v > 0);
  return out.padStart(width, '0');
}

/**
 * GitHub (`gh[pousr]_`) and npm (`npm_`) tokens: 30 random base62 characters followed by the 6-character
 * base62 CRC32 of those 30 characters. `body` is the token without its prefix.
 */
function isValidCrc32Base62Body(body: string): boolean {
  if (body.length !== 36) return false;
  return base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
}

/** Validates a token `<prefix><30 random><6 checksum>` whose prefix ends with `_`. */
export function githubStyleChecksum(token: string): boolean {
  const underscore = token.indexOf('_');
  return underscore > 0 && isValidCrc32Base62Body(token.slice(underscore + 1));
}

const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function bech32Polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= BECH32_GENERATORS[i] as number;
  }
  return chk >>> 0;
}

/** Validates a bech32 (BIP 173) string such as an age secret key `AGE-SECRET-KEY-1…`; case-insensitive. */
export function isValidBech32(value: string): boolean {
  const lower = value.toLowerCase();
  const sep = lower.lastIndexOf('1');
  if (sep < 1 || sep + 7 > lower.length) return false;
  const hrp = lower.slice(0, sep);
  const values: number[] = [];
  for (let i = 0; i < hrp.length; i++) values.push(hrp.charCodeAt(i) >> 5);
  values.push(0);
  for (let i = 0; i < hrp.length; i++) values.push(hrp.charCodeAt(i) & 31);
  for (let i = sep + 1; i < lower.length; i++) {
    const d = BECH32_CHARSET.indexOf(lower[i] as string);
    if (d < 0) return false;
    values.push(d);
  }
  return bech32Polymod(values) === 1;
}

/** Encodes data values (5-bit) as bech32 with a valid checksum; used to build fake age keys in tests. */
export function bech32Encode(hrp: string, data: readonly number[]): string {
  const lower = hrp.toLowerCase();
  const values: number[] = [];
  for (let i = 0; i < lower.length; i++) values.push(lower.charCodeAt(i) >> 5);
  values.push(0);
  for (let i = 0; i < lower.length; i++) values.push(lower.charCodeAt(i) & 31);
  const mod = bech32Polymod([...values, ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const checksum: number[] = [];
  for (let i = 0; i < 6; i++) checksum.push((mod >>> (5 * (5 - i))) & 31);
  return `${lower}1${[...data, ...checksum].map((d) => BECH32_CHARSET[d]).join('')}`;
}
