import type { RemovedBlock } from '../types.ts';

/** What the cleaners share: what they found for the header, what they removed, and hints. */
export interface CleanContext {
  /** Where removed timestamps and bylines are handed to the metadata step. */
  found: { dates: string[]; bylines: string[] };
  removed: RemovedBlock[];
  /** What the page says about itself (title, authors), to spot duplicates at the head. */
  hints?: { title?: string | null; authors?: string[]; url?: string };
}
