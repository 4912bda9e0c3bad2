import { dropNamedBlocks, nameOf } from './unlikely.ts';

/**
 * Class and id words of reader discussion: comment threads and their replies. Readability's
 * first pass drops these blocks by name; a retry without its class tests would keep them, and a
 * long thread under a short story then reads as "more of the story".
 */
const DISCUSSION = /comment|disqus|discussion|replies|respond/i;

/** Whether `el` sits in a block named after discussion, below `root`. */
export function inDiscussion(el: Element, root: Element): boolean {
  for (let up = el.parentElement; up && up !== root; up = up.parentElement) {
    if (DISCUSSION.test(nameOf(up))) return true;
  }
  return false;
}

/**
 * Removes the blocks of `root` named after discussion, outermost first, except one holding a
 * `keep` text (a paragraph Readability kept is article text whatever its wrapper is called).
 */
export function dropDiscussion(root: Element, keep: ReadonlySet<string>): void {
  dropNamedBlocks(root, keep, (_, name) => DISCUSSION.test(name));
}
