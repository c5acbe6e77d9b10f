/**
 * Objects with more than 128 tracked properties (a big config literal, hundreds of `o.pN = …` writes): every
 * name is kept, so a clean key reads clean and a secret key names its own secret. Names past 128 were once
 * folded into `*`, so `console.log(config.k150)` was reported with whichever folded secret came first.
 */
import loggingRule, { type MessageIds, type Options } from '../../src/rules/no-secret-logging.js';
import exposureRule from '../../src/rules/no-secret-exposure.js';
import { runWithBothParsers, type Invalid } from '../rule-tester.js';

/** k0…k199: flags (values the engine tracks, so they fill the map), a few strings, `secretAt` reads DB_PASSWORD. */
function literal(secretAt: number): string {
  const value = (i: number): string =>
    i === secretAt ? 'process.env.DB_PASSWORD' : i % 5 === 0 ? "'v'" : i % 2 === 0 ? 'true' : 'false';
  return `const config = {\n${Array.from({ length: 200 }, (_, i) => `  k${i}: ${value(i)},`).join('\n')}\n};\n`;
}

/** The same object built by 200 property writes. */
function writes(secretAt: number): string {
  const value = (i: number): string =>
    i === secretAt ? 'process.env.DB_PASSWORD' : i % 5 === 0 ? "'v'" : i % 2 === 0 ? 'true' : 'false';
  return `const config = {};\n${Array.from({ length: 200 }, (_, i) => `config.k${i} = ${value(i)};`).join('\n')}\n`;
}

/** 150 keys reading 150 different secrets, then two clean keys. */
const MANY_SECRETS = `const config = {\n${Array.from({ length: 150 }, (_, i) => `  k${i}: process.env.SVC_${i}_SECRET_KEY,`).join('\n')}\n  port: '8080',\n  debug: true,\n};\n`;

const lineOf = (code: string): number => code.split('\n').length;

/** A logging finding on the last line, at `culprit`, naming `secret` (read on `secretLine`). */
function logged(prefix: string, call: string, culprit: string, secret: string, secretLine: number, holding = false): Invalid<MessageIds, Options> {
  const code = `${prefix}${call}`;
  const column = call.indexOf(culprit) + 1;
  return {
    code,
    errors: [
      {
        messageId: 'secretLogged',
        line: lineOf(code),
        column,
        data: { secret: `${holding ? 'An object holding ' : ''}${secret} (line ${secretLine})`, sink: 'console.log' },
        suggestions: [
          { messageId: 'replaceWithRedacted', output: `${prefix}${call.replace(culprit, "'[REDACTED]'")}` },
        ],
      },
    ],
  };
}

// k170 is on line 172 of both the literal and the writes (the first line declares `config`)
const SECRET_LINE = 172;

runWithBothParsers('no-secret-logging (objects with more than 128 properties)', loggingRule, {
  valid: [
    `${literal(170)}console.log(config.k150, config.k151, config.k199, config.k0, config.missing);`,
    `${writes(170)}console.log(config.k150, config.k151, config.k199, config.k0, config.missing);`,
    `${literal(170)}const copy = Object.assign({}, config);\nconsole.log(copy.k150, copy.k199);`,
    `${writes(170)}const copy = Object.assign({}, config);\nconsole.log(copy.k150, copy.k199);`,
    `${literal(170)}const copy = { ...config, extra: 1 };\nconsole.log(copy.k150, copy.extra);`,
    `${writes(170)}const copy = { ...config };\nconsole.log(copy.k151);`,
    `${literal(170)}const { k150, k199, ...rest } = config;\nconsole.log(k150, k199, rest.k151);`,
    `${writes(170)}const { k150, k199, ...rest } = config;\nconsole.log(k150, k199, rest.k151);`,
    `${MANY_SECRETS}console.log(config.port, config.debug, config.other);`,
  ],
  invalid: [
    logged(literal(170), 'console.log(config.k170);', 'config.k170', 'process.env.DB_PASSWORD', SECRET_LINE),
    logged(writes(170), 'console.log(config.k170);', 'config.k170', 'process.env.DB_PASSWORD', SECRET_LINE),
    logged(literal(170), 'console.log(config);', 'config', 'process.env.DB_PASSWORD', SECRET_LINE, true),
    logged(writes(170), 'console.log(config);', 'config', 'process.env.DB_PASSWORD', SECRET_LINE, true),
    logged(`${literal(170)}const copy = Object.assign({}, config);\n`, 'console.log(copy.k170);', 'copy.k170', 'process.env.DB_PASSWORD', SECRET_LINE),
    logged(`${writes(170)}const copy = Object.assign({}, config);\n`, 'console.log(copy.k170);', 'copy.k170', 'process.env.DB_PASSWORD', SECRET_LINE),
    logged(`${literal(170)}const copy = { ...config, extra: 1 };\n`, 'console.log(copy.k170);', 'copy.k170', 'process.env.DB_PASSWORD', SECRET_LINE),
    logged(`${writes(170)}const copy = { ...config };\n`, 'console.log(copy.k170);', 'copy.k170', 'process.env.DB_PASSWORD', SECRET_LINE),
    logged(`${literal(170)}const { k150, k170: password } = config;\n`, 'console.log(k150, password);', 'password', 'process.env.DB_PASSWORD', SECRET_LINE),
    logged(`${writes(170)}const { k150, k170: password } = config;\n`, 'console.log(k150, password);', 'password', 'process.env.DB_PASSWORD', SECRET_LINE),
    // the message names the secret the key holds, not the first one folded past 128 names
    logged(MANY_SECRETS, 'console.log(config.port, config.k140);', 'config.k140', 'process.env.SVC_140_SECRET_KEY', 142),
  ],
});

runWithBothParsers('no-secret-exposure (objects with more than 128 properties)', exposureRule, {
  valid: [
    `${literal(170)}app.get('/c', (req, res) => res.json({ a: config.k150, b: config.k199 }));`,
    `${writes(170)}app.get('/c', (req, res) => res.json({ ...config, k170: undefined, extra: config.k151 }));`,
    `${MANY_SECRETS}app.get('/c', (req, res) => res.json({ port: config.port, debug: config.debug }));`,
  ],
  invalid: [
    ...[literal(170), writes(170)].map((prefix) => ({
      code: `${prefix}app.get('/c', (req, res) => res.json({ a: config.k150, b: config.k170 }));`,
      errors: [
        {
          messageId: 'exposedInResponse' as const,
          data: { secret: `process.env.DB_PASSWORD (line ${SECRET_LINE})`, sink: 'res.json' },
          line: lineOf(prefix),
          column: "app.get('/c', (req, res) => res.json({ a: config.k150, b: ".length + 1,
        },
      ],
    })),
    {
      code: `${MANY_SECRETS}app.get('/c', (req, res) => res.json({ port: config.port, key: config.k140 }));`,
      errors: [
        {
          messageId: 'exposedInResponse',
          data: { secret: 'process.env.SVC_140_SECRET_KEY (line 142)', sink: 'res.json' },
          line: lineOf(MANY_SECRETS),
          column: "app.get('/c', (req, res) => res.json({ port: config.port, key: ".length + 1,
        },
      ],
    },
  ],
});
