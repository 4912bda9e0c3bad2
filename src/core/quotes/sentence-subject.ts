/**
 * The subject of a sentence when none stands right before its reporting verb: the name it opens
 * with (after an opening phrase, a fronted adjective or an owner's role), the subject of a matrix
 * verb or of the clause a participle hangs on. Helpers of sourceBefore, kept apart for its length.
 */

import { PERSON_NOUNS, hasVerb, isVerbSecondVerb, type VerbHit } from './cues.ts';
import { isGerundPhrase, NAME, parsePerson, type Person } from './names.ts';
import { rx } from './letters.ts';
import type { Source } from './attribute-speaker.ts';
import { FIRST_PERSON_CLAUSE } from './subject-patterns.ts';
import { readSubject } from './subject.ts';

// Compiled once: building regexes per call costs more than running them.
const LEADING_NAME = rx(`^\\s*(${NAME})`, 'u');
const COUNTED_GROUP = rx(
  String.raw`(?:^|,)\s*(?:(?:about|around|some|nearly|almost|roughly|more than|at least|over|up to)\s+\d[\d,]*|[Dd]ozens of|[Hh]undreds of|[Tt]housands of)\s+\p{Ll}[\p{Ll}-]*s\s+\p{Ll}`,
  'u',
);

// A capitalised adjective opening the sentence before its subject: "Amareggiata la capitana
// dell’Aurora, Elena Sartori:", "Soddisfatto anche l’allenatore Luca Mancuso, che …:"; or the
// side a French report turns to: "Côté Rochebrune, l’entraîneur Didier Vasseur …:".
const FRONTED = rx(
  String.raw`^\s*(?:\p{Lu}\p{Ll}+\s+(?:anche|pure|también|aussi|auch|la|il|lo|le|el|[lL]['’])(?![\p{L}])|(?:Côté|Chez)\s)`,
  'u',
);
const FULL_NAME = rx(`(${NAME})`, 'gu');

// "El arquero y capitán Leandro Figueroa fue autocrítico:": an article, lower-case role words and
// a full name open the sentence, a lower-case verb follows.
const ROLE_LED_SUBJECT = rx(
  String.raw`^\s*\p{Lu}\p{Ll}*\s+(?:\p{Ll}[\p{Ll}’'-]*\s+){0,4}(\p{Ll}[\p{Ll}’'-]*)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3})\s+\p{Ll}`,
  'u',
);

/** The full name after the role that opens a verbless colon frame's sentence. */
export function describedSubject(before: string): Person | null {
  const m = ROLE_LED_SUBJECT.re.exec(before);
  // (The word before the name is a role: not "A tractor parked outside the European Parliament".)
  const who = m && PERSON_NOUNS.has(m[1]!) ? parsePerson(m[2]!) : null;
  return who?.name.includes(' ') ? who : null;
}

/** The subject after a fronted adjective: the first full name of the sentence. */
export function frontedSubject(before: string): Person | null {
  if (!FRONTED.re.test(before)) return null;
  for (const m of before.slice(before.search(/\s/)).matchAll(FULL_NAME.re)) {
    const who = m[1]!.includes(' ') ? parsePerson(m[1]!) : null;
    if (who?.name.includes(' ')) return who;
  }
  return null;
}

// (After a role in lower case, and before a comma that opens the words reported: "sagte
// Bürgermeister Kai Wegner, die Stadt …", "stelt artistiek leider Koen Vermeulen dat …".)
const NAME_AFTER_VERB = rx(
  `^\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}(${NAME})(?:\\s*,)?\\s+\\p{Ll}`,
  'u',
);

/**
 * "Als Grund nannte Vorstandschef Rainer Albrecht die … und den »…«": with no colon, the full
 * name right after a verb-second verb and before its object is the subject.
 */
export function namedAfterVerb(before: string, verb: VerbHit): Person | null {
  if (!isVerbSecondVerb(verb.word)) return null;
  const m = NAME_AFTER_VERB.re.exec(before.slice(verb.end));
  const who = m ? parsePerson(m[1]!) : null;
  if (who && who.name.includes(' ')) return who;
  // "Als Gründe nannte Brenninger die schwache Nachfrage": one capitalised word, then the
  // object's article, is the subject (a surname or a firm the text named in full before).
  const one = WORD_THEN_ARTICLE.re.exec(before.slice(verb.end));
  return one ? { name: one[1]!, role: null } : null;
}
const WORD_THEN_ARTICLE = rx(
  String.raw`^\s+(\p{Lu}\p{Ll}[\p{L}-]*)\s+(?:die|der|das|den|dem|eine|einen|einer|het|de|een)\s`,
  'u',
);

// Verbs that report an utterance of their own subject: inside "X said that …" they still give the
// quote to their subject ("Aides said that Dalton told them it was “…”").
export const SPEECH_ACTS = new Set(
  'said says say told tells wrote writes tweeted posted asked asks replied replies added adds stated declared announced shouted yelled whispered texted testified chanted'.split(
    ' ',
  ),
);

// A complement clause's subject with no "that" before it: a determiner and up to three
// lower-case words ("the find", "the new rules").
const BARE_COMPLEMENT =
  /^\s+(?:the|this|these|those|its|his|her|their)\s+(?:[a-z][a-z-]*\s+){1,3}$/;

/**
 * "Pompeo said that … Washington had concluded … “…”": a reporting verb whose complement ("that …")
 * holds the verb next to the quote is the matrix frame; its subject, not the inner clause's,
 * voices the quote.
 */
export function matrixSubject(before: string, verbs: readonly VerbHit[], k: number): Source {
  for (let j = 0; j < k; j++) {
    const v = verbs[j]!;
    const rest = before.slice(v.end);
    // (English drops "that": "said the find suggested the sea was “…”".)
    const complement =
      /^\s+(?:that|que|dass)\s/i.test(rest) ||
      (j === k - 1 && BARE_COMPLEMENT.test(before.slice(v.end, verbs[k]!.index)));
    if (!complement || !SPEECH_ACTS.has(v.word)) continue;
    const pre = before.slice(0, v.index);
    if (!pre.trim() || /\b(?:was|were|is|are|be|been|being)\s*$/i.test(pre)) continue;
    const src = readSubject(pre);
    if (src && src !== 'unnamed') return src;
  }
  return null;
}

/** Who a participle's clause has as its subject when readSubject finds none. */
export function gerundSubject(pre: string): Source {
  const name = leadingName(pre);
  if (name) return name;
  if (FIRST_PERSON_CLAUSE.re.test(pre)) return 'writer';
  // "about 60 teachers held a rally, chanting": a counted crowd, no one named.
  return COUNTED_GROUP.re.test(pre) ? 'unnamed' : null;
}

// The first verb of a clause: an auxiliary or a regular past ("has opened", "reposted").
const FIRST_VERB = rx(
  String.raw`\s(?:is|are|was|were|has|have|had|will|would|can|could|may|might|did|\p{Ll}{2,}ed)\s`,
  'u',
);

/**
 * The subject of a sentence's main clause, read from the words before its first verb ("Soap
 * star Chloe Brennan has opened up about …"), else the name it opens with.
 */
export function mainSubject(text: string): Source {
  const verb = FIRST_VERB.re.exec(text);
  const subject = verb ? readSubject(text.slice(0, verb.index)) : null;
  return subject && subject !== 'unnamed' ? subject : leadingName(text);
}

/** The name a sentence opens with (the subject of a participle or of a verbless colon frame). */
export function leadingName(text: string): Person | null {
  // "Invité à s’exprimer une dernière fois, Julien Marchal a répété :", "À porta do balcão,
  // Alzira Correia, 78 anos, …:": a capitalised word that opens a phrase of lower-case words up
  // to a comma is the sentence's first word, not a name; the subject comes after the comma.
  const phrase = OPENING_PHRASE.re.exec(text);
  if (phrase) return nameAtStart(text.slice(phrase[0].length));
  const who = nameAtStart(text);
  if (who) return who;
  // "Earlier Saturday, Yoon apologized …, saying": past a short opening adverbial without a verb.
  const opener = OPENING_ADVERBIAL.exec(text);
  return opener && !hasVerb(` ${opener[0]}`) ? nameAtStart(text.slice(opener[0].length)) : null;
}

const OPENING_PHRASE = rx(String.raw`^\s*[^\s,]+(?:\s+\p{Ll}[\p{L}’'-]*){1,8},\s`, 'u');

const OPENING_ADVERBIAL = /^\s*(?:\S+\s+){0,3}\S+,\s/u;

function nameAtStart(text: string): Person | null {
  // "L’allenatore della Fiorentina, Stefano Bellucci, non cerca alibi:": a role of an office,
  // then the person's name between commas.
  const apposed = ROLE_OF_THEN_NAME.re.exec(text) ?? OWNED_ROLE_THEN_NAME.re.exec(text);
  if (apposed) {
    const who = parsePerson(apposed[1]!);
    if (who && who.name.includes(' ')) return who;
  }
  const m = LEADING_NAME.re.exec(text);
  // "Regardless of …", "Ahead of …": one capitalised word before "of" opens a phrase, not a name.
  if (!m || (!/\s/.test(m[1]!.trim()) && /^\s+of\s/.test(text.slice(m[0].length)))) return null;
  // "Running a successful business might sound simple: “…”": a gerund, not a name.
  if (isGerundPhrase(m[1]!.trim(), NEXT_WORD.exec(text.slice(m[0].length))?.[1])) return null;
  // "Apple’s chief executive Tim Cook criticised …:", "Socialdemokraternas partiledare Maria
  // Ekström riktade …:": an owner or an outlet and a lower-case role before the subject's name.
  const owned = m[1]!.trim().includes(' ') ? null : ownedName(m[1]!, text.slice(m[0].length));
  if (owned) return owned;
  // "The Central Bank of Kestria cut …, saying": a body's name goes on after "of".
  const of = OF_NAME.re.exec(text.slice(m[0].length));
  return (of ? parsePerson(m[1]! + of[0]) : null) ?? parsePerson(m[1]!);
}

const OF_NAME = rx(String.raw`^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*`, 'u');

/**
 * The full name after an owner and a lower-case role (`rest` follows the owner); after an owner
 * of several words, only an occupation's role (`longOwner`).
 */
export function ownedName(owner: string, rest: string, longOwner = false): Person | null {
  const owned = OWNER_ROLE_NAME.re.exec(rest);
  if (!owned || hasVerb(` ${owned[1]!} `)) return null;
  // (Not "Tomasza Bieleckiego z Instytutu …", "Ann Verhaeghe sloeg Kevin V.")
  if (longOwner && !OCCUPATION_END.test(owned[1]!)) return null;
  const who = parsePerson(owned[2]!);
  return who && who.name.includes(' ')
    ? { name: who.name, role: `${owner.trim()}${owned[1]}` }
    : null;
}

const OCCUPATION_END = /\p{Ll}{3,}(?:ist|yst|er|or|ian)$/u;
// After the owner: one to three lower-case words (no "and", "to", …) and a name.
const OWNER_ROLE_NAME = rx(
  `^((?:\\s+(?!(?:and|or|but|with|to|of|the|a|an|for|in|on|at|by|from|who|that|und|och|og|et|y|e|i|и)\\s)\\p{Ll}[\\p{Ll}-]*){1,3})\\s+(${NAME})`,
  'u',
);
const ROLE_OF_THEN_NAME = rx(
  `^\\s*(?:(?:(?:the|a|an|il|lo|la|le|el|o|der|die|de|het)\\s+|[LlDd][’'])?\\p{Ll}[\\p{Ll}-]+|[Dd](?:er|ie)\\s+\\p{Lu}\\p{Ll}+)\\s+(?:of|of the|del|della|dello|dei|degli|delle|de|di|da|do|dos|das|du|des|van|von)\\s+[^,;:.!?]{1,50},\\s+(${NAME}),`,
  'u',
);
// … or an owner's role: "Son entraîneur, Patrick Valette, se montrait plus mesuré :".
const OWNED_ROLE_THEN_NAME = rx(
  `^\\s*(?:[Ss]on|[Ss]a|[Ll]eur|[Ss]u|[Ii]l suo|[Ll]a sua|[Oo] seu|[Aa] sua|[Ss]ein|[Ss]eine|[Ii]hr|[Ii]hre|[Zz]ijn|[Hh]aar|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\\s+\\p{Ll}[\\p{Ll}-]+,\\s+(${NAME}),`,
  'u',
);

const NEXT_WORD = /^\s+(\S+)/;
