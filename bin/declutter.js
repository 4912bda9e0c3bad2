#!/usr/bin/env node
// The command line is TypeScript (src/cli); tsx compiles it on the fly, so there is no build step
// between editing the core and running it on a page.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
