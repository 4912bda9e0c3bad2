import { describe, expect, it } from 'vitest';
import { removeAudioPlayers } from '../../../src/core/cleaners/remove-audio-players.ts';
import { BODY, clean, keepsStory } from './clean-snippet.ts';

describe('removeAudioPlayers', () => {
  it.each([
    '<p><span>Listen Live</span></p>',
    '<div><button>▶</button><span>Listen to this article</span> <span>5 min</span></div>',
    '<p>Artikel anhören 04:12</p>',
    '<p>Écouter cet article</p>',
    '<p>Escuchar este artículo</p>',
    '<p>Ascolta l’articolo</p>',
    '<p>Ouvir este artigo</p>',
    '<p>Luister naar dit artikel</p>',
    '<p>Media playback is unsupported on your device</p>',
    '<div><audio src="https://x.example/a.mp3"></audio><span>Play</span></div>',
  ])('removes the player %s', (player) => {
    const r = clean(removeAudioPlayers, player + BODY);
    expect(r.reasons[0]).toBe('audio-player');
    expect(r.text).not.toMatch(/Listen|anhören|Écouter|Escuchar|Ascolta|Ouvir|Luister|playback/);
    expect(keepsStory(r.text)).toBe(true);
  });

  it.each([
    '<p>Listen to the minister: she says the plan has been costed down to the last penny.</p>',
    '<h2>Listen</h2><p>A short story about hearing loss, told in the first person by a retired sound engineer.</p>',
  ])('keeps text that speaks of listening: %s', (html) => {
    const r = clean(removeAudioPlayers, BODY + html);
    expect(r.text).toContain(
      html.includes('minister') ? 'Listen to the minister' : 'A short story',
    );
    expect(keepsStory(r.text)).toBe(true);
  });

  it.each([
    '<p>Podcast: <a href="/ep.mp3">Play in new window</a> | <a href="/ep.mp3">Download</a> (Duration: 13:55 — 9.6MB) | <a href="#">Embed</a></p>',
    '<p>Subscribe: <a href="/a">Apple Podcasts</a> | <a href="/b">Android</a> | <a href="/c">Email</a> | <a href="/d">RSS</a></p>',
  ])("removes a podcast player's link line %s", (html) => {
    const r = clean(removeAudioPlayers, BODY + html);
    expect(r.reasons).toEqual(['audio-player']);
    expect(keepsStory(r.text)).toBe(true);
    expect(r.text).not.toMatch(/Podcast|Subscribe/);
  });

  it.each([
    '<p>Fares | Times | The new quay</p>',
    '<p>Download the timetable | Email the harbour office | Play the ferry game</p>',
    '<p>Podcast: the harbour master on the night the pier burned</p>',
  ])('keeps a line with bars that is not a player: %s', (html) => {
    const r = clean(removeAudioPlayers, BODY + html);
    expect(r.removed).toEqual([]);
  });
});
