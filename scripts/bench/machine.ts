/** What the figures were measured on: CPU, memory, Node, browsers, load, commit. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { chromiumVersion } from './browser.ts';

export interface Machine {
  date: string;
  command: string;
  cpu: string;
  cores: number;
  memory: string;
  os: string;
  node: string;
  chromium: string;
  firefox: string;
  readability: string;
  jsdom: string;
  commit: string;
  loadStart: number[];
  loadEnd?: number[];
  /** 1-minute load average sampled every few seconds during the run. */
  loadSamples?: number[];
}

function run(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'not found';
  }
}

function pkgVersion(name: string): string {
  try {
    return (
      JSON.parse(run('node', ['-p', `JSON.stringify(require('${name}/package.json').version)`])) ??
      '?'
    );
  } catch {
    return '?';
  }
}

export function machine(command: string): Machine {
  const list = cpus();
  const dirty = run('git', ['status', '--porcelain', '--untracked-files=no'])
    ? ' (+ local changes)'
    : '';
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    command,
    cpu: `${list[0]?.model.trim() ?? '?'}${list[0]?.speed ? ` @ ${list[0].speed} MHz` : ''}`,
    cores: list.length,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion(),
    firefox: run('firefox-esr', ['--version']),
    readability: pkgVersion('@mozilla/readability'),
    jsdom: pkgVersion('jsdom'),
    commit: `${run('git', ['rev-parse', '--short', 'HEAD'])}${dirty}`,
    loadStart: loadavg(),
  };
}
