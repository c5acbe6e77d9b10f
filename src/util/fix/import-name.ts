/**
 * The schema of an `importName` option (the secrets client, the redaction function): a fix writes it as
 * `import { <name> } from …` and calls it, so it must be an identifier that is no reserved word. Schema
 * validation names the option and shows the pattern when a config gives `default`, `class`, `a b` or "".
 */
const RESERVED =
  'break|case|catch|class|const|continue|debugger|default|delete|do|else|enum|export|extends|false|finally|for|function|if|import|in|instanceof|new|null|return|super|switch|this|throw|true|try|typeof|var|void|while|with|yield|let|static|implements|interface|package|private|protected|public|await|arguments|eval|undefined';

export const IMPORT_NAME_PATTERN = `^(?!(?:${RESERVED})$)[A-Za-z_$][A-Za-z0-9_$]*$`;

/** JSON schema of an `importName` option, with its description. */
export function importNameSchema(description: string): { type: 'string'; minLength: 1; pattern: string; description: string } {
  return { type: 'string', minLength: 1, pattern: IMPORT_NAME_PATTERN, description: `${description} An identifier, not a reserved word.` };
}
