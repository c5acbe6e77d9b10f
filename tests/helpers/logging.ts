/** Shared expectations of the no-secret-logging tests. */
import type { MessageIds, Options } from '../../src/rules/no-secret-logging.js';
import type { Invalid } from '../rule-tester.js';

/** One finding on the first `culprit` (after `after`), with its message data and the "[REDACTED]" suggestion. */
export function invalid(code: string, culprit: string, secret: string, sink: string, after = ''): Invalid<MessageIds, Options> {
  const index = code.indexOf(culprit, after ? code.indexOf(after) + after.length : 0);
  if (index < 0) throw new Error(`culprit ${culprit} not in code`);
  const before = code.slice(0, index);
  return {
    code,
    errors: [
      {
        messageId: 'secretLogged',
        data: { secret, sink },
        line: before.split('\n').length,
        column: index - before.lastIndexOf('\n'),
        suggestions: [
          { messageId: 'replaceWithRedacted', output: `${before}'[REDACTED]'${code.slice(index + culprit.length)}` },
        ],
      },
    ],
  };
}
