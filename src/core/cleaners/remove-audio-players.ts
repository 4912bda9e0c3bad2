/**
 * Removes audio players and their labels: "Listen Live" radio players, "Listen to this article"
 * read-aloud buttons, `<audio>` elements with their small wrappers, a podcast player's links.
 */
import { leafBlocks, leafText, phraseKey, removeAndRecord, smallBox, wordCount } from './blocks.ts';
import type { CleanContext } from './context.ts';
import { AUDIO_PHRASES, isPhrase } from './phrases.ts';

/** A running time ("3:45", "5 min", "12 Min.") next to the label is part of the player. */
const DURATION =
  /\b\d{1,2}:\d{2}(?::\d{2})?\b|\b\d+\s*(?:min|mins|minutes|minuten|minutos|minuti)\b\.?/gi;

/** The links a podcast player prints under itself, and the apps it offers to subscribe in. */
const PLAYER_LINKS = new Set(
  'play|play in new window|play now|download|download file|embed|share|subscribe|rss|rss feed|email|android|apple podcasts|itunes|google podcasts|spotify|amazon music|audible|stitcher|overcast|pocket casts|castbox|podcast addict|iheartradio|tunein|deezer|youtube music|pandora|player fm|podchaser|more'.split(
    '|',
  ),
);
/** "Podcast:" or "Subscribe:" before the links, and the file's length and size after one. */
const PLAYER_LABEL =
  /^\s*(?:podcast|subscribe|listen on|abonnieren|s'abonner|suscribirse|iscriviti)\s*:\s*/i;
const FILE_INFO = /\((?:duration|dauer|durée|duración|durata|duração)\b[^)]*\)/gi;

/**
 * A podcast player's link line: "Podcast: Play in new window | Download (Duration: 13:55 —
 * 9.6MB) | Embed", "Subscribe: Apple Podcasts | Android | Email | RSS". Nothing but player
 * links, three or more, between bars.
 */
function isPlayerLinks(text: string): boolean {
  if (!text.includes('|') || wordCount(text) > 30) return false;
  const parts = text.replace(PLAYER_LABEL, '').replace(FILE_INFO, ' ').split('|');
  return parts.length >= 3 && parts.every((part) => PLAYER_LINKS.has(phraseKey(part)));
}

export function removeAudioPlayers(root: Element, ctx: CleanContext): void {
  for (const audio of root.querySelectorAll('audio')) {
    if (root.contains(audio)) removeAndRecord(smallBox(audio, root, 15), 'audio-player', ctx, root);
  }
  for (const block of leafBlocks(root)) {
    const text = leafText(block);
    if (isPlayerLinks(text)) {
      removeAndRecord(block, 'audio-player', ctx, root);
      continue;
    }
    if (wordCount(text) > 10) continue;
    if (isPhrase(text.replace(DURATION, ' '), AUDIO_PHRASES)) {
      removeAndRecord(block, 'audio-player', ctx, root);
    }
  }
}
