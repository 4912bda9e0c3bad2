/**
 * Frames before a quote in its sentence ("Mulvaney said:", "According to X,", 他表示：):
 * `sourceBefore` tries each reporting verb back from the quote and reads its subject. Apart from
 * source-after.ts, which it uses for a verb-second subject after its verb.
 */

import { beforeCjkVerb, cjkName, cjkSubject, cjkView, colonSubject, roleOnly } from './cjk.ts';
import {
  CJK_VERB,
  ORG_NOUNS,
  ROLE_NOUNS,
  firstVerb,
  isVerbSecondVerb,
  isEnglishCue,
  isVerb,
  isPronoun,
  verbsIn,
  type VerbHit,
} from './cues.ts';
import { guarded } from './guard.ts';
import { isPreposition, isSentenceWord, NAME, parsePerson } from './names.ts';
import { ALL_CAPS, OPENS_UPPER, mayHoldCjk, rx } from './letters.ts';
import type { Source } from './attribute-speaker.ts';
import { AUX, DEFINITE } from './subject-patterns.ts';
import { SINGULAR_S, PARTICIPLE_CLAUSE } from './subject-parts.ts';
import { readSubject } from './subject.ts';
import {
  NAME_BETWEEN_COMMAS,
  PREP_WORD,
  PREP_DESCRIBED_NAME,
  PREP_NAME,
  PREP_ROLE,
  PREP_PRONOUN,
  PREP_DESCRIBED,
  prepSource,
  PREP_BEFORE,
  SLAVIC_PREP_ROLE,
  OPINION_FOR,
  opinionHolder,
} from './source-prepositions.ts';
import {
  describedSubject,
  frontedSubject,
  namedAfterVerb,
  SPEECH_ACTS,
  matrixSubject,
  gerundSubject,
  mainSubject,
  leadingName,
  ownedName,
} from './sentence-subject.ts';
import { DUTCH_PARTICLE, sourceAfter } from './source-after.ts';

// (The subject may hold a relative clause between commas: "Jan van Dalen, die …, laat …".)
const DUTCH_LET_KNOW_BEFORE =
  /^\s*([^.;:!?]{2,160}?)\s+(?:laat|liet|lieten)\s+(?:[^,.;:!?\s]+\s+){1,4}?weten(?=\s|$)/;
const SHOWED_ITSELF =
  /^\s*([^,.;:!?]{2,80}?)\s+(?:zeigte|zeigt|zeigten|gab|gibt)\s+sich\s+(?:sehr\s+|tief\s+|äußerst\s+)?$/;
const NOT_BLANK = /\S/;
// "was described by Jane Smith as “…”": the agent right after a passive reporting verb.
const BY_AGENT = rx(`^\\s+by\\s+(${NAME})(?=\\s+as\\s|\\s*[,:]?\\s*$)`, 'u');
// A subject after its verb, then the colon: "…, prévient Marc Dujardin :".
const INVERTED_BEFORE_COLON = /^\s+([^,.;:!?]{2,60}?)\s*[:：]\s*$/;
// An opening adjunct of lower-case words only ("In aula", "En la rueda de prensa,").
// (Not an indefinite article and a noun: "Een woordvoerder sprak van", "Ein Sprecher", a subject.)
const LOWER_ADJUNCT = rx(
  String.raw`^\s*(?!(?:A|An|Een|Ein|Eine|Un|Una|Une|Um|Uma|En|Ett)\s)\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){1,4},?\s*$`,
  'u',
);
// Only a preposition of speaking (and an article) between the verb and the quote.
const SPOKEN_OF_ONLY =
  /^\s+(?:di|de|d[’']|da|em|van|von)\s*(?:(?:un|una|uno|um|uma|une|een|einem|einer)\s+)?$/;
// Nothing before a reporting verb but a conjunction, or nothing after it but a prepositional
// phrase: a dropped subject.
const NO_SUBJECT =
  /^\s*(?:(?:y|e|et|und|and|but|mais|pero|ma|mas|aber|luego|después|depois|poi|then)\s+)?$/i;

// "directives from Xi to “…”", "a statement by Smith: “…”": a speech noun and its author.
const SOURCE_NOUN = guarded(
  /(?:directive|order|instruction|statement|remarks|comments|words|speech|letter|post|tweet|message|interview|testimony)s?\s+(?:from|by|of)\s/,
  rx(
    `(?:directives?|orders?|instructions?|statement|remarks|comments|words|speech|letter|post|tweet|message|interview|testimony)\\s+(?:from|by|of)\\s+(${NAME})[^.!?]{0,40}$`,
    'u',
  ),
);
// "Arment’s insistence that “…”", "Trump's claim that “…”": what someone said, by its owner.
const SPEECH_NOUNS =
  'insistence|claim|assertion|argument|suggestion|statement|remark|comment|warning|promise|admission|boast|complaint|contention|retort|reply|response|prediction|pledge|vow';
const OWNER_NOUN = guarded(
  new RegExp(`['’]s\\s+(?:${SPEECH_NOUNS})s?\\s+(?:that\\s+)?$`),
  rx(`(?:^|\\s)(${NAME})['’]s\\s+(?:${SPEECH_NOUNS})s?\\s+(?:that\\s+)?$`, 'u'),
);
// A capitalised word right before the last, common noun of a subject: "some Indiana protesters".
const MODIFIED_NOUN = rx(String.raw`(\p{Lu}[\p{L}.-]*)\s+\p{Ll}+\s*$`, 'u');
// Not English "as", which opens every kind of clause.
const AS_SAID = rx(
  // (Between dashes too: "choć – jak mówi jego prezes Joanna Rybka – to „…”".)
  String.raw`(?:^|[\s,.;:–—])(?:[Jj]ak|[Jj]ako|[Кк]ак|[Ww]ie|[Zz]oals|[Ss]om)\s+(\p{L}+)((?:\s+[^,.;:!?–—]{1,60}?)?)(?:,|\s[–—])\s`,
  'u',
);
const HABIT_OF = /\b(?:fond|tired|capable|guilty|accused|proud|afraid|fear|habit)\s+of\s+$/i;

// A control verb, its object and a reporting verb in the infinitive: "allowed X to claim that".
const CONTROL = guarded(
  /\b(?:allowed|allows|allow|let|lets|led|leads|urged|urges|prompted|forced|encouraged|invited|enabled|helped|asked|pushed|pressed|got|made)\s/,
  rx(
    `\\b(?:allowed|allows|allow|let|lets|led|leads|urged|urges|prompted|forced|encouraged|invited|enabled|helped|asked|pushed|pressed|got|made)\\s+(${NAME})\\s+(?:to\\s+)?(?:say|claim|argue|insist|declare|note|warn|suggest|describe|tell|write|add|announce|explain|admit|boast|promise|vow|state|predict|complain|concede)\\b(?=[^.!?]*$)`,
    'u',
  ),
);

// "In a sentencing memo, prosecutors wrote": a plural with no article after the clause's last
// comma (a noun of five letters or more, so not "was").
const BARE_PLURAL = rx(String.raw`(?:^|,\s*)(?:\p{Ll}[\p{L}-]*\s+)?(\p{Ll}{4,}[^s\W]s)\s*$`, 'u');
const barePlural = (pre: string): boolean => {
  const plural = BARE_PLURAL.re.exec(pre);
  return plural !== null && !SINGULAR_S.test(plural[1]!);
};

const KATAKANA = rx(String.raw`\p{Script=Katakana}`, 'u');
const KANA_CHAR = rx(String.raw`[\p{Script=Hiragana}\p{Script=Katakana}]`, 'u');
const CJK_COLON = rx(String.raw`\p{Script=Han}\s*[：:]\s*$`, 'u');
const CJK_SUBJECT_AT_END = rx(
  String.raw`([\p{Script=Han}\p{Script=Katakana}・]{2,6}|他们|他們|她们|她們|他|她)$`,
  'u',
);

// A predicate joined to the one before it: "… and warned", "… but added", "… und warnte".
const AND_VERB = /\s(?:and|but|and then|und|et|y|e|en|och|i|и)\s*$/;

/**
 * An acronym ("NHS", "SNCF") or a capitalised word after an elided article ("l’Istat"): what a
 * source preposition's article can stand before as a body's name. `phrase` ends with `word`.
 */
function isShortBodyName(word: string, phrase: string): boolean {
  if (ALL_CAPS.re.test(word)) return true;
  return OPENS_UPPER.re.test(word) && /[lL][’']$/.test(phrase.slice(0, -word.length));
}

const IT_SAYS = /(?:^|\s)(?:heißt|hieß)\s+es[\s,:]/;

/**
 * The source named before a quote in the same sentence: a colon frame ("Mulvaney said:"), a
 * partial frame ("has referred to … as a"), "According to X," or a CJK frame (他表示：).
 */

export function sourceBefore(before: string): Source {
  // (Every pattern below needs a word: nothing before the quote names no one.)
  if (!NOT_BLANK.test(before)) return null;
  // "In der Begründung der Jury heißt es, Habermann erzähle „…“": a document's words, given by
  // no one; the name after it is whom they are about.
  if (IT_SAYS.test(before)) return 'unnamed';
  const prepWord = PREP_WORD.test(before);
  // "Para Mariana Solís, de la consultora X, el plan “…”", "Pour la procureure, Claire Vasseur, il
  // s’agit d’« … »": the person an opinion is given for.
  const opinion = OPINION_FOR.re.exec(before);
  const held = opinion ? opinionHolder(opinion[1]!) : null;
  if (held) return held;
  // "Selon l’adjointe aux travaux, Nathalie Guéguen, la halle « … »", "According to the deputy
  // mayor, Jane Smith, …": a description, then the full name between commas.
  const described =
    prepWord && NAME_BETWEEN_COMMAS.test(before) ? PREP_DESCRIBED_NAME.re.exec(before) : null;
  const named = described ? parsePerson(described[1]!) : null;
  if (
    named?.name.includes(' ') &&
    !ownFrameAfter(before.slice(described!.index + described![0].length))
  )
    return named;
  const prep =
    (prepWord && /,\s*$/.test(before) ? PREP_BEFORE.re.exec(before) : null) ??
    (prepWord ? PREP_NAME.re.exec(before) : null) ??
    SOURCE_NOUN.exec(before) ??
    OWNER_NOUN.exec(before);
  // "According to AFP, one user … posted: “…”": a reporting verb with its own subject after the
  // source phrase names the speaker (AFP only reports it).
  if (prep && !ownFrameAfter(before.slice(prep.index + prep[0].length))) {
    // "Enligt Socialdemokraternas rättspolitiska talesperson Johan Lindqvist", "According to
    // Harbourline Agribusiness analyst Daniel Kerrigan": an owner and a lower-case role before
    // the name.
    const owned = ownedName(
      prep[1]!,
      before.slice(prep.index + prep[0].length),
      prep[1]!.includes(' '),
    );
    // (A phrase that names no one leaves the later patterns to try: "Podle ní jsou důkazy,
    // zejména odposlechy, „…“" is read by the pronoun's.)
    const src = owned ?? prepSource(prep[1]!, prep[0]);
    if (src !== null) return src;
  }
  // "Volgens de minister zijn …", "Selon le ministre, …", "Laut dem Trainer ist …": a role the
  // text refers back with.
  const role = prepWord ? PREP_ROLE.re.exec(before) : null;
  if (role && !ownFrameAfter(before.slice(role.index + role[0].length))) {
    const word = role[1]!;
    const noun = word.toLowerCase();
    if (ROLE_NOUNS.has(noun)) return { roleNoun: noun };
    // "Selon l’ARS, …", "According to the NHS, …", "Secondo l’Istat, …": a body by its short
    // name after the article.
    if (isShortBodyName(word, role[0]!)) return { name: word, role: null };
    // "According to the company, …", "Selon le ministère, …": the body the text named, if any.
    if (ORG_NOUNS.has(noun)) return { roleNoun: noun };
  }
  // "Zdaniem szkoleniowca", "Według trenera", "По словам министра": a role in the genitive
  // (masculine, singular: not "Według danych", "Zdaniem ekspertów"), by its stem.
  const slavic = SLAVIC_PREP_ROLE.re.exec(before);
  if (slavic && !ownFrameAfter(before.slice(slavic.index + slavic[0].length)))
    return { roleNoun: slavic[1]!.slice(0, -1).toLowerCase() };
  // "Secondo lei, il rischio è …", "Segundo ele, …", "По его словам, …": the source is a pronoun.
  const pronoun = PREP_PRONOUN.exec(before);
  if (pronoun && !ownFrameAfter(before.slice(pronoun.index + pronoun[0].length))) return 'anaphor';
  // "Jak poinformowała rzeczniczka firmy Agnieszka Baran, decyzja jest „…”", "Jak dodał, …",
  // "Как отметил министр, …": "as X said" before the sentence that holds the quote.
  const as = AS_SAID.re.exec(before);
  if (as && isVerb(as[1]!)) return (as[2]!.trim() && readSubject(as[2]!)) || 'anaphor';
  const view = mayHoldCjk() ? cjkView(before) : null;
  if (view) return view;
  const cjk = mayHoldCjk() ? CJK_VERB.exec(before) : null;
  // (Chinese: the clause's subject before its time, place or act; Japanese keeps its own.)
  const chinese = cjk && !KANA_CHAR.re.test(before) ? cjkSubject(before.slice(0, cjk.index)) : null;
  if (chinese) return chinese;
  if (cjk) {
    const who = CJK_SUBJECT_AT_END.re.exec(beforeCjkVerb(before.slice(0, cjk.index)));
    if (who && /^(?:他|她)/.test(who[1]!)) return 'anaphor';
    if (who && roleOnly(who[1]!)) return 'unnamed';
    const name = who && (KATAKANA.re.test(who[1]!) ? who[1]! : cjkName(who[1]!));
    if (name) return { name, role: null };
  }
  // 赵一鸣显得很平静：“…”: a Chinese colon frame with no reporting verb is its subject's.
  if (mayHoldCjk() && !cjk && CJK_COLON.re.test(before) && !KANA_CHAR.re.test(before)) {
    const who = colonSubject(before);
    if (who) return who;
  }
  // "Het ministerie laat in een reactie weten de situatie “…”": Dutch puts an adjunct or the
  // hearer between "laat" and "weten"; the subject stands before the verb.
  const letKnow = DUTCH_PARTICLE.test(before) ? DUTCH_LET_KNOW_BEFORE.exec(before) : null;
  if (letKnow) {
    const who = isPronoun(letKnow[1]!.trim()) ? 'anaphor' : readSubject(letKnow[1]!);
    if (who) return who;
  }
  // "Bürgermeister Stefan Gruber zeigte sich „fassungslos“": how the subject showed itself, in
  // its words. (Only right before the quote: "zeigte sich überrascht: „…“" has its own frame.)
  // (Tried only where "sich" is: on every other frame its lazy subject cost a fortieth of the
  // whole analysis to fail.)
  const showed = before.includes('sich') ? SHOWED_ITSELF.exec(before) : null;
  if (showed) {
    const who = readSubject(showed[1]!);
    if (who) return who;
  }
  // The participle clause that opens the sentence is no frame; the clause after it is.
  const clause = PARTICIPLE_CLAUSE.re.exec(before);
  const mainSource = clause ? sourceBefore(before.slice(clause[0].length)) : null;
  if (mainSource) return mainSource;
  const verbs = verbsIn(before);
  // "allowed Mosseri to claim that …": the object of a control verb says the quote.
  const control = CONTROL.exec(before);
  if (control && !verbs.some((v) => v.index > control.index + control[0].length - 1)) {
    const who = parsePerson(control[1]!);
    if (who) return who;
  }
  // The nearest reporting verb whose subject can be read; earlier ones when it cannot.
  for (let k = verbs.length - 1; k >= 0; k--) {
    const pre = before.slice(0, verbs[k]!.index);
    // "Maersk said it was diverting ships and warned of “…”": a verb joined to an earlier one by
    // "and" shares its subject; the words before "and" are the first verb's object.
    if (k > 0 && AND_VERB.test(pre)) continue;
    // "what Steve said when asked, “What’s …?”": the quote is the question put to the subject,
    // by someone the text does not name. (Sentence-initial "When asked, “…,” she said" is not.)
    if (
      verbs[k]!.word.toLowerCase() === 'asked' &&
      ASKED_CLAUSE.test(pre) &&
      /^[\s,:]*$/.test(before.slice(verbs[k]!.end))
    )
      return 'unnamed';
    // "Y añadió: «…»", "Ha aggiunto: «…»": a verb with no subject before its colon (Spanish,
    // Italian and Portuguese drop a subject the reader knows): the person the story follows.
    if (
      k === verbs.length - 1 &&
      NO_SUBJECT.test(pre) &&
      /^\s*[:：]\s*$/.test(before.slice(verbs[k]!.end))
    )
      return 'anaphor';
    // "In aula aveva parlato di «…»", "Habló de «…»": the same with a preposition after the verb
    // (not English, which writes its subject).
    if (
      k === verbs.length - 1 &&
      (NO_SUBJECT.test(pre) || LOWER_ADJUNCT.re.test(pre)) &&
      !isEnglishCue(verbs[k]!.word) &&
      SPOKEN_OF_ONLY.test(
        (/\s(?:di|de|da|em|van|von)$/.test(verbs[k]!.word) ? ' de' : '') +
          before.slice(verbs[k]!.end),
      )
    )
      return 'anaphor';
    // "Une grève n’est pas exclue, prévient Marc Dujardin : « … »": after a clause and its
    // comma, a verb and its subject inverted before the colon. (Not English, where a name after
    // the verb is its object: "…, told Newsweek:".)
    if (k === verbs.length - 1 && /,\s*$/.test(pre) && !isEnglishCue(verbs[k]!.word)) {
      const tail = INVERTED_BEFORE_COLON.exec(before.slice(verbs[k]!.end));
      const subject = tail ? readSubject(tail[1]!) : null;
      if (subject && typeof subject === 'object' && 'name' in subject) return subject;
    }
    // "Said Kings coach Ron Talbot: “…”": a sentence opened by its verb, the subject after it.
    if (
      k === 0 &&
      verbs.length === 1 &&
      !pre.trim() &&
      OPENS_UPPER.re.test(before.slice(verbs[0]!.index))
    ) {
      const subject = readSubject(before.slice(verbs[0]!.end).replace(/[:：,]\s*$/, ''));
      if (subject && typeof subject === 'object' && 'name' in subject) return subject;
    }
    // "was said to have", "is called": passive, an impersonal hedge with no source, unless it
    // names its agent ("Doe was described by Jane Smith as “a liar”").
    if (/\b(?:was|were|is|are|be|been|being|so-)\s*$/i.test(pre) || !pre.trim()) {
      const agent = pre.trim() ? BY_AGENT.re.exec(before.slice(verbs[k]!.end)) : null;
      const who = agent ? parsePerson(agent[1]!) : null;
      if (who) return who;
      continue;
    }
    // "the letter Mike wrote was “…”": a verb followed by a copula is in a relative clause.
    if (/^\s+(?:was|were|is|are)\s/.test(before.slice(verbs[k]!.end))) continue;
    // "some Indiana protesters chanted": a capitalised modifier before a common noun names no one.
    const modifier = MODIFIED_NOUN.re.exec(pre);
    if (modifier && parsePerson(modifier[1]!) && !pre.includes(',') && !AUX.test(pre))
      return 'unnamed';
    // "X reposted it, adding:", "Reinhardt said on Tuesday, adding that …": a participle after a
    // comma shares the subject of the clause it hangs on, not the words right before it.
    // (And the Romance gerunds: "…, jugeant certaines décisions « … »", "añadiendo", "aggiungendo".)
    const gerund = /(?:ing|ant|ando|endo)$/i.test(verbs[k]!.word);
    // "at the time of writing": a gerund after "of" is a noun.
    // (Not after "fond of", "accused of": "He was fond of saying that “…”" is his.)
    if (gerund && /\sof\s+$/i.test(pre) && !HABIT_OF.test(pre)) continue;
    const participle = gerund && /,\s*$/.test(pre);
    if (participle && k > 0) continue;
    // "Bij Sparta zei Youssef El Amrani:": an opening prepositional phrase is no subject.
    // (Nor in "Im letzten Wort sagte er nur:", whatever "er" refers to.)
    const first = pre.trim().split(/\s/, 1)[0]!;
    const opener = first.toLowerCase();
    if (k === verbs.length - 1 && (isPreposition(opener) || opener === 'als')) {
      const subject = verbBeforeSubject(before, verbs[k]!) ?? namedAfterVerb(before, verbs[k]!);
      if (subject) return subject;
      if (isVerbSecondVerb(verbs[k]!.word) && /[:：]\s*$/.test(before)) continue;
    }
    // (So after an adverb that opens the sentence, when a full name follows the verb: "Där
    // skriver Sofia Lindqvist Ahmadi att …", "I mejlet skriver …".)
    if (
      k === verbs.length - 1 &&
      isVerbSecondVerb(verbs[k]!.word) &&
      isSentenceWord(first) &&
      !isPronoun(first)
    ) {
      const subject = namedAfterVerb(before, verbs[k]!);
      if (subject?.name.includes(' ')) return subject;
    }
    const src =
      (participle ? mainSubject(pre) : null) ??
      readSubject(pre) ??
      (gerund ? gerundSubject(pre) : barePlural(pre) ? 'unnamed' : null);
    if (src)
      return SPEECH_ACTS.has(verbs[k]!.word) ? src : (matrixSubject(before, verbs, k) ?? src);
  }
  // A colon frame without a verb ("Marsha P. Johnson …, en 1969 : «…»"): the sentence's subject.
  // Else the name right before the colon ("…, including tester John Mikovits: “…”").
  if (prepWord && PREP_DESCRIBED.re.test(before)) return 'unnamed';
  // "Nach dem Spiel sagte Trainer Jonas Keller: „…“", "Na afloop zei trainer X: “…”": after an
  // opening phrase German, Dutch and the Scandinavian languages put the verb before its subject.
  const lastVerb = verbs[verbs.length - 1];
  const inverted = lastVerb ? verbBeforeSubject(before, lastVerb) : null;
  if (inverted) return inverted;
  // (After a participle clause, the clause after it was read above, this colon frame included.)
  if (verbs.length > 0 || !/[:：]\s*$/.test(before) || clause) return null;
  // "El entrenador fue tajante:", "The coach was blunt:": a role the text refers back with.
  const subject = ROLE_THEN_WORD.re.exec(before);
  if (subject && DEFINITE.has(subject[1]!.toLowerCase()) && ROLE_NOUNS.has(subject[2]!))
    return { roleNoun: subject[2]! };
  const closing = NAME_BEFORE_COLON.re.exec(before);
  // "Der 24-Jährige nahm es mit Humor:", "Der Innenverteidiger haderte … mit der
  // Chancenverwertung:": the word before the colon is a noun, and an article and a noun that
  // refers back (an age, a compound role) open the sentence.
  const noun = closing !== null && nounAfterArticle(before, closing);
  const opener = noun ? ARTICLE_AND_NOUN.re.exec(before) : null;
  if (opener && readSubject(opener[1]!) === 'anaphor') return 'anaphor';
  // "Il Verbania vince il derby, Ferraresi: «…»": a headline's clause, then the speaker alone.
  const alone = NAME_ALONE_AFTER_COMMA.re.exec(before);
  const speaker = alone ? parsePerson(alone[1]!) : null;
  if (speaker && speaker.name === alone![1] && !speaker.role) return speaker;
  return (
    frontedSubject(before) ??
    leadingName(before) ??
    describedSubject(before) ??
    (closing && !noun ? parsePerson(closing[1]!) : null)
  );
}

// Articles and prepositions of German and Dutch before a noun ("mit Humor:", "mit der
// Chancenverwertung:"), which those languages and German capitalise.
const ARTICLE_BEFORE_NOUN =
  /(?:^|\s)(?:der|die|das|dem|den|des|ein|eine|einem|einer|eines|dieser|diesem|dieses|seiner|ihrer|seinem|ihrem|mit|vom|zum|zur|im|am|beim|het|de|een|met)\s+$/;

/** Whether a one-word "name" before a colon is a noun after its article or preposition. */
function nounAfterArticle(before: string, closing: RegExpExecArray): boolean {
  return (
    !closing[1]!.includes(' ') &&
    ARTICLE_BEFORE_NOUN.test(before.slice(0, closing.index + closing[0].indexOf(closing[1]!)))
  );
}

const ARTICLE_AND_NOUN = rx(String.raw`^\s*((?:Der|Die|The|De|Het)\s+[\p{L}\d-]+)\s+\p{Ll}`, 'u');
// An article and a role opening a verbless colon frame ("El entrenador fue tajante:"); not a role
// before a name: "La députée écologiste Claire Fontenay a répliqué :" names her.
const ROLE_THEN_WORD = rx(
  String.raw`^\s*(\p{L}+)\s+(\p{Ll}[\p{Ll}-]+)\s+(?!(?:\p{Ll}[\p{L}’'-]*\s+){0,2}\p{Lu})\p{Ll}`,
  'u',
);

/** The subject after a verb of a verb-second language and before the colon that ends `before`. */
function verbBeforeSubject(before: string, verb: VerbHit): Source {
  if (!isVerbSecondVerb(verb.word) || !/[:：]\s*$/.test(before)) return null;
  const subject = sourceAfter(before.slice(verb.index).replace(/[:：]\s*$/, ''));
  return subject && typeof subject === 'object' ? subject : null;
}

// A reduced passive clause after a main clause: "… when asked", "… if being asked".
const ASKED_CLAUSE = /\S\s+(?:when|if|after|once|upon|as|while)(?:\s+being)?\s+$/i;

/** A reporting verb with a subject of its own in the text after a source phrase. */
function ownFrameAfter(rest: string): boolean {
  const v = firstVerb(rest);
  return v !== undefined && /^[\s,]*\S+\s+\S/u.test(rest.slice(0, v.index));
}

// Words that open a clause, not an apposition ("Jane Smith, and it shows:").
const NOT_APPOSITION =
  '(?:and|but|or|so|it|he|she|they|we|is|was|were|has|had|und|aber|et|mais|y|pero|e|ma|mas|i|ale|и|но)';
// (With a short apposition of lower-case words after it: "l’ex capitano Luca Brambati, oggi
// dirigente:", "former captain Luke Bram, now a director:".)
const NAME_ALONE_AFTER_COMMA = rx(`,\\s+(${NAME})\\s*[:：]\\s*$`, 'u');
const NAME_BEFORE_COLON = rx(
  `(?:^|\\s)(${NAME})(?:,(?:\\s+(?!${NOT_APPOSITION}[\\s:：])\\p{Ll}[\\p{Ll}'’-]*){1,4})?\\s*[:：]\\s*$`,
  'u',
);
