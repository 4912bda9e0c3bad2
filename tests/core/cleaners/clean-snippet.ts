// Helpers for the cleaner tests: run one cleaner on an HTML snippet of our own writing.
import { blockText } from '../../../src/core/block-text.ts';
import type { CleanContext } from '../../../src/core/cleaners/index.ts';

type Cleaner = (root: Element, ctx: CleanContext) => void;

/** Three paragraphs of running text, so snippets have a body with a head and a tail. */
export const STORY = [
  'The harbour authority approved the new ferry timetable on Tuesday, after months of complaints from commuters about crowded morning crossings.',
  'Under the plan, boats will leave every twenty minutes at peak times, and the last crossing of the evening will move from 22:10 to 23:40.',
  '“We listened to the people who use the service every day,” said the authority’s chair, who added that fares would not rise this year.',
];
export const BODY = STORY.map((p) => `<p>${p}</p>`).join('');

export function clean(cleaner: Cleaner, html: string, hints?: CleanContext['hints']) {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><body><div id="root">${html}</div></body>`,
    'text/html',
  );
  const root = doc.getElementById('root')!;
  const ctx: CleanContext = {
    found: { dates: [], bylines: [] },
    removed: [],
    ...(hints ? { hints } : {}),
  };
  cleaner(root, ctx);
  return {
    root,
    ctx,
    text: blockText(root),
    removed: ctx.removed.map((r) => r.text),
    reasons: ctx.removed.map((r) => r.reason),
  };
}

/** The story must come out whole: every paragraph, in order. */
export function keepsStory(text: string): boolean {
  const lines = text.split('\n');
  const at = STORY.map((p) => lines.indexOf(p));
  return at.every((i, k) => i >= 0 && (k === 0 || i > at[k - 1]!));
}
