import { Readability } from '@mozilla/readability';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanArticle, type CleanContext } from '../../src/core/cleaners/index.ts';
import { extractArticle } from '../../src/core/extract-article.ts';
import type { Article } from '../../src/core/types.ts';

const SAMPLE = join(dirname(fileURLToPath(import.meta.url)), '../../samples/huawei-5g.html');
const URL_ = 'https://harbourcourier.example/uk/20210419/trump-johnson-huawei-betrayal-5g.html';
const load = () => new JSDOM(readFileSync(SAMPLE, 'utf8'), { url: URL_ }).window.document;

/** The story's paragraphs, in order, as the bundled sample page tells it. */
const STORY = [
  'The United States has long pushed the UK to ban Huawei from building its 5G infrastructure due to espionage fears, but Boris Johnson has decided to move forward regardless.',
  'Donald Trump has referred to Boris Johnson’s decision to allow the Chinese tech giant Huawei to take part in Britain’s 5G roll-out as a “betrayal”, the Daily Mail reports.',
  'It is understood that the US President used the term when speaking with a senior White House official and not directly with Johnson.',
  'Britain’s Prime Minister was said to have endured an “apoplectic” reaction from Donald Trump in a difficult phone call this month, after Huawei was granted a limited role in Britain’s burgeoning 5G infrastructure.',
  'The United States has long lobbied its allies, including the UK, to shut out Huawei from the lucrative 5G market over allegations that it is spying on governments and companies on behalf of China’s ruling Communist Party.',
  'Huawei has flatly rejected the claims, and the US has yet to back them up with evidence. Some critics have accused the Trump administration of merely seeking a pretext to crack down on Huawei, the flagship vanguard of China’s telecoms industry, as part of a broader fight with China over technological dominance.',
  'Boris Johnson has capped Huawei’s presence in Britain’s 5G networks at 35 percent, allowing the company to supply “non-core” equipment such as radio masts and antennas, and not high-risk parts of the infrastructure (i.e. servers that route traffic).',
  'Washington, however, appeared unsatisfied with these precautions. A US delegation visited the UK last week to reprimand Downing Street officials and try to make them change their mind.',
  'Mick Mulvaney, the White House chief of staff, has publicly lamented that Huawei’s involvement in the UK will have a “direct and dramatic impact” on trans-Atlantic intelligence cooperation (the US and the UK are partners in the Five Eyes intelligence-sharing alliance, which has been revealed by Edward Snowden to be running numerous mass surveillance programmes).',
  'Mulvaney said: “We are very much concerned that integrity of that information is hardwired into your computer systems, and if you folks go forward with the decision to include Huawei, it will have a direct and dramatic impact on our ability to share information with you. Period, end of story.”',
  'This rift coincides with crunch negotiations between the US and the UK as they try to forge a post-Brexit trade deal.',
];

const MULVANEY =
  '“We are very much concerned that integrity of that information is hardwired into your computer systems, and if you folks go forward with the decision to include Huawei, it will have a direct and dramatic impact on our ability to share information with you. Period, end of story.”';

/** Page chrome of the sample; none of it may reach the reader. */
const CHROME = [
  '15:42 GMT',
  'Listen Live',
  'Get short URL',
  'Facebook',
  'Telegram',
  'ban, Huawei, China',
  'Community standards',
  'Discussion',
  'comments',
  'Related stories',
  'Most read',
  'Advertisement',
  'cookies',
  'newsletter',
  'All rights reserved',
  'Subscribe',
];

let cached: Article | undefined;
function extract(): Article {
  if (cached) return cached;
  const result = extractArticle(load(), { url: URL_, quotes: false });
  if (!result.ok) throw new Error(`sample did not extract: ${result.reason}`);
  return (cached = result.article);
}

describe('the bundled sample article (samples/huawei-5g.html)', () => {
  it('extracts exactly the story’s eleven paragraphs, in order', () => {
    expect(extract().text.split('\n')).toEqual(STORY);
  });

  it('keeps the Mulvaney quote intact', () => {
    const { text, html } = extract();
    expect(text).toContain(MULVANEY);
    expect(html.replace(/<[^>]+>/g, '')).toContain('Period, end of story.');
  });

  it.each(CHROME)('leaves the chrome string %j out of text and html', (chrome) => {
    const { text, html } = extract();
    expect(text).not.toContain(chrome);
    expect(html).not.toContain(chrome);
  });

  it('records the chrome it removed, with reasons', () => {
    const removed = extract().removed.map((r) => [r.reason, r.text]);
    expect(removed).toEqual(
      expect.arrayContaining([
        ['timestamp', '15:42 GMT19 April 2021'],
        ['audio-player', 'Listen Live'],
        ['short-url', 'Get short URL'],
        ['share-bar', expect.stringContaining('Facebook')],
        ['tag-list', 'ban, Huawei, China, 5G, United Kingdom, US, Boris Johnson, Donald Trump'],
        ['community-links', expect.stringContaining('Community standards')],
      ]),
    );
    for (const block of extract().removed) expect(block.html).toBeTruthy();
  });

  it('hands the glued timestamp to the metadata step through ctx.found.dates', () => {
    const parsed = new Readability(load(), { serializer: (el: Node) => el }).parse();
    const ctx: CleanContext = { found: { dates: [], bylines: [] }, removed: [] };
    cleanArticle(parsed!.content as unknown as Element, ctx);
    expect(ctx.found.dates).toContain('15:42 GMT19 April 2021');
  });
});
