/** The value after a `--name` option on the command line, if it is there. */
export function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}
