/**
 * A tiny glob matcher for `clientFiles` / `serverFiles` options: `**`, `*`, `?`, `{a,b}` and literal text,
 * matched against a `/`-separated relative path.
 *
 * No regular expressions: braces are expanded up front (no nesting, at most 64 alternatives), each
 * alternative becomes a token list, and matching simulates the token automaton over the path with a set
 * of active states, so a match costs O(path length × pattern length) whatever the input — a pattern such
 * as `*a*a*a*b` cannot backtrack catastrophically. Compile once per rule instance.
 */

type Token =
  | { type: 'char'; ch: string }
  | { type: 'any' } // `?`: one character except `/`
  | { type: 'star' } // `*`: any characters except `/`
  | { type: 'segments' } // `**/`: zero or more whole segments
  | { type: 'rest' } // trailing `**`: everything
  | { type: 'dirOrBelow' }; // trailing `/**`: nothing, or `/` then everything (followed by a `rest`)

const MAX_ALTERNATIVES = 64;

/**
 * Expands `{a,b}` groups (not nested) into plain globs, at most {@link MAX_ALTERNATIVES} of them (the first
 * ones in order). An unclosed `{` is literal. One left-to-right pass, no recursion: a glob of thousands of
 * groups costs its length, not a stack overflow.
 */
export function expandBraces(glob: string): string[] {
  let prefixes = [''];
  let at = 0;
  for (;;) {
    const open = glob.indexOf('{', at);
    const close = open === -1 ? -1 : glob.indexOf('}', open);
    if (close === -1) break;
    const head = glob.slice(at, open);
    const options = glob.slice(open + 1, close).split(',');
    const next: string[] = [];
    for (const prefix of prefixes) {
      for (const option of options) {
        if (next.length >= MAX_ALTERNATIVES) break;
        next.push(prefix + head + option);
      }
    }
    prefixes = next;
    at = close + 1;
  }
  const rest = glob.slice(at);
  return prefixes.map((prefix) => prefix + rest);
}

function tokenize(glob: string): Token[] {
  const tokens: Token[] = [];
  let i = glob.startsWith('./') ? 2 : 0;
  while (i < glob.length) {
    const ch = glob[i] as string;
    if (ch === '*') {
      let end = i;
      while (glob[end] === '*') end++;
      const stars = end - i;
      const atSegmentStart = i === 0 || glob[i - 1] === '/';
      if (stars >= 2 && atSegmentStart && glob[end] === '/') {
        tokens.push({ type: 'segments' });
        i = end + 1;
      } else if (stars >= 2 && atSegmentStart && end === glob.length) {
        // `dir/**`: the `/` before was pushed as a char; turn it into "dir itself or below"
        const last = tokens[tokens.length - 1];
        if (last !== undefined && last.type === 'char' && last.ch === '/') {
          tokens.pop();
          tokens.push({ type: 'dirOrBelow' }, { type: 'rest' });
        } else {
          tokens.push({ type: 'rest' });
        }
        i = end;
      } else {
        tokens.push({ type: 'star' });
        i = end;
      }
      continue;
    }
    tokens.push(ch === '?' ? { type: 'any' } : { type: 'char', ch });
    i++;
  }
  return tokens;
}

/** Adds state `i` and every state reachable from it without reading a character. */
function addState(tokens: readonly Token[], states: Uint8Array, i: number): void {
  let index = i;
  while (index <= tokens.length && states[index] === 0) {
    states[index] = 1;
    const token = tokens[index];
    if (token === undefined) return;
    if (token.type === 'star' || token.type === 'segments' || token.type === 'rest') {
      index++;
    } else if (token.type === 'dirOrBelow') {
      index += 2;
    } else {
      return;
    }
  }
}

function matchTokens(tokens: readonly Token[], path: string): boolean {
  const size = tokens.length + 1;
  let current = new Uint8Array(size);
  let next = new Uint8Array(size);
  addState(tokens, current, 0);
  for (let p = 0; p < path.length; p++) {
    const c = path[p] as string;
    next.fill(0);
    let any = false;
    for (let i = 0; i < tokens.length; i++) {
      if (current[i] === 0) continue;
      const token = tokens[i] as Token;
      switch (token.type) {
        case 'char':
          if (token.ch === c) {
            addState(tokens, next, i + 1);
            any = true;
          }
          break;
        case 'any':
          if (c !== '/') {
            addState(tokens, next, i + 1);
            any = true;
          }
          break;
        case 'star':
          if (c !== '/') {
            addState(tokens, next, i);
            any = true;
          }
          break;
        case 'segments':
          addState(tokens, next, i);
          if (c === '/') addState(tokens, next, i + 1);
          any = true;
          break;
        case 'rest':
          addState(tokens, next, i);
          any = true;
          break;
        case 'dirOrBelow':
          if (c === '/') {
            addState(tokens, next, i + 1);
            any = true;
          }
          break;
      }
    }
    if (!any) return false;
    [current, next] = [next, current];
  }
  return current[tokens.length] === 1;
}

/** A compiled glob: `test(relativePath)`. */
export interface GlobMatcher {
  readonly glob: string;
  test(relativePath: string): boolean;
}

/** Compiles a glob. Patterns without a `/` match the file's base name anywhere (`*.server.ts`). */
export function compileGlob(glob: string): GlobMatcher {
  const normalized = glob.replace(/\\/gu, '/');
  const baseNameOnly = !normalized.includes('/');
  const alternatives = expandBraces(normalized).map(tokenize);
  const matches = (path: string): boolean => alternatives.some((tokens) => matchTokens(tokens, path));
  return {
    glob,
    test(relativePath: string): boolean {
      const path = relativePath.replace(/\\/gu, '/');
      if (matches(path)) return true;
      if (baseNameOnly) {
        const slash = path.lastIndexOf('/');
        return slash >= 0 && matches(path.slice(slash + 1));
      }
      return false;
    },
  };
}
