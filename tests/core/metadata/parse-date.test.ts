import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/core/metadata/parse-date.ts';

const now = new Date('2021-04-20T12:00:00Z');

describe('parseDate', () => {
  it.each([
    ['15:42 GMT19 April 2021', '2021-04-19T15:42:00Z'],
    ['19 April 2021 15:42 GMT', '2021-04-19T15:42:00Z'],
    ['2021-04-19T15:42:00Z', '2021-04-19T15:42:00Z'],
    ['2021-04-19T15:42:00.123Z', '2021-04-19T15:42:00Z'],
    ['2021-04-19T16:42:00+01:00', '2021-04-19T15:42:00Z'],
    ['2021-04-19T16:42:00+0100', '2021-04-19T15:42:00Z'],
    ['2017-11-03 03:01:00.000000', '2017-11-03T03:01:00Z'],
    ['2024-06-25', '2024-06-25'],
    ['Mon, 19 Apr 2021 15:42:00 +0000', '2021-04-19T15:42:00Z'],
    ['Monday 19 April 2021 16.42 BST', '2021-04-19T15:42:00Z'],
    ['Apr. 19, 2021 11:42 AM EDT', '2021-04-19T15:42:00Z'],
    ['April 19, 2021 11:42 a.m. ET', '2021-04-19T15:42:00Z'],
    ['January 19, 2021 10:42 a.m. ET', '2021-01-19T15:42:00Z'],
    ['April 19, 2021 8:42 AM PDT', '2021-04-19T15:42:00Z'],
    ['19 April 2021 17:42 CEST', '2021-04-19T15:42:00Z'],
    ['19 April 2021 15:42 GMT+2', '2021-04-19T13:42:00Z'],
    ['19 April 2021 21:12 UTC+05:30', '2021-04-19T15:42:00Z'],
    ['19. April 2021, 17:42 Uhr MESZ', '2021-04-19T15:42:00Z'],
    ['19 avril 2021 à 17h42 CEST', '2021-04-19T15:42:00Z'],
    ['19 de abril de 2021', '2021-04-19'],
    ['19 aprile 2021 ore 17:42 CEST', '2021-04-19T15:42:00Z'],
    ['19 de abril de 2021 às 15h42', '2021-04-19T15:42:00Z'],
    ['19 april 2021 om 15:42', '2021-04-19T15:42:00Z'],
    ['14 févr. 2022', '2022-02-14'],
    ['3 März 2022', '2022-03-03'],
    ['19.04.2021 15:42', '2021-04-19T15:42:00Z'],
    ['19/04/2021', '2021-04-19'],
    ['04/19/2021', '2021-04-19'],
    ['Last Updated: January 7, 2025', '2025-01-07'],
    ['2021/04/19', '2021-04-19'],
  ])('%s → %s', (input, expected) => {
    expect(parseDate(input, { now })).toBe(expected);
  });

  it('reads ambiguous numeric dates in US order only when asked', () => {
    expect(parseDate('04/05/2021')).toBe('2021-05-04');
    expect(parseDate('04/05/2021', { monthFirst: true })).toBe('2021-04-05');
  });

  it.each([
    ['Published 1 day ago', '2021-04-19'],
    ['Posted 5 minutes ago', '2021-04-20T11:55:00Z'],
    ['an hour ago', '2021-04-20T11:00:00Z'],
    ['vor 2 Stunden', '2021-04-20T10:00:00Z'],
    ['il y a 3 heures', '2021-04-20T09:00:00Z'],
    ['hace 2 días', '2021-04-18'],
    ['2 ore fa', '2021-04-20T10:00:00Z'],
    ['3 uur geleden', '2021-04-20T09:00:00Z'],
    ['Updated 9:41 AM', '2021-04-20T09:41:00Z'],
    ['Updated 9:41 PM', '2021-04-19T21:41:00Z'],
    ['Yesterday 9:41 AM', '2021-04-19T09:41:00Z'],
    ['yesterday', '2021-04-19'],
    ['19 April', '2021-04-19'],
  ])('resolves "%s" against now', (input, expected) => {
    expect(parseDate(input, { now })).toBe(expected);
  });

  it('leaves relative dates alone without a clock', () => {
    expect(parseDate('Published 1 day ago')).toBeNull();
  });

  it.each(['', 'hello world', 'By Jane Doe', '31 February 2021', 'Share on Facebook', '1234'])(
    'rejects %j',
    (input) => {
      expect(parseDate(input, { now })).toBeNull();
    },
  );
});

describe('parseDate on placeholders', () => {
  it.each(['0001-01-01T00:00:00Z', '0000-00-00 00:00:00', '2021-13-45'])(
    '%j is no date',
    (input) => {
      expect(parseDate(input, { now })).toBeNull();
    },
  );
});
