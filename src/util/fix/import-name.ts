/**
 * The `importName` options (the secrets client, the redaction function): a fix writes the name as
 * `import { <name> } from …` and calls it, so it must be an identifier that is no reserved word. Checked when
 * the rule is created, with an error that names the option ({@link InvalidOptionError}); `default`, `class`,
 * `await`, `a b` would otherwise produce unparsable fixes.
 */
import { InvalidOptionError } from '../options.js';

const RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await arguments eval undefined'.split(' '),
);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/u;

/** Can a fix write `import { value }` and call `value(…)`: an identifier that is no reserved word? */
export function isImportableName(value: string): boolean {
  return IDENTIFIER.test(value) && !RESERVED.has(value);
}

/** Throws unless `value` (when set) is an identifier and no reserved word. */
export function checkImportName(rule: string, option: string, value: string | undefined): void {
  if (value === undefined || value.trim() === '') return; // empty: `checkNonEmpty` says so
  if (!isImportableName(value)) {
    throw new InvalidOptionError(rule, option, `is ${JSON.stringify(value)}; it must be an identifier that is no reserved word (a fix writes \`import { <name> }\` and calls it).`);
  }
}

/** JSON schema of an `importName` option: a string, so a bad name reaches {@link checkImportName}. */
export function importNameSchema(description: string): { type: 'string'; description: string } {
  return { type: 'string', description: `${description} An identifier, not a reserved word.` };
}
