import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLEANERS } from '../../../src/core/cleaners/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, '../../../src/core/cleaners');
const modules = readdirSync(dir).filter((f) => /^(?:remove|mark)-[a-z-]+\.ts$/.test(f));
const camel = (file: string) =>
  file.replace(/\.ts$/, '').replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());

describe('the cleaner pipeline (conventions)', () => {
  it.each(modules)('%s exports its function, runs in the pipeline and has a test', (file) => {
    const name = camel(file);
    expect(readFileSync(join(dir, file), 'utf8')).toContain(`export function ${name}(`);
    expect(CLEANERS.map((c) => c.name)).toContain(name);
    expect(readdirSync(here)).toContain(file.replace(/\.ts$/, '.test.ts'));
  });

  it('runs each cleaner once and every step has a comment saying why', () => {
    expect(new Set(CLEANERS).size).toBe(CLEANERS.length);
    expect(CLEANERS).toHaveLength(modules.length);
    const source = readFileSync(join(dir, 'index.ts'), 'utf8');
    const column = source.slice(source.indexOf('CLEANERS'), source.indexOf('];'));
    const lines = column
      .split('\n')
      .slice(1)
      .filter((l) => l.trim());
    expect(lines[0]?.trim().startsWith('//')).toBe(true);
  });
});
