#!/usr/bin/env node
/** The `eslint-plugin-secrets` command (package.json `bin`); the scan itself is in ./index.ts. */
import { EXIT_USAGE, main } from './index.js';

main(process.argv.slice(2), { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr }).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`eslint-plugin-secrets: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT_USAGE;
  },
);
