/**
 * Removes audio players and their labels: "Listen Live" radio players, "Listen to this article"
 * read-aloud buttons, `<audio>` elements with their small wrappers.
 */
import { leafBlocks, leafText, removeAndRecord, smallBox, wordCount } from './blocks.ts';
import type { CleanContext } from './context.ts';
import { AUDIO_PHRASES, isPhrase } from './phrases.ts';

/** A running time ("3:45", "5 min", "12 Min.") next to the label is part of the player. */
const DURATION =
  /\b\d{1,2}:\d{2}(?::\d{2})?\b|\b\d+\s*(?:min|mins|minutes|minuten|minutos|minuti)\b\.?/gi;

export function removeAudioPlayers(root: Element, ctx: CleanContext): void {
  for (const audio of root.querySelectorAll('audio')) {
    if (root.contains(audio)) removeAndRecord(smallBox(audio, root, 15), 'audio-player', ctx, root);
  }
  for (const block of leafBlocks(root)) {
    const text = leafText(block);
    if (wordCount(text) > 10) continue;
    if (isPhrase(text.replace(DURATION, ' '), AUDIO_PHRASES)) {
      removeAndRecord(block, 'audio-player', ctx, root);
    }
  }
}
