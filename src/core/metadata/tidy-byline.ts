import { cleanText } from './clean-text.ts';
import { parseDate } from './parse-date.ts';

/** "By", "Written by", "Von", "Par", "Por", "Di", "Door", "Av" and friends at the start. */
const LEAD =
  /^(?:(?:written|posted|reported|words|story|text|photos?)\s+by\s*:?\s*|(?:by|von|par|por|di|door|av|texto de|texte de)\s*:?\s+)/i;
/** "BySummer Swann": a "By" glued to the name (case matters: "Byron" is a name). */
const GLUED_BY = /^By(?=\p{Lu}\p{Ll})/u;
/** Dates and "Updated …" notes that sites print inside the byline. */
const DATE_TAIL =
  /(?:\s*[|,•·–—-]\s*|\s+)(?:(?:published|updated|last updated|posted|veröffentlicht|publié|publicado|pubblicato|gepubliceerd)\b.*|(?:(?:on|am|le|el|il|em|op)\s+)?(?:\d{1,2}[:./]\d{1,2}|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{4}-\d{2}-\d{2}|\d+\s+\w+\s+ago).*)$/i;
const GLUED_DATE =
  /(\p{Ll})((?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Updated|Published)\b)/gu;
/** Job titles that follow a name after a comma: "Jane Doe, Senior Reporter". */
const ROLE =
  /\b(?:correspondent|editor|reporter|writer|staff|contributor|columnist|journalist|producer|analyst|critic|author|chief|senior|editorial|desk|team|redakteur\w*|redaktion|rédact\w*|redac\w*|corrispondente|correspondant)\b/i;
/** Strings that sites put in the byline slot but are not names. */
const NOT_A_NAME =
  /^(?:follow(?: author)?|share|admin|administrator|author|editor|unknown|anonymous|staff|guest|null|undefined|\d+)$/i;
/**
 * User handles ("CC7567", "@jdoe", "j_doe99", "andrew.keaveney", "kffnirmitap") are account
 * names, not the author's name: people's names have a capital or a space.
 */
const HANDLE = /^@\S+$|^(?=\S*\d)[\w.-]+$|^\w+_\w+$|^[a-z0-9._-]+$/;
const JOINERS =
  /\s*(?:;|\s&\s|\s+and\s+|\s+und\s+|\s+et\s+|\s+y\s+|\s+e\s+|\s+en\s+|\s+och\s+|\s+og\s+|\s*\|\s*)\s*/i;

/**
 * Splits and cleans a byline into author names: no "By", no dates, no "Updated", no roles,
 * no e-mail or URL. "By Stella Kim and Jennifer Jett | Updated 9:41 AM" → ["Stella Kim", "Jennifer Jett"].
 */
export function tidyByline(raw: string | null | undefined): string[] {
  let text = cleanText(raw);
  if (!text || text.length > 300) return [];
  text = text
    .replace(/\((?:https?:|www\.|mailto:)[^)]*\)/gi, ' ')
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
    .replace(/\S+@\S+\.\w+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // A dateline in the byline slot ("Last Updated: January 7, 2025") carries no name.
  if (/^(?:last\s+)?(?:updated|published|posted|modified)\b/i.test(text)) return [];
  if (parseDate(text) && !/[a-z]{3,}\s+[a-z]{3,}/i.test(text.replace(/\d.*$/, ''))) return [];
  // "Carrie ArnoldNovember 15, 2019", "Jeff FoustMonday": a date glued to the name.
  text = text.replace(GLUED_DATE, '$1 $2').replace(DATE_TAIL, '').trim();
  text = text.replace(LEAD, '').replace(GLUED_BY, '').trim();
  text = text.replace(/^[|,:•·–—-]\s*|\s*[|,:•·–—-]$/g, '').trim();

  const names: string[] = [];
  // "Center for Drug Evaluation and Research" is one organisation: names of people do not
  // contain lower-case "for", "of" or "the".
  const chunks = /\s(?:for|of|the)\s/.test(text) ? [text] : text.split(JOINERS);
  for (const chunk of chunks) {
    for (const name of splitCommas(chunk)) {
      const clean = name
        .replace(LEAD, '')
        .replace(/^[\s,.:]+|[\s,:]+$/g, '')
        .trim();
      if (!clean || NOT_A_NAME.test(clean) || HANDLE.test(clean) || clean.length > 80) continue;
      if (ROLE.test(clean) && names.length > 0) continue;
      if (!names.some((n) => n.toLowerCase() === clean.toLowerCase())) names.push(clean);
    }
  }
  return names;
}

/**
 * Commas separate authors ("Stella Kim, Jennifer Jett") but also surname and given name
 * ("Jong, Michiel de") and name and role ("Jane Doe, Senior Reporter").
 */
function splitCommas(chunk: string): string[] {
  const parts = chunk.split(/\s*,\s*/).filter(Boolean);
  if (parts.length < 2) return parts;
  const kept = parts.filter((p, i) => i === 0 || !ROLE.test(p));
  if (kept.length === 2 && kept.some((p) => !/\s/.test(p))) return [kept.join(', ')];
  return kept;
}

/** How the header shows several authors. */
export function joinAuthors(authors: string[]): string | null {
  return authors.length ? authors.join(', ') : null;
}
