/**
 * Every built-in source family. A family is one file of rows ({@link SourceModel}): add an SDK by adding its
 * file here, or a method to an existing family by adding a row; the pre-check's module names come from the
 * rows (see `../index.ts`).
 */
import type { SourceModel } from '../../types.js';
import { aws } from './aws.js';
import { azure } from './azure.js';
import { bitwarden } from './bitwarden.js';
import { doppler } from './doppler.js';
import { dotenv } from './dotenv.js';
import { frameworkConfig } from './env.js';
import { gcp } from './gcp.js';
import { infisical } from './infisical.js';
import { onepassword } from './onepassword.js';
import { vault } from './vault.js';

export const SOURCE_MODELS: readonly SourceModel[] = [aws, gcp, azure, vault, doppler, infisical, onepassword, bitwarden, dotenv, frameworkConfig];
