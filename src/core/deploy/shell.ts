/**
 * A small POSIX-shell reader for CI scripts (`run:` steps): enough to tell which commands form a pipeline,
 * which stage reads what, where a pipeline's output goes, and which commands run inside a command
 * substitution. Not a full shell grammar: it never evaluates anything, treats control keywords as words, and
 * when in doubt says "output redirected" (the quiet answer).
 *
 * One pass over the text; command substitutions recurse at most {@link MAX_DEPTH} levels deep, deeper ones
 * are skipped as opaque text. Linear in the script's length.
 */

/** A word of a command as written (quotes kept), with its offsets in the script. */
export interface ShellWord {
  text: string;
  start: number;
  end: number;
}

/** Where a command's standard output goes. */
export type ShellOutput =
  /** Not redirected: the terminal, i.e. the CI log (or the next stage, or a substitution's capture). */
  | 'inherit'
  /** A file or `/dev/null`. */
  | 'file'
  /** `$GITHUB_ENV`, `$GITHUB_OUTPUT`, `$GITHUB_STEP_SUMMARY`, `$GITHUB_STATE`: shown or passed on by GitHub. */
  | 'github';

/** One simple command. */
export interface ShellCommand {
  words: ShellWord[];
  /** Here-string (`<<<`) and here-document bodies read by the command, as words. */
  input: ShellWord[];
  /** Id of the pipeline (commands joined by `|`). */
  pipeline: number;
  /** Index of this command in its pipeline. */
  stage: number;
  /** True for the pipeline's last command, whose output leaves the pipeline. */
  last: boolean;
  /** 0 at top level, 1 inside `$(…)` or backticks, and so on. */
  depth: number;
  /** The command one of whose words holds this command substitution. */
  outer: ShellCommand | undefined;
  stdout: ShellOutput;
}

const MAX_DEPTH = 8;
const GITHUB_FILES = ['GITHUB_ENV', 'GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE', 'GITHUB_PATH'];

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13;
}

function outputOf(target: string): ShellOutput {
  for (const name of GITHUB_FILES) if (target.includes(name)) return 'github';
  if (target === '&2' || target === '&1' || target === '/dev/stdout' || target === '/dev/stderr') return 'inherit';
  return 'file';
}

/** Parses `script` into its simple commands, outer commands before the substitutions they contain. */
export function parseShell(script: string): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let pipelineCount = 0;
  let i = 0;
  const n = script.length;

  /** Skips to the end of a `$(…)` or backtick body without reading it (too deep). */
  function skipBalanced(close: number): void {
    let depth = 1;
    while (i < n && depth > 0) {
      const c = script.charCodeAt(i++);
      if (c === 92 /* \ */) i++;
      else if (close === 41 && c === 40) depth++;
      else if (c === close) depth--;
    }
  }

  /**
   * Reads commands until `close` (a `)` or a backtick; -1 for the end of the script), at `depth`, inside
   * `outer`. Returns when `close` is consumed.
   */
  function readList(close: number, depth: number, outer: ShellCommand | undefined): void {
    let command: ShellCommand | undefined;
    let pipeline = pipelineCount++;
    let stage = 0;
    let word = '';
    let wordStart = -1;
    /** What the next completed word is: a redirect target, a here-string or a here-document delimiter. */
    let pending: 'none' | 'stdout' | 'stdin' | 'herestring' | 'heredoc' | 'heredoc-dash' | 'stderr' = 'none';
    const heredocs: { delimiter: string; strip: boolean; command: ShellCommand }[] = [];

    const current = (): ShellCommand => {
      command ??= { words: [], input: [], pipeline, stage, last: true, depth, outer, stdout: 'inherit' };
      return command;
    };
    const finishWord = (end: number): void => {
      if (wordStart < 0) return;
      const w: ShellWord = { text: word, start: wordStart, end };
      const cmd = current();
      switch (pending) {
        case 'stdout':
          cmd.stdout = outputOf(word);
          break;
        case 'herestring':
          cmd.input.push(w);
          break;
        case 'heredoc':
        case 'heredoc-dash':
          heredocs.push({ delimiter: word.replace(/["'\\]/gu, ''), strip: pending === 'heredoc-dash', command: cmd });
          break;
        case 'stdin':
        case 'stderr':
          break;
        default:
          cmd.words.push(w);
      }
      pending = 'none';
      word = '';
      wordStart = -1;
    };
    const finishCommand = (): void => {
      if (command !== undefined && (command.words.length > 0 || command.input.length > 0)) {
        commands.push(command);
      }
      command = undefined;
    };
    const endStage = (): void => {
      if (command !== undefined) command.last = false;
      finishCommand();
      stage++;
    };
    const endPipeline = (): void => {
      finishCommand();
      pipeline = pipelineCount++;
      stage = 0;
    };
    const readHeredocBodies = (): void => {
      // `i` is just past a newline: each pending here-document's body runs to its delimiter line.
      for (const doc of heredocs) {
        const bodyStart = i;
        let bodyEnd = n;
        while (i < n) {
          let lineEnd = script.indexOf('\n', i);
          if (lineEnd === -1) lineEnd = n;
          let line = script.slice(i, lineEnd);
          if (doc.strip) line = line.replace(/^\t+/u, '');
          if (line.trim() === doc.delimiter) {
            bodyEnd = i;
            i = Math.min(n, lineEnd + 1);
            break;
          }
          i = lineEnd + 1;
        }
        doc.command.input.push({ text: script.slice(bodyStart, Math.min(bodyEnd, n)), start: bodyStart, end: Math.min(bodyEnd, n) });
      }
      heredocs.length = 0;
    };
    const startWord = (): void => {
      if (wordStart < 0) wordStart = i;
    };
    const substitution = (closeChar: number): void => {
      // the word holding the substitution belongs to the current command
      const holder = current();
      if (depth + 1 > MAX_DEPTH) skipBalanced(closeChar);
      else readList(closeChar, depth + 1, holder);
    };

    while (i < n) {
      const c = script.charCodeAt(i);
      if (close !== -1 && c === close) {
        finishWord(i);
        i++;
        finishCommand();
        return;
      }
      if (c === 10 /* \n */) {
        finishWord(i);
        i++;
        if (heredocs.length > 0) readHeredocBodies();
        // a newline right after `|`, `&&` or `||` continues the pipeline or list
        if (command === undefined && stage > 0) continue;
        endPipeline();
        continue;
      }
      if (isBlank(c)) {
        finishWord(i);
        i++;
        continue;
      }
      if (c === 92 /* \ */) {
        if (script.charCodeAt(i + 1) === 10) {
          finishWord(i);
          i += 2;
          continue;
        }
        startWord();
        word += script.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (c === 35 /* # */ && wordStart < 0) {
        const lineEnd = script.indexOf('\n', i);
        i = lineEnd === -1 ? n : lineEnd;
        continue;
      }
      if (c === 39 /* ' */) {
        startWord();
        const endQuote = script.indexOf("'", i + 1);
        const stop = endQuote === -1 ? n : endQuote + 1;
        word += script.slice(i, stop);
        i = stop;
        continue;
      }
      if (c === 34 /* " */) {
        startWord();
        word += '"';
        i++;
        while (i < n) {
          const d = script.charCodeAt(i);
          if (d === 92) {
            word += script.slice(i, i + 2);
            i += 2;
          } else if (d === 34) {
            word += '"';
            i++;
            break;
          } else if (d === 36 /* $ */ && script.charCodeAt(i + 1) === 40 && script.charCodeAt(i + 2) !== 40) {
            const from = i;
            i += 2;
            substitution(41);
            word += script.slice(from, i);
          } else if (d === 96 /* ` */) {
            const from = i;
            i++;
            substitution(96);
            word += script.slice(from, i);
          } else {
            word += script.charAt(i);
            i++;
          }
        }
        continue;
      }
      if (c === 36 /* $ */ && script.charCodeAt(i + 1) === 40) {
        startWord();
        const from = i;
        if (script.charCodeAt(i + 2) === 40) {
          // $(( arithmetic ))
          i += 3;
          skipBalanced(41);
          if (script.charCodeAt(i) === 41) i++;
        } else {
          i += 2;
          substitution(41);
        }
        word += script.slice(from, i);
        continue;
      }
      if (c === 96 /* ` */) {
        startWord();
        const from = i;
        i++;
        substitution(96);
        word += script.slice(from, i);
        continue;
      }
      if (c === 124 /* | */) {
        finishWord(i);
        if (script.charCodeAt(i + 1) === 124) {
          i += 2;
          endPipeline();
        } else {
          i += script.charCodeAt(i + 1) === 38 ? 2 : 1; // |& pipes stderr too
          endStage();
        }
        continue;
      }
      if (c === 38 /* & */) {
        if (script.charCodeAt(i + 1) === 62 /* &> */) {
          finishWord(i);
          i += script.charCodeAt(i + 2) === 62 ? 3 : 2;
          current();
          pending = 'stdout';
          continue;
        }
        finishWord(i);
        i += script.charCodeAt(i + 1) === 38 ? 2 : 1;
        endPipeline();
        continue;
      }
      if (c === 59 /* ; */) {
        finishWord(i);
        i++;
        endPipeline();
        continue;
      }
      if (c === 62 /* > */) {
        // `2>` (stderr) when the word so far is just the digit 2; `>&2` sends stdout to stderr (still the log)
        const fd = wordStart >= 0 && /^[0-9]$/u.test(word) ? word : '';
        if (fd !== '') {
          word = '';
          wordStart = -1;
        } else finishWord(i);
        i += script.charCodeAt(i + 1) === 62 || script.charCodeAt(i + 1) === 124 ? 2 : 1;
        const cmd = current();
        const redirectsStdout = fd === '' || fd === '1';
        if (script.charCodeAt(i) === 38 /* >&2, 2>&1 */) {
          let target = '&';
          i++;
          while (i < n && /[0-9-]/u.test(script.charAt(i))) target += script.charAt(i++);
          if (redirectsStdout) cmd.stdout = outputOf(target);
          continue;
        }
        pending = redirectsStdout ? 'stdout' : 'stderr';
        continue;
      }
      if (c === 60 /* < */) {
        finishWord(i);
        current();
        if (script.startsWith('<<<', i)) {
          i += 3;
          pending = 'herestring';
        } else if (script.startsWith('<<-', i)) {
          i += 3;
          pending = 'heredoc-dash';
        } else if (script.charCodeAt(i + 1) === 60) {
          i += 2;
          pending = 'heredoc';
        } else if (script.charCodeAt(i + 1) === 40 /* <( process substitution */) {
          startWord();
          const from = i;
          i += 2;
          substitution(41);
          word += script.slice(from, i);
        } else {
          i++;
          pending = 'stdin';
        }
        continue;
      }
      if ((c === 40 || c === 41) /* ( ) subshell */ && wordStart < 0) {
        i++;
        continue;
      }
      startWord();
      word += script.charAt(i);
      i++;
    }
    finishWord(n);
    finishCommand();
  }

  readList(-1, 0, undefined);
  return commands;
}

/** Words that precede the command name without being it. */
const PREFIX_WORDS = new Set(['sudo', 'env', 'time', 'exec', 'command', 'builtin', 'nohup', 'then', 'do', 'else', 'if', 'while', 'until', '!', '{', 'elif']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/u;

/** The command's name (after assignments, `sudo`, `env`, control keywords), unquoted, or `undefined`. */
export function commandName(command: ShellCommand): { name: string; index: number } | undefined {
  for (let k = 0; k < command.words.length; k++) {
    const text = (command.words[k] as ShellWord).text;
    if (PREFIX_WORDS.has(text) || ASSIGNMENT.test(text)) continue;
    if (text.startsWith('-') && k > 0 && PREFIX_WORDS.has((command.words[k - 1] as ShellWord).text)) continue;
    const name = text.replace(/["']/gu, '');
    const slash = name.lastIndexOf('/');
    return { name: slash === -1 ? name : name.slice(slash + 1), index: k };
  }
  return undefined;
}

/** True for a command made only of assignments (`TOKEN=$(…)`): it prints nothing. */
export function isAssignmentOnly(command: ShellCommand): boolean {
  return command.words.length > 0 && command.words.every((w) => ASSIGNMENT.test(w.text));
}

/** Exported for the ReDoS test. */
export const SHELL_PATTERNS: readonly RegExp[] = [ASSIGNMENT];
