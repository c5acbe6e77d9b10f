/**
 * Exceptions to name-based sources and to "every field of a secret is secret": names that say a value
 * identifies a thing or describes a secret rather than being one. Read by `engine/name-sources.ts` and
 * `value.ts`.
 */

/**
 * Objects whose credential-named properties identify things: `attachment.storageKey` (an S3 object key),
 * `coupon.token` (a coupon code), `page.nextPageToken`, `AuthErrorCode.InvalidCredentials`. Matched on the
 * last word of the object's name.
 */
export const THING_CONTAINERS: ReadonlySet<string> = new Set(
  (
    'attachment attachments file files upload uploads blob blobs document documents image images asset assets ' +
    'media photo photos avatar video videos coupon coupons promo promos voucher vouchers gift giftcard page pages ' +
    'cursor cursors invoice invoices product products object objects code codes kind kinds reason reasons status ' +
    'statuses enum enums'
  ).split(' '),
);

/** Words that make a credential name a hash or a ciphertext, not the clear text: `passwordHash`, `hashedPassword`. */
export const NOT_CLEAR_TEXT_WORDS: ReadonlySet<string> = new Set(['hash', 'hashed', 'hashes', 'digest', 'bcrypt', 'argon', 'argon2', 'scrypt', 'encrypted', 'salt', 'salted']);

/** Words that make a token or key name an identifier: `idempotencyToken`, `pageToken`, `cursorKey`, `i18nKey`. */
export const IDENTIFIER_WORDS: ReadonlySet<string> = new Set(['idempotency', 'page', 'continuation', 'pagination', 'cursor', 'i18n', 'translation', 'cache', 'sort', 'partition', 'dedupe', 'dedup']);

/**
 * Fields of a parsed secret that are its configuration, not its secret part (an RDS secret's `host`, `port`,
 * `dbname`, `username`, `engine`): reading one from a secret object gives a clean value. The object itself,
 * and every other field (`password`, `apiKey`), stay secret.
 */
export const SECRET_CONFIG_FIELDS: ReadonlySet<string> = new Set([
  'host',
  'hostname',
  'port',
  'dbname',
  'database',
  'db',
  'username',
  'user',
  'engine',
  'region',
  'dbInstanceIdentifier',
  'dbClusterIdentifier',
  'schema',
  'ssl',
  'protocol',
  'driver',
  'dialect',
  'accountId',
  'projectId',
  'clientId',
  'client_id',
  'tenantId',
  'email',
  'bucket',
  'table',
  'name',
  'id',
  'arn',
]);
