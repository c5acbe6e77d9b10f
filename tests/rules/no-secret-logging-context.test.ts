/**
 * `no-secret-logging` where a log runs decides (issue 13, real code): a log inside a development-only branch
 * prints to the developer's terminal (dub logs the reset link when no email is configured); in test files,
 * values named like secrets are fixtures the test made (documenso's e2e tests log the presign token they
 * created), while env and SDK secrets there are real ones.
 */
import rule from '../../src/rules/no-secret-logging.js';
import { runWithBothParsers } from '../rule-tester.js';

const logged = (secret: string, sink: string, line: number, column: number, output: string) => ({
  messageId: 'secretLogged' as const,
  data: { secret, sink },
  line,
  column,
  suggestions: [{ messageId: 'replaceWithRedacted' as const, output }],
});

runWithBothParsers('no-secret-logging (where the log runs)', rule, {
  valid: [
    "export function link(resetToken) {\n  if (process.env.NODE_ENV === 'development') {\n    console.info('Password reset URL:', `/auth/reset-password/${resetToken}`);\n  }\n}",
    "export function link(apiKey) {\n  if (process.env.NODE_ENV !== 'production') console.log(apiKey);\n}",
    'export function link(password) {\n  if (import.meta.env.DEV) console.debug(password);\n}',
    'export function link(password) {\n  __DEV__ && console.debug(password);\n}',
    "export function link(tokens, password) {\n  if (process.env.NODE_ENV === 'development') tokens.forEach(() => console.log(password));\n}",
    // tests: a token the test just made
    {
      code: 'test("presign", async () => {\n  const token = await createPresignToken();\n  console.log(token);\n});',
      filename: '/repo/packages/app-tests/e2e/api/presign.spec.ts',
    },
    { code: 'it("logs", () => { const apiKey = makeKey(); console.log(apiKey); });', filename: 'src/__tests__/keys.test.ts' },
  ],
  invalid: [
    // production branches and other conditions stay reported
    {
      code: "export function link(apiKey) {\n  if (process.env.NODE_ENV === 'production') console.log(apiKey);\n}",
      errors: [logged('Parameter `apiKey` (line 1)', 'console.log', 2, 58, "export function link(apiKey) {\n  if (process.env.NODE_ENV === 'production') console.log('[REDACTED]');\n}")],
    },
    {
      code: "export function link(apiKey) {\n  if (process.env.NODE_ENV === 'development') {} else console.log(apiKey);\n}",
      errors: [logged('Parameter `apiKey` (line 1)', 'console.log', 2, 67, "export function link(apiKey) {\n  if (process.env.NODE_ENV === 'development') {} else console.log('[REDACTED]');\n}")],
    },
    // a function defined in a development branch may be called anywhere
    {
      code: "if (process.env.NODE_ENV === 'development') {\n  globalThis.show = function (apiKey) { console.log(apiKey); };\n}",
      errors: [logged('Parameter `apiKey` (line 2)', 'console.log', 2, 53, "if (process.env.NODE_ENV === 'development') {\n  globalThis.show = function (apiKey) { console.log('[REDACTED]'); };\n}")],
    },
    // an env secret in a test is a real one
    {
      code: 'test("x", () => { console.log(process.env.STRIPE_SECRET_KEY); });',
      filename: 'src/__tests__/stripe.test.ts',
      errors: [logged('process.env.STRIPE_SECRET_KEY (line 1)', 'console.log', 1, 31, 'test("x", () => { console.log(\'[REDACTED]\'); });')],
    },
  ],
});
