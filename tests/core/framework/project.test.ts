import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProjectResolver, type ProjectFs } from '../../../src/core/framework/project.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures/env-in-client');

function countingFs(): ProjectFs & { calls: number } {
  const counter = {
    calls: 0,
    existsSync(p: string): boolean {
      counter.calls++;
      return fs.existsSync(p);
    },
    readFileSync(p: string, encoding: 'utf8'): string {
      counter.calls++;
      return fs.readFileSync(p, encoding);
    },
    readdirSync(p: string): string[] {
      counter.calls++;
      return fs.readdirSync(p);
    },
  };
  return counter;
}

describe('createProjectResolver', () => {
  it.each([
    ['next-app/app/dashboard', 'next'],
    ['vite-app/src/components', 'vite'],
    ['cra-app/src', 'cra'],
    ['sveltekit-app/src/routes', 'sveltekit'],
    ['nuxt-app/components', 'nuxt'],
    ['remix-app/app/routes', 'remix'],
    ['astro-app/src', 'astro'],
    ['expo-app/app', 'expo'],
    ['gatsby-app/src/pages', 'gatsby'],
    ['webpack-app/src', 'webpack'],
    ['node-service/src', 'node'],
    ['config-only-next/app', 'next'],
    ['monorepo/apps/web/app/settings', 'next'],
    ['monorepo/apps/api/src', 'node'],
    ['broken-json/src', 'node'],
  ])('%s → %s', (dir, framework) => {
    const info = createProjectResolver().resolve(path.join(FIXTURES, dir));
    expect(info.framework).toBe(framework);
    expect(info.root).toBe(path.join(FIXTURES, dir.split('/').slice(0, dir.startsWith('monorepo') ? 3 : 1).join('/')));
  });

  it('takes the meta-framework a monorepo declares only at its root', () => {
    const fixtures = path.join(FIXTURES, 'monorepo-root-deps');
    const web = createProjectResolver().resolve(path.join(fixtures, 'apps/web/app/settings'));
    expect(web).toMatchObject({ root: path.join(fixtures, 'apps/web'), framework: 'next', workspaceRoot: fixtures });
    // the root's vite and vitest do not make the UI package or the API browser code
    expect(createProjectResolver().resolve(path.join(fixtures, 'packages/ui/src')).framework).toBe('next');
    expect(createProjectResolver().resolve(path.join(fixtures, 'apps/api/src'))).toMatchObject({ framework: 'node', detected: [] });
    const pnpm = path.join(FIXTURES, 'pnpm-monorepo');
    expect(createProjectResolver().resolve(path.join(pnpm, 'apps/site/src/routes'))).toMatchObject({ framework: 'sveltekit', workspaceRoot: pnpm });
  });

  it('does not inherit a bundler from the workspace root', () => {
    const fixtures = path.join(FIXTURES, 'monorepo-root-deps');
    expect(createProjectResolver().resolve(path.join(fixtures, 'apps/web')).detected).toEqual(['next']);
  });

  it('notices an index.html at the root of a Vite app', () => {
    expect(createProjectResolver().resolve(path.join(FIXTURES, 'vite-root-app/services')).hasIndexHtml).toBe(true);
    expect(createProjectResolver().resolve(path.join(FIXTURES, 'vite-app/src')).hasIndexHtml).toBeUndefined();
  });

  it('prefers the meta-framework over the bundler it uses', () => {
    const info = createProjectResolver().resolve(path.join(FIXTURES, 'sveltekit-app/src'));
    expect(info.detected).toEqual(['sveltekit', 'vite']);
  });

  it('reads the file system once per directory, not once per file', () => {
    const fake = countingFs();
    const resolver = createProjectResolver(fake);
    const dir = path.join(FIXTURES, 'next-app/app/dashboard/settings');
    resolver.resolve(dir);
    const first = fake.calls;
    expect(first).toBeGreaterThan(0);
    for (let i = 0; i < 1000; i++) resolver.resolve(dir);
    expect(fake.calls).toBe(first);
    // a sibling directory reuses the parent's answer after one existsSync
    resolver.resolve(path.join(FIXTURES, 'next-app/app/dashboard/billing'));
    expect(fake.calls).toBe(first + 1);
  });

  it('keeps its memo bounded', () => {
    const resolver = createProjectResolver(countingFs(), 5);
    for (let i = 0; i < 20; i++) resolver.resolve(path.join(FIXTURES, `next-app/app/d${i}`));
    expect(resolver.size).toBeLessThanOrEqual(5);
    expect(resolver.resolve(path.join(FIXTURES, 'next-app/app/d0')).framework).toBe('next');
  });

  it('answers "node" outside any package', () => {
    const fake: ProjectFs = { existsSync: () => false, readFileSync: () => '', readdirSync: () => [] };
    const info = createProjectResolver(fake).resolve('/nowhere/at/all');
    expect(info).toEqual({ root: undefined, framework: 'node', detected: [] });
  });
});
