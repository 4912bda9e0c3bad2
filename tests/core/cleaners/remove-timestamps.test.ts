import { describe, expect, it } from 'vitest';
import { isTimestamp, removeTimestamps } from '../../../src/core/cleaners/remove-timestamps.ts';
import { BODY, STORY, clean, keepsStory } from './clean-snippet.ts';

describe('removeTimestamps', () => {
  it.each([
    '15:42 GMT19 April 2021',
    'Published 1 day ago',
    'Updated 9:41 AM',
    'Updated 9.41am',
    'Updated on: November 19, 2019 / 10:07 AM',
    'PUBLISHED: 10:48, Tue, Nov 19, 2019',
    '| UPDATED: 11:05, Tue, Nov 19, 2019',
    'First Published: Tuesday, November 19, 2019 08:38 AM',
    'Published November 20th, 2019 - 07:29 GMT',
    '19.11.2019, 08:57',
    'Veröffentlicht am 3. März 2024, 14:05 Uhr',
    'vor 2 Stunden',
    'Publié le 12 mars 2024 à 08h15',
    'Mis à jour il y a 3 heures',
    'Actualizado el 4 de mayo de 2023, 10:30',
    'hace 5 minutos',
    'Pubblicato il 7 giugno 2022 alle 18:20',
    'segunda-feira, 22 de janeiro de 2018 às 0:13',
    'Gepubliceerd op 2 februari 2024 om 09:12',
    'November 20, 2019 / 1:07 AM / CBS News',
  ])('recognises %j as a timestamp', (text) => {
    expect(isTimestamp(text)).toBe(true);
  });

  it.each([
    'London, a city of nine million people, woke to snow in April 2021.',
    'The vote is on 19 April.',
    '1 of 6',
    '2.289',
    'March Madness',
    'Room 101',
    'In 2019 the company sold 5 million phones.',
    'Published by Penguin in 2019',
    '1.15',
    '3–4 hours',
    '6 days',
    '4.96 / 5.0',
    '7.4/10',
    '10.93',
  ])('does not take %j for a timestamp', (text) => {
    expect(isTimestamp(text)).toBe(false);
  });

  it('removes a glued timestamp at the head and hands it to the metadata step', () => {
    const r = clean(
      removeTimestamps,
      `<p><time datetime="2021-04-19T15:42:00Z">15:42 GMT</time><span>19 April 2021</span></p>${BODY}`,
    );
    expect(r.removed).toEqual(['15:42 GMT19 April 2021']);
    expect(r.reasons).toEqual(['timestamp']);
    expect(r.ctx.found.dates).toEqual(['15:42 GMT19 April 2021']);
    expect(keepsStory(r.text)).toBe(true);
  });

  it('removes a split dateline ("Published" above the date) and a reading time', () => {
    const r = clean(
      removeTimestamps,
      `<p>Published</p><p>4:00 am CST, Wednesday, November 20, 2019</p><p>5 min read</p>${BODY}`,
    );
    expect(r.text.split('\n')[0]).toBe(STORY[0]);
    expect(r.removed).toEqual([
      '4:00 am CST, Wednesday, November 20, 2019',
      'Published',
      '5 min read',
    ]);
    expect(keepsStory(r.text)).toBe(true);
  });

  it('keeps a heading such as "March 2020" inside the body of a timeline', () => {
    const r = clean(removeTimestamps, `${BODY}<h2>March 2020</h2>${BODY}`);
    expect(r.removed).toEqual([]);
    expect(r.text).toContain('March 2020');
  });

  it('keeps paragraphs that mention dates and times', () => {
    const r = clean(removeTimestamps, BODY);
    expect(r.removed).toEqual([]);
    expect(keepsStory(r.text)).toBe(true);
  });

  it('keeps the date column of a data table, but not a dateline laid out in a small table', () => {
    const rows = ['1/1/2013', '2/1/2013', '3/1/2013']
      .map((d, i) => `<tr><td>${d}</td><td>+1${i}.1%</td></tr>`)
      .join('');
    const data = clean(
      removeTimestamps,
      `${BODY}<table><tr><th>Date</th><th>Change in price</th></tr>${rows}</table>`,
    );
    expect(data.removed).toEqual([]);
    expect(data.text).toContain('2/1/2013');
    const layout = clean(
      removeTimestamps,
      `<table><tr><td>Updated 9:41 AM</td></tr></table>${BODY}`,
    );
    expect(layout.removed).toEqual(['Updated 9:41 AM']);
  });

  it('removes a dateline loose beside a heading, outside any line of its own', () => {
    const head =
      '<div><h2>New ferry timetable</h2><span>Published <time datetime="2019-11-20T10:00:39Z">4:00&nbsp;am CST, Wednesday, November 20, 2019</time></span></div>';
    const r = clean(removeTimestamps, head + BODY);
    expect(r.text.split('\n')).toEqual(['New ferry timetable', ...STORY]);
    expect(r.ctx.found.dates).toHaveLength(1);
  });

  it.each([
    '<p>The ferry left at <time>4:00 am</time> on Tuesday with 300 people aboard.</p>',
    '<div><span>The ferry left at <time>4:00</time> with 300 people aboard</span><p>It was late.</p></div>',
  ])('keeps a time inside a sentence: %s', (html) => {
    const r = clean(removeTimestamps, BODY + html);
    expect(r.removed).toEqual([]);
  });
});
