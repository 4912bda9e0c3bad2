import { parseArgs } from 'node:util';

export const FORMATS = ['json', 'html', 'text', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliArgs {
  command: string | undefined;
  inputs: string[];
  format: Format;
  url: string | undefined;
  now: Date | undefined;
  help: boolean;
}

export const USAGE = `Usage: declutter extract <file.html|->... [--url URL] [--format json|html|text|markdown]

Extracts the article of each saved HTML page ("-" reads standard input).

Options:
  --url URL        the page's real address, for links, images and the site name
  --format FORMAT  json (default: one JSON object per input per line), html, text or markdown
  --now ISO-DATE   the clock for relative dates such as "2 hours ago" (default: now)
  -h, --help       show this help

Exit status: 0 when every input gave an article, 1 when one did not (missing file,
not HTML, no article), 2 for a usage error.`;

/** Thrown for a usage error; the message is one line for stderr. */
export class UsageError extends Error {}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        format: { type: 'string', short: 'f', default: 'json' },
        now: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    // parseArgs words its errors well ("Unknown option '--foo'"); keep its first line.
    throw new UsageError(String((error as Error).message).split(/\.\s/)[0]!);
  }
  const { values, positionals } = parsed;
  const format = values.format as Format;
  if (!FORMATS.includes(format)) {
    throw new UsageError(`unknown format '${values.format}' (use ${FORMATS.join(', ')})`);
  }
  if (values.url !== undefined && !/^https?:\/\/[^/]/i.test(values.url)) {
    throw new UsageError(`--url must be an http(s) address, got '${values.url}'`);
  }
  let now: Date | undefined;
  if (values.now !== undefined) {
    now = new Date(values.now);
    if (Number.isNaN(now.getTime())) throw new UsageError(`--now is not a date: '${values.now}'`);
  }
  return {
    command: positionals[0],
    inputs: positionals.slice(1),
    format,
    url: values.url,
    now,
    help: values.help === true,
  };
}
