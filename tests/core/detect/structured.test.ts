import { describe, expect, it } from 'vitest';
import { scanText } from '../../../src/core/detect/index.js';
import { ALNUM, BASE64, basicAuth, fakeGithubToken, fakeJwt, fakePrivateKey, randomChars } from '../../helpers/fake-tokens.js';

const low = { minConfidence: 'low' } as const;
const pw = randomChars(20, ALNUM, 21);

function span(text: string, part: string): { start: number; end: number } {
  const start = text.indexOf(part);
  return { start, end: start + part.length };
}

describe('private keys', () => {
  it.each(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'DSA PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'ENCRYPTED PRIVATE KEY', 'PGP PRIVATE KEY BLOCK'])(
    '%s from BEGIN to END',
    (label) => {
      const pem = fakePrivateKey(label);
      const text = `const key = \`${pem}\`;`;
      expect(scanText(text)).toEqual([{ detectorId: 'private-key', kind: expect.stringContaining('private key') as string, confidence: 'high', ...span(text, pem), envName: 'PRIVATE_KEY' }]);
    },
  );
  it('a key written with escaped newlines in source text', () => {
    const pem = fakePrivateKey('RSA PRIVATE KEY', 800, 2, '\\n');
    expect(scanText(`"${pem}"`)).toMatchObject([{ detectorId: 'private-key', confidence: 'high', start: 1, end: 1 + pem.length }]);
  });
  it('a key without END runs to the end of its body (medium)', () => {
    const pem = fakePrivateKey('PRIVATE KEY', 400).split('\n').slice(0, -1).join('\n');
    expect(scanText(`${pem}\n`)).toMatchObject([{ detectorId: 'private-key', confidence: 'medium', start: 0, end: pem.length }]);
  });
  it('a body stops at the next header: a key without END followed by another key is two keys', () => {
    const first = fakePrivateKey('PRIVATE KEY', 400, 4).split('\n').slice(0, -1).join('\n');
    const second = fakePrivateKey('RSA PRIVATE KEY', 400, 5);
    const text = `${first}\n${second}`;
    expect(scanText(text)).toMatchObject([
      { detectorId: 'private-key', confidence: 'medium', start: 0, end: first.length },
      { detectorId: 'private-key', confidence: 'high', ...span(text, second) },
    ]);
  });
  it.each([0, 1, 2, 5, 9, 40])('a key after a run of %i more dashes, as in a `// -----` separator, is found where it starts', (extra) => {
    const pem = fakePrivateKey('PRIVATE KEY', 400, 7);
    const text = `// ${'-'.repeat(extra)}${pem}\n// ${'-'.repeat(60)}`;
    expect(scanText(text)).toMatchObject([{ detectorId: 'private-key', confidence: 'high', ...span(text, pem) }]);
  });
  it('separator lines of dashes alone are nothing', () => {
    expect(scanText(`// ${'-'.repeat(80)}\n/* ${'-'.repeat(4)} ${'='.repeat(40)} */`, low)).toEqual([]);
  });
  it('thousands of bare headers are no key, and a real key after them is still found (issue 15)', () => {
    const header = `${'-----'}BEGIN PRIVATE KEY${'-----'}`;
    const pem = fakePrivateKey('PRIVATE KEY', 400, 6);
    const text = `${header.repeat(10_000)}\n${pem}`;
    expect(scanText(text)).toMatchObject([{ detectorId: 'private-key', confidence: 'high', ...span(text, pem) }]);
  });
  it.each([
    ['a bare header used for parsing', `if (pem.startsWith('${'-----'}BEGIN PRIVATE KEY${'-----'}')) {}`],
    ['header and footer only', `${'-----'}BEGIN RSA PRIVATE KEY${'-----'}\n${'-----'}END RSA PRIVATE KEY${'-----'}`],
    ['an elided body', `${'-----'}BEGIN RSA PRIVATE KEY${'-----'}\nMIIEowIBAAKCAQEA...\n${'-----'}END RSA PRIVATE KEY${'-----'}`],
    ['a short body', `${'-----'}BEGIN PRIVATE KEY${'-----'}\n${randomChars(40, BASE64, 3)}\n${'-----'}END PRIVATE KEY${'-----'}`],
    ['a masked body', `${'-----'}BEGIN PRIVATE KEY${'-----'}\n${'x'.repeat(200)}\n${'-----'}END PRIVATE KEY${'-----'}`],
    ['a public key', fakePrivateKey('PUBLIC KEY')],
    ['an RSA public key', fakePrivateKey('RSA PUBLIC KEY')],
    ['a certificate', fakePrivateKey('CERTIFICATE')],
    ['a regex for the header', String.raw`/-----BEGIN (RSA )?PRIVATE KEY-----([\s\S]*?)-----END/`],
  ])('not: %s', (_name, text) => {
    expect(scanText(text, low)).toEqual([]);
  });
});

describe('credentials in URLs', () => {
  it.each([
    ['postgres', `postgres://app:${pw}@db.prod.example.net:5432/app`],
    ['postgresql', `postgresql://app:${pw}@10.0.3.4/app`],
    ['mysql', `mysql://root:${pw}@mysql.internal/app`],
    ['mongodb+srv', `mongodb+srv://admin:${pw}@cluster0.ab1cd.mongodb.net/?retryWrites=true`],
    ['rediss', `rediss://default:${pw}@eu1-redis.upstash.io:6379`],
    ['amqps', `amqps://svc:${pw}@rabbit.prod.internal/vhost`],
    ['https', `https://deploy:${pw}@git.corp.net/repo.git`],
    ['jdbc', `jdbc:postgresql://app:${pw}@db.corp.net/app`],
    ['smtp', `smtps://mailer:${pw}@smtp.mailhost.com:465`],
  ])('%s', (_scheme, text) => {
    expect(scanText(text)).toMatchObject([{ detectorId: 'url-credentials', confidence: 'high', ...span(text, pw) }]);
  });
  it('reports a suggested env name per store', () => {
    expect(scanText(`redis://:${pw}@cache.prod.net`)[0]?.envName).toBe('REDIS_PASSWORD');
    expect(scanText(`postgres://u:${pw}@db.prod.net`)[0]?.envName).toBe('DATABASE_PASSWORD');
  });
  it('a provider token as the password is reported as that token', () => {
    const token = fakeGithubToken('p', 5);
    const text = `https://x-access-token:${token}@github.com/acme/repo.git`;
    expect(scanText(text)).toMatchObject([{ detectorId: 'github-pat', ...span(text, token) }]);
  });
  it.each([
    ['placeholder password', 'postgres://user:password@db.prod.net/app'],
    ['template password', 'postgres://app:${DB_PASS}@db.prod.net/app'],
    ['angle placeholder', 'postgres://app:<password>@db.prod.net/app'],
    ['pass', 'mysql://root:pass@db.prod.net/app'],
    ['masked', 'mysql://root:****@db.prod.net/app'],
    ['xxx', 'mysql://root:xxx@db.prod.net/app'],
    ['changeme', 'mysql://root:changeme@db.prod.net/app'],
    ['user only', 'postgres://app@db.prod.net/app'],
    ['empty userinfo', 'http://:@example.net'],
    ['template user and password', 'postgres://${user}:${password}@${host}/db'],
    ['percent-format', 'postgres://%s:%s@%s/db'],
    ['no scheme we know', `foo://app:${pw}@db.prod.net`],
    ['colon in path, not in userinfo', 'https://example.net/a:b@c'],
    // the format spelled out in a help text (umami's seed script), on any host
    ['the format spelled out', 'Example: DATABASE_URL=postgresql://user:password@localhost:5432/umami'],
    ['the format spelled out, remote host', 'mongodb://username:pass@cluster0.mongodb.net/app'],
    ['the format spelled out with my-words (a Kubernetes example comment)', 'k8s_uri: https://myacct:mypass@localhost:4430'],
  ])('not: %s', (_name, text) => {
    expect(scanText(text, low)).toEqual([]);
  });
  it('local development defaults are low', () => {
    expect(scanText('postgres://postgres:postgres@localhost:5432/app', low)).toMatchObject([{ confidence: 'low' }]);
    expect(scanText('postgres://postgres:postgres@localhost:5432/app')).toEqual([]);
    expect(scanText('redis://:devpass@127.0.0.1:6379', low)).toMatchObject([{ confidence: 'low' }]);
  });
  it('a format word with a real password or user is still one', () => {
    expect(scanText('postgresql://user:s3cr3tPw@localhost:5432/app')).toMatchObject([{ detectorId: 'url-credentials', confidence: 'medium' }]);
    expect(scanText(`postgresql://user:${pw}@db.prod.net/app`)).toMatchObject([{ detectorId: 'url-credentials', ...span(`postgresql://user:${pw}@db.prod.net/app`, pw) }]);
    expect(scanText('postgresql://app:password@localhost:5432/app', low)).toMatchObject([{ detectorId: 'url-credentials', confidence: 'low' }]);
  });
  it('a random password on localhost is medium', () => {
    expect(scanText(`postgres://app:${pw}@localhost/app`)).toMatchObject([{ confidence: 'medium' }]);
  });
});

describe('connection strings', () => {
  it('ADO.NET Password=', () => {
    const text = `Server=tcp:sql.prod.net,1433;Database=app;User Id=app;Password=${pw};Encrypt=true`;
    expect(scanText(text)).toMatchObject([{ detectorId: 'connection-string-password', confidence: 'medium', ...span(text, pw) }]);
  });
  it('JDBC query parameter', () => {
    const text = `jdbc:mysql://db.prod.net/app?user=app&password=${pw}`;
    expect(scanText(text)).toMatchObject([{ detectorId: 'connection-string-password', ...span(text, pw) }]);
  });
  it.each([
    ['prose', 'set the password=<your password> in the config'],
    ['no other key', `password=${pw}`],
    ['placeholder', 'Server=db;User Id=app;Password=changeme;'],
    ['template', 'Server=db;User Id=app;Password={{db_password}};'],
    ['variable', 'Server=db;User Id=app;Password=$DB_PASSWORD;'],
  ])('not: %s', (_n, text) => {
    expect(scanText(text)).toEqual([]);
  });
});

describe('Authorization header values', () => {
  it('Basic with real-looking credentials', () => {
    const value = basicAuth('deploy', pw);
    const text = `headers: { Authorization: 'Basic ${value}' }`;
    expect(scanText(text)).toMatchObject([{ detectorId: 'basic-auth-header', confidence: 'medium', ...span(text, value) }]);
  });
  it.each([
    ['placeholder credentials', `Basic ${basicAuth('user', 'pass')}`],
    ['username:password', `Basic ${basicAuth('username', 'password')}`],
    ['same user and password', `Basic ${basicAuth('admin', 'admin')}`],
    ['not base64 of user:pass', `Basic ${Buffer.from('hello world!').toString('base64')}`],
    ['a variable follows', "'Basic ' + "],
    ['a template', 'Basic ${credentials}'],
    ['prose', 'Basic usage of the API'],
  ])('not: %s', (_n, text) => {
    expect(scanText(text, low)).toEqual([]);
  });
  it('Bearer with a random token', () => {
    const token = randomChars(40, ALNUM, 31);
    const text = `Authorization: Bearer ${token}`;
    expect(scanText(text)).toMatchObject([{ detectorId: 'bearer-token', confidence: 'medium', ...span(text, token) }]);
  });
  it.each([
    ['template', 'Bearer ${token}'],
    ['variable follows', "'Bearer ' + token"],
    ['word', 'Bearer authentication scheme'],
    ['placeholder', 'Bearer YOUR_ACCESS_TOKEN_HERE'],
    ['angle', 'Bearer <token>'],
  ])('not: %s', (_n, text) => {
    expect(scanText(text, low)).toEqual([]);
  });
  it('a Bearer JWT is classified as a JWT (anon keys stay public)', () => {
    const anon = fakeJwt({ iss: 'supabase', role: 'anon' });
    expect(scanText(`Bearer ${anon}`, low)).toEqual([]);
    const jwt = fakeJwt({ sub: 'user-42', exp: 4102444800 });
    expect(scanText(`Bearer ${jwt}`)).toMatchObject([{ detectorId: 'jwt', confidence: 'medium' }]);
  });
});

describe('JWTs', () => {
  it('Supabase service role key is high', () => {
    const jwt = fakeJwt({ iss: 'supabase', ref: 'abcd', role: 'service_role', iat: 1700000000, exp: 4102444800 });
    expect(scanText(`"${jwt}"`)).toEqual([
      { detectorId: 'supabase-service-role-key', kind: 'Supabase service role key', confidence: 'high', start: 1, end: 1 + jwt.length, envName: 'SUPABASE_SERVICE_ROLE_KEY' },
    ]);
  });
  it('Supabase anon key is public', () => {
    expect(scanText(fakeJwt({ iss: 'supabase', role: 'anon', exp: 4102444800 }), low)).toEqual([]);
  });
  it('other JWTs are medium', () => {
    expect(scanText(fakeJwt({ sub: 'svc-7', scope: 'admin', exp: 4102444800 }))).toMatchObject([{ detectorId: 'jwt', kind: 'JSON Web Token', confidence: 'medium' }]);
  });
  it.each([
    ['an issuer that only contains "example"', { iss: 'https://example-corp.io', exp: 4102444800 }],
    ['an issuer under example.com.evil.net', { iss: 'https://example.com.evil.net', exp: 4102444800 }],
    ['an audience urn of its own', { aud: 'urn:acme:api', exp: 4102444800 }],
  ])('near miss of a documentation token, %s, is medium', (_n, payload) => {
    expect(scanText(fakeJwt(payload))).toMatchObject([{ detectorId: 'jwt', confidence: 'medium' }]);
  });
  it.each([
    ['jwt.io sample', { sub: '1234567890', name: 'John Doe', iat: 1516239022 }],
    ['expired', { sub: 'svc', exp: 1516239022 }],
    // documentation tokens: jose's README (`urn:example:issuer`), RFC 2606 example hosts
    ['issued by urn:example:', { 'urn:example:claim': true, iat: 1669056488, iss: 'urn:example:issuer', aud: 'urn:example:audience' }],
    ['issued by an example host', { sub: 'svc-7', iss: 'https://auth.example.com/', exp: 4102444800 }],
    ['for an example audience among others', { sub: 'svc-7', aud: ['api', 'https://example.org'], exp: 4102444800 }],
  ])('%s is low', (_n, payload) => {
    expect(scanText(fakeJwt(payload))).toEqual([]);
    expect(scanText(fakeJwt(payload), low)).toMatchObject([{ detectorId: 'jwt', confidence: 'low' }]);
  });
  it('an unsigned token is low', () => {
    expect(scanText(fakeJwt({ sub: 'x' }, 1, 0), low)).toMatchObject([{ confidence: 'low' }]);
  });
  it.each([
    ['not JSON', `eyJ${randomChars(30, ALNUM, 1)}.eyJ${randomChars(30, ALNUM, 2)}.${randomChars(43, ALNUM, 3)}`],
    ['inside a longer token', `ops_${fakeJwt({ sub: 'x' })}`],
    ['two segments', fakeJwt({ sub: 'x' }).split('.').slice(0, 2).join('.')],
  ])('not: %s', (_n, text) => {
    expect(scanText(text, low).filter((d) => d.detectorId === 'jwt')).toEqual([]);
  });
});

describe('overlaps', () => {
  it('a secret inside a longer one is merged into it', () => {
    const pem = fakePrivateKey('PRIVATE KEY', 400, 3);
    expect(scanText(`${pem} ${pem}`).map((d) => d.detectorId)).toEqual(['private-key', 'private-key']);
  });
});
