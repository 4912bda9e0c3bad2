import { describe, expect, it } from 'vitest';
import { tidyByline } from '../../../src/core/metadata/tidy-byline.ts';

describe('tidyByline', () => {
  it.each([
    ['By Jane Doe', ['Jane Doe']],
    ['BY: JOE WEE', ['JOE WEE']],
    ['Written by Rob Ewaschuk', ['Rob Ewaschuk']],
    ['By Stella Kim and Jennifer Jett | Updated 9:41 AM', ['Stella Kim', 'Jennifer Jett']],
    ['Stella Kim, Jennifer Jett', ['Stella Kim', 'Jennifer Jett']],
    ['Kim Lee & Sam Park', ['Kim Lee', 'Sam Park']],
    ['Jane Doe, Senior Reporter', ['Jane Doe']],
    ['Von Max Mustermann, 19. April 2021', ['Max Mustermann']],
    ['Par Claire Dubois et Marc Petit', ['Claire Dubois', 'Marc Petit']],
    ['John Smith on April 19, 2021', ['John Smith']],
    ['By Jane Doe 15:42 GMT19 April 2021', ['Jane Doe']],
    ['Jong, Michiel de', ['Jong, Michiel de']],
    ['By Marine Le Pen', ['Marine Le Pen']],
    ['Bradley M. Kuhn (http://ebb.org/bkuhn/)', ['Bradley M. Kuhn']],
    ['Jane Doe jane@example.com', ['Jane Doe']],
  ])('%j → %j', (input, expected) => {
    expect(tidyByline(input)).toEqual(expected);
  });

  it.each([
    '',
    'Follow Author',
    'Last Updated: January 7, 2025',
    '15:42 GMT19 April 2021',
    'CC7567',
    '@jdoe',
  ])('finds no name in %j', (input) => {
    expect(tidyByline(input)).toEqual([]);
  });
});

describe('tidyByline on bylines seen in the wcxb corpus', () => {
  it.each([
    ['Written byAAA Travel Editor', ['AAA Travel Editor']],
    ['BySummer Swann', ['Summer Swann']],
    ['Byron Smith', ['Byron Smith']],
    ['Center for Drug Evaluation and Research', ['Center for Drug Evaluation and Research']],
    ['Carrie ArnoldNovember 15, 2019', ['Carrie Arnold']],
    ['Jeff FoustMonday, November 18, 2019', ['Jeff Foust']],
    ['Maria &amp; Katerina', ['Maria', 'Katerina']],
  ])('%j → %j', (input, expected) => {
    expect(tidyByline(input)).toEqual(expected);
  });

  it.each(['Author', 'andrew.keaveney', 'kffnirmitap'])('finds no name in %j', (input) => {
    expect(tidyByline(input)).toEqual([]);
  });
});
