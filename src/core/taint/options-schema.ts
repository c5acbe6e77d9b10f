import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

/**
 * The `sources` option of every rule that runs the taint engine (`UserSource`s): one schema, so the
 * rules describe and validate it alike.
 */
export const USER_SOURCES_OPTION_SCHEMA: JSONSchema4 = {
  type: 'array',
  description:
    'Extra sources: `{ callee: "getConfigSecret" }` (a function or method whose result is secret) or `{ module: "my-vault", export: "read" }` (an imported function).',
  items: {
    type: 'object',
    additionalProperties: false,
    properties: {
      callee: { type: 'string', description: 'A function or method name whose result is secret.' },
      module: { type: 'string', description: 'A module whose export returns a secret.' },
      export: { type: 'string', description: 'The export of `module` that returns a secret.' },
    },
  },
};
