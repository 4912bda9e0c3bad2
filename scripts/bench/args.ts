/** Command-line options of `npm run bench`. Pure: unit-tested. */

export const SECTIONS = ['quality', 'speed', 'weight', 'browser', 'memory'] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  /** A small subset of every section, for development. */
  quick: boolean;
  /** The sections to run (all by default). */
  only: Section[];
  /** Missed quality/speed bars (issues 3 and 4) also make the run fail, not only budgets. */
  strict: boolean;
  /** Run on the project's own fixtures even when ../shared/corpus is present. */
  fixtures: boolean;
  /** Where the Markdown report goes; null = BENCHMARKS.md for a full run, a scratch file otherwise. */
  out: string | null;
  help: boolean;
}

export const USAGE = `Usage: npm run bench -- [options]
  --quick                 a small subset of every section (development; not written to BENCHMARKS.md)
  --only <s>[,<s>…]       run only these sections: ${SECTIONS.join(', ')}
  --strict                fail on a missed quality/speed bar too, not only on a broken budget
  --fixtures              use the project's fixtures even when ../shared/corpus is present
  --out <file>            write the Markdown report there instead
  --help                  this text`;

export function parseArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    quick: false,
    only: [...SECTIONS],
    strict: false,
    fixtures: false,
    out: null,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${name} needs a value`);
      return v;
    };
    switch (name) {
      case '--quick':
        options.quick = true;
        break;
      case '--strict':
        options.strict = true;
        break;
      case '--fixtures':
        options.fixtures = true;
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      case '--out':
        options.out = value();
        break;
      case '--only': {
        const wanted = value()
          .split(/[,\s]+/)
          .filter(Boolean);
        const unknown = wanted.filter((s) => !(SECTIONS as readonly string[]).includes(s));
        if (unknown.length || !wanted.length) {
          throw new Error(`--only takes ${SECTIONS.join('|')}, not "${unknown.join(',')}"`);
        }
        options.only = SECTIONS.filter((s) => wanted.includes(s));
        break;
      }
      default:
        throw new Error(`unknown option ${arg}`);
    }
  }
  return options;
}

/** A full run (all sections, not quick) is the one that regenerates BENCHMARKS.md. */
export function isFullRun(o: BenchOptions): boolean {
  return !o.quick && !o.fixtures && o.only.length === SECTIONS.length;
}
