/**
 * Words offered rather than reported: an example the reader might say ("Say, “…”", "e.g.,
 * “…”", "you might describe it as “…”") or the title of a cited work ("Cao, “A Knowledge
 * Graph-based Approach …,” in Proceedings …"). Nobody said them, so they are terms (RULES.md
 * 7b and 8), however sentence-like they read.
 */
import { guarded } from './guard.ts';
import { rx } from './letters.ts';

// "e.g., “…”", "for example “…”": an example sentence introduced as such.
const EXAMPLE_CUE = /(?:\be\.\s?g\.|\bi\.\s?e\.|\bfor (?:example|instance)),?\s*$/i;
// "Say, “…”", "Just ask: “…”": an instruction to the reader opens the sentence.
const IMPERATIVE =
  /^\s*(?:(?:just|simply|then|instead|so|or|and)\s+)?(?:say|ask|try saying)\s*[,:]?\s*$/i;
// "you might describe a red wine as “…”", "you’ll hear “…”": the reader's hypothetical words.
const GENERIC_YOU = guarded(
  /you/i,
  rx(
    String.raw`(?:^|[\s,])you(?:['’]ll|['’]d)?(?:\s+\p{Ll}+){0,3}?\s+(?:say|ask|describe|call|hear|tell|write|type)\b[^.!?]*$`,
    'iu',
  ),
);
// A cited work: its title is followed by the volume it appeared in or by its address.
const CITATION_AFTER =
  /^\s*(?:https?:\/\/|in\s+(?:Proc\b|Proceedings\b|the\s+Proceedings\b|Journal\b))/;

export function isExample(before: string, after: string, content: string): boolean {
  if (EXAMPLE_CUE.test(before) || IMPERATIVE.test(before) || GENERIC_YOU.exec(before)) return true;
  return /,$/.test(content.trim()) && CITATION_AFTER.test(after);
}
