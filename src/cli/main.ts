import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractArticle } from '../core/index.ts';
import { parseCliArgs, USAGE, UsageError, type CliArgs } from './args.ts';
import { notHtmlReason } from './check-input.ts';
import { decodeHtml } from './decode.ts';
import {
  asHtml,
  asMarkdown,
  asText,
  failureRecord,
  successRecord,
  type CliFailure,
} from './format-output.ts';
import { parseHtml } from './parse-html.ts';

/** Where the command writes; injected so the same code runs under tests. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Buffer>;
}

/** Past this size jsdom needs gigabytes; such a file is not a saved article. */
const MAX_BYTES = 64 * 1024 * 1024;

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
};

/**
 * `declutter extract <file.html|->... [--url URL] [--format json|html|text|markdown]`.
 * Returns the exit status: 0 all inputs gave an article, 1 some did not, 2 usage error.
 */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`declutter: ${error.message}\nTry 'declutter --help'.\n`);
    return 2;
  }
  if (args.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (args.command !== 'extract') {
    io.stderr(
      args.command === undefined
        ? `${USAGE}\n`
        : `declutter: unknown command '${args.command}'\nTry 'declutter --help'.\n`,
    );
    return 2;
  }
  if (args.inputs.length === 0) {
    io.stderr(
      `declutter extract: no input; give one or more HTML files, or - for standard input\n`,
    );
    return 2;
  }

  let failed = 0;
  let printed = 0;
  // Articles in text, HTML or Markdown are separated by a blank line; JSON is one per line.
  const out: Io = {
    ...io,
    stdout: (text) => {
      io.stdout(printed++ && args.format !== 'json' ? `\n${text}` : text);
    },
  };
  for (const input of args.inputs) {
    if (!(await extractOne(input, args, out))) failed++;
    // jsdom frees a closed window only when the event loop turns (see ../shared/README.md).
    await new Promise(setImmediate);
  }
  return failed ? 1 : 0;
}

async function extractOne(input: string, args: CliArgs, io: Io): Promise<boolean> {
  const label = input === '-' ? '-' : input;
  const fail = (reason: CliFailure, message: string): false => {
    io.stderr(`declutter: ${label === '-' ? 'stdin' : label}: ${message}\n`);
    if (args.format === 'json')
      io.stdout(`${JSON.stringify(failureRecord(label, reason, message))}\n`);
    return false;
  };

  let bytes: Buffer;
  try {
    bytes = input === '-' ? await io.readStdin() : await readFile(input);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('not-found', 'no such file');
    if (code === 'EISDIR') return fail('unreadable', 'is a directory, not a file');
    if (code === 'EACCES') return fail('unreadable', 'permission denied');
    return fail('unreadable', `cannot read it (${code ?? String(error)})`);
  }
  if (bytes.length > MAX_BYTES) {
    return fail('too-large', `the file is larger than ${MAX_BYTES / 1024 / 1024} MB`);
  }
  const { text } = decodeHtml(bytes);
  const notHtml = notHtmlReason(bytes, text);
  if (notHtml) return fail('not-html', notHtml);

  const url =
    args.url ?? (input === '-' ? 'file:///dev/stdin' : pathToFileURL(resolve(input)).href);
  const dom = parseHtml(text, url);
  try {
    const result = extractArticle(dom.window.document, {
      url,
      ...(args.now ? { now: args.now } : {}),
    });
    if (!result.ok) return fail(result.reason, result.message);
    const article = result.article;
    switch (args.format) {
      case 'json':
        io.stdout(`${JSON.stringify(successRecord(label, article))}\n`);
        break;
      case 'html':
        io.stdout(asHtml(article));
        break;
      case 'text':
        io.stdout(asText(article));
        break;
      case 'markdown':
        io.stdout(asMarkdown(article, dom.window.document));
        break;
    }
    return true;
  } finally {
    dom.window.close();
  }
}
