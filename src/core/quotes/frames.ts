import { firstVerb, hasVerb, isPronoun, isVerb, OPENING, verbsIn } from './cues.ts';
import { isExample } from './examples.ts';
import { ALL_LOWER, isSpaceCode, rx } from './letters.ts';

/** Frames around a quote that decide its kind without naming a speaker. */

const GERMAN_ARTICLES = 'der|die|das|dem|den|ein|eine|einer|eines';

// A frame whose subject is a description, not a name: "one user quipped", "said a graduate who …",
// "A company spokesperson said that", "a affirmé le ministre", "sagte die Kanzlerin". Articles in
// both cases, so the pattern needs no /i (under /iu, \p{Ll} would match capitals too); French
// elides its article before a vowel ("l’avocat a déclaré").
const ARTICLES =
  'a|an|one|the|some|another|many|several|un|une|le|la|les|el|los|las|il|lo|gli|o|os|um|uma|' +
  GERMAN_ARTICLES +
  '|de|het|een';
const DESCRIPTION = rx(
  `^(?:(?:${ARTICLES}|${ARTICLES.replace(/\b\w/g, (c) => c.toUpperCase())})\\s+|[lL]['’](?=\\p{L}))`,
  'u',
);
// The subject ends in a common noun ("one Weibo commenter", "a company spokesperson", "the
// petitioner, a welfare group,").
const COMMON_END = rx(String.raw`\p{Ll}+\s*$|(?:^|\s)\p{Ll}+,\s*$`, 'u');
const LEAD = /^[\s,;:—–-]*/;

// …and the noun after it is lower case ("said a graduate", not "said The Times"), but German
// writes every noun with a capital ("sagte die Kanzlerin").
const WORD_THEN_LOWER = rx(
  String.raw`^\s*(?:\S+\s+\p{Ll}|l['’]\p{Ll}|(?:${GERMAN_ARTICLES})\s+\p{Lu}\p{Ll})`,
  'u',
);

/**
 * A reporting frame next to the quote whose subject is a description, not a name. `content`, the
 * quote's words: only one set off from the frame by a comma or a dash takes a bare noun after
 * the verb for its subject ("“…,” said officials", not "“Organic” says little").
 */
export function hasCue(before: string, after: string, content = ''): boolean {
  const a = after.replace(LEAD, '');
  const va = firstVerb(a.slice(0, 100));
  if (va) {
    const rest = a.slice(va.end);
    if (va.index === 0 && DESCRIPTION.re.test(rest.trimStart()) && WORD_THEN_LOWER.re.test(rest))
      return true;
    // Languages without articles ("», — заявил президент", "”, powiedział prezydent") and
    // plurals ("said officials"): a noun right after the verb, not a word that goes on.
    const setOff = /[,!?…]$/.test(content.trim()) || /^\s*[,—–]/.test(after);
    const bare = va.index === 0 && setOff ? NEXT_LOWER_WORD.re.exec(rest) : null;
    if (bare && !FOLLOW.has(bare[1]!) && !isPronoun(bare[1]) && !/(?:ly|ing)$/.test(bare[1]!))
      return true;
    const subject = a.slice(0, va.index);
    if (
      va.index > 0 &&
      subject.length <= 61 &&
      DESCRIPTION.re.test(subject) &&
      !/[.!?,“”"]/.test(subject)
    )
      return true;
  }
  const b = before.replace(OPENING, '');
  if (!DESCRIPTION.re.test(b)) return false;
  // (the words before the verb must end in a common noun, checked below)
  const vb = verbsIn(b).find(
    (v) =>
      v.index <= 90 &&
      !/[.!?“”"]/.test(b.slice(0, v.index)) &&
      COMMON_END.re.test(b.slice(0, v.index)),
  );
  return vb !== undefined && !/[.!?]/.test(b.slice(vb.end));
}

// Naming words before a quote make it a label, not speech: the slogan “…”, dubbed “…”.
const NAMING = new Set(
  (
    'slogan tagline motto hashtag title headline term word phrase question nickname label dubbed named titled entitled so-called begriff titre titolo título mot' +
    // "so-called" in other languages ("la cosiddetta «quota 41»", "die sogenannte „…“").
    ' cosiddetto cosiddetta cosiddetti cosiddette sogenannte sogenannten sogenannter sogenanntes zogenaamde zogenaamd såkallade såkallad tzw. tzv. takzvaný takzvaná takzvané takzvaných называемый называемая называемое называемые называемых т.н. dénommé dénommée prétendu prétendue autoproclamé autoproclamée llamado llamada denominado denominada autodenominado autodenominada chamado chamada denominados denominadas'
  ).split(' '),
);
const NAMING_SKIP = new Set('of the a an de du des dem der die das'.split(' '));
// Words that may follow a quote in a sentence; any other lower-case word is the noun it modifies.
const FOLLOW = new Set(
  (
    'and or but if as in on at to for from with by of that which who when while after before because so than the a an he she they it we is was are were has had have will would could can said says told added according about there here into over under since until then not also against toward towards among amid without within through during despite across per via like unlike upon onto beyond near off out up down again now only even just still too instead yet given rather unless although though whereas whether et ou de la le und oder y e o que di da en' +
    // A determiner or an object pronoun opens a noun phrase of its own: the quote modifies no
    // noun ("said his client “deeply regrets” his actions", "had “systematically underpaid” him").
    ' his her their its my our your this these those every each some any him them us me you' +
    // Prepositions and conjunctions of other languages (none an English word): after a quote
    // they go on with the sentence, not a noun the quote would modify.
    ' au aux du des à pour par avec sans dans sur mais qui del por para pero nel nella che dos em der mit für von auf bei voor met maar w na oraz że och på för att med av в на с и что по для' +
    // … and more of them, language by language: French, Spanish, Italian, Portuguese, German,
    // Dutch, Swedish and Danish/Norwegian, Polish, Czech, Russian. (Left out: those that are also
    // English nouns a quote could modify, as "men", "den", "door", "van", "pod", "pro", "sin".)
    ' et mais donc car ni quand lorsque si comme chez entre vers contre depuis pendant selon après avant est était sont sera ont avait ne pas plus aussi déjà encore dit' +
    ' e u sino quien cuando como al sin sobre hacia hasta desde según tras durante ante es fue será había también ya aún solo dijo' +
    ' ed però chi quando se come della dei delle alla nel con senza per tra fra su sul sulla dal dalla dopo prima secondo contro verso è sono sarà aveva non anche già ancora' +
    ' ou mas quem do dos das ao em no na nos nas pelo pela até após foi são tem tinha não também já ainda só disse' +
    ' und oder aber sondern denn weil dass ob wenn als wie nach vor seit bis gegen ohne durch um über zwischen wegen trotz während statt aus zu zum zur im am vom beim ins sei seien sagte sagt ist sind waren hat hatte haben wird wurde werden nicht auch noch schon nur bereits doch jedoch dabei damit dazu daher etwa sowie' +
    ' naar op aan bij uit tegen zonder want omdat toen terwijl nadat voordat en dat zei zegt zijn heeft hebben wordt werd niet ook nog wel al te' +
    ' efter om till från vid hos mot utan genom mellan sedan innan eftersom eller som när då där inte också redan bara även enligt säger sa är blir blev ska skulle kunde måste ur inför bland trots än dock etter fra til og ikke også sagde siger' +
    ' i ale lecz lub albo czy bo ponieważ gdy kiedy jeśli jak niż który która które od z ze przez przed po przy o u dla bez między we nie też także już jeszcze tylko jest był była są będzie' +
    ' dzięki według wobec podczas mimo zamiast oprócz wśród wokół' +
    ' a však nebo či protože když pokud než s se k ke v ve při před za nad přes podle ne také už ještě jen je byl byla jsou bude kvůli díky během kromě místo proti' +
    ' из-за благодаря несмотря вместо кроме среди против вокруг около' +
    // Articles of other languages: the quote cannot modify a noun phrase that opens with one.
    ' il lo gli el los las una uno um uma os het een das dem ein eine einen einem einer com' +
    ' а но или как чем когда если который которая которые во со к о об у за из от до без под над при через между после перед не также уже ещё только сказал сказала заявил заявила был была будет'
  ).split(' '),
);

/**
 * The end of a trimmed text from the white space before its last `n` words (so its split opens
 * with ''), or the whole text when it has no more. Frames look back a few words: lower-casing
 * and splitting every long sentence whole was most of isLabel's cost.
 */
function tailOf(text: string, n: number): string {
  if (text.length < 16 * n) return text;
  let seen = 0;
  for (let i = text.length - 1; i > 0; i--)
    if (isSpaceCode(text.charCodeAt(i)) && !isSpaceCode(text.charCodeAt(i - 1)) && ++seen === n)
      return text.slice(i);
  return text;
}

function namedBefore(before: string, whole = false): boolean {
  // "the question: “…”", "A phrase that sums it up is: “…”": the colon only introduces it.
  const trimmed = before.trimEnd();
  const read = whole ? trimmed : tailOf(trimmed, 24);
  const words = read.toLowerCase().replace(/[:,]$/, '').split(/\s+/);
  // "moving insurance (called “valuation”)", "(aka “…”)": a parenthesis that opens on a naming
  // word names the noun before it.
  const tail = words.slice(-2).join(' ');
  if (
    /^\((?:called|aka|a\.k\.a\.|dubbed|nicknamed)$/.test(words[words.length - 1]!) ||
    tail === '(known as'
  )
    return true;
  while (words.length > 1 && NAMING_SKIP.has(words[words.length - 1]!)) words.pop();
  // (The checks below read up to ten words back.)
  if (read !== trimmed && words.length < 12) return namedBefore(before, true);
  const last = words[words.length - 1] ?? '';
  const prev = words[words.length - 2] ?? '';
  // "something called “…”", "a technique called “…”": a participle naming the noun before it
  // ("the president called “…”" is someone speaking, so only after an indefinite noun).
  if (
    last === 'called' &&
    (/^(?:some|any|no)thing$/.test(prev) || /^an?$/.test(words[words.length - 3] ?? ''))
  )
    return true;
  // "terms this “…”", "dubs it “…”": naming verbs with their object before the quote.
  if (/^(?:this|it|them|these)$/.test(last) && DUB_AS.has(prev)) return true;
  // "it is called “…”", "what’s called “…”": the passive of "call" names; the active reports.
  if (
    last === 'called' &&
    (BE.has(prev) || /^(?:what|that|it)['’]s$/.test(prev) || prev === 'often')
  )
    return true;
  // "the term often used is “…”": a naming noun as the subject of a copula right before the quote.
  if (
    (last === 'is' || last === 'was') &&
    words.slice(-8, -1).some((w) => NAMING.has(w) || w === 'name')
  )
    return true;
  // "known as", "counts as “severe duty”": a category named, not words said.
  // "those considered “cracked engineers”", "is deemed “…”": an impersonal passive names a category.
  if (
    (last === 'considered' || last === 'deemed') &&
    (BE.has(prev) || /^(?:those|one|anyone|anything|what|whoever)$/.test(prev))
  )
    return true;
  // "phrases like “multidrug-resistant bacteria”", "words such as “…”": examples of a naming noun.
  const exampleOf =
    last === 'like' ? prev : tail === 'such as' ? (words[words.length - 3] ?? '') : '';
  if (NAMING.has(exampleOf.replace(/s$/, ''))) return true;
  // "journalism was seen as “a career with words”": a passive "seen as" with no one seeing (not
  // inside reported speech: "the senator said the bill was seen as “…”" are the senator's words).
  if (
    last === 'as' &&
    SEEN_AS.has(prev) &&
    BE.has(words[words.length - 3] ?? '') &&
    !hasVerb(before)
  )
    return true;
  // "had dubbed Sondland's role in forming Ukraine policy as “…”": a naming verb's "as".
  if (last === 'as' && words.slice(-10, -1).some((w) => DUB_AS.has(w))) return true;
  return NAMING.has(last) || (last === 'as' && AS_NAMING.has(prev));
}
const AS_NAMING = new Set(
  'known counts count counted qualifies qualify classed classified'.split(' '),
);
const DUB_AS = new Set(
  'dubbed dubs dub nicknamed nicknames christened christens termed terms labels labelled labeled brands branded'.split(
    ' ',
  ),
);
const BE = new Set('is are was were be been being'.split(' '));
const SEEN_AS = new Set('seen regarded viewed perceived treated'.split(' '));

// Words after which a quote fills a verb slot, so a noun after it is its object, not the noun it
// modifies: politicians have “vilified” educators; instructed them to “block and control” talks.
// After have/be only a participle (“vilified”), after "to" only a phrase: "is “non-core” equipment"
// and "sold to “non-core” suppliers" stay modifiers.
const MODAL = new Set('will would can could should may might must do does did'.split(' '));
const AUXILIARY = new Set('have has had having is are was were be been being'.split(' '));

const PARTICIPLE = rx(String.raw`^\p{L}+(?:ed|en|wn|ing)\b`, 'u');

function fillsVerbSlot(before: string, content: string): boolean {
  const word = tailOf(before.trimEnd(), 1).split(/\s+/).pop()?.toLowerCase() ?? '';
  if (MODAL.has(word)) return true;
  if (AUXILIARY.has(word)) return PARTICIPLE.re.test(content);
  return word === 'to' && /\s(?:and|or)\s/.test(content);
}

// (With a separable prefix too: "„so sozialverträglich wie möglich“ abgebaut".)
const GERMAN_PARTICIPLE =
  /^(?:ab|an|auf|aus|bei|ein|mit|nach|vor|weg|zu|zurück|zusammen|fest|her|hin)?ge[a-zäöüß]{2,}(?:t|en)$/;
const ELIDED_NEXT = /^\s+(?:d|l|qu|dell|all|nell|sull|dall)['’]/;
const DUTCH_VAN = /^\s+van\s+(?:het|de|een|deze|dit|die|zijn|haar|hun|ons|onze|mijn)\s/;
// Romance copulas and auxiliaries: their languages put an adjective after its noun, so a word
// after the quote goes on with the predicate. (Not English, German or Dutch, where "is “non-core”
// equipment" is a modifier. Not French "a", "has", which is also the article.)
const PREDICATE = new Set(
  (
    'est sont était étaient sera serait soit ont avait avaient' +
    ' es son era eran fue será sería sea está están estaba estaban ha han había habían' +
    ' è sono erano sarà sarebbe sia fosse hanno aveva avevano' +
    ' é são foi eram estava estavam tem têm tinha tinham'
  ).split(' '),
);
function lastWord(text: string): string {
  const trimmed = text.trimEnd();
  return trimmed.slice(trimmed.lastIndexOf(' ') + 1).toLowerCase();
}
const NEXT_LOWER_WORD = rx(String.raw`^\s+([\p{Ll}][\p{L}-]*)`, 'u');

/** A quote used as a name or a modifier (the “non-core” equipment) is a term, whoever speaks. */
export function isLabel(before: string, after: string, content: string): boolean {
  if (namedBefore(before) || figurativeVerb(before, content) || isExample(before, after, content))
    return true;
  if (/[.,!?;:…]$/.test(content)) return false;
  // "“Others are seeking … ‘natural’” disinfectants": an ellipsis or a [bracketed] edit inside
  // the marks shows words cut from a source, a quotation rather than a coined label.
  if (/\S\s*(?:…|\.\.\.|\[[^\]]+\])\s*\S/u.test(content)) return false;
  if (fillsVerbSlot(before, content)) return false;
  // "a plaidé la « détresse » d’un homme": an elided article or preposition goes on with the
  // sentence, as "of a" would.
  if (ELIDED_NEXT.test(after)) return false;
  // Dutch "is ‘geschrokken’ van het nieuws": "van" and an article go on with the sentence (not
  // in FOLLOW, as an English "van" is a noun a quote could modify).
  if (DUTCH_VAN.test(after)) return false;
  // "afirmou que o reajuste é “inevitável” diante da alta", "hanno “saturato” il terreno": after
  // a copula or an auxiliary the quote is the predicate, not a modifier of the next word.
  if (PREDICATE.has(lastWord(before))) return false;
  const next = NEXT_LOWER_WORD.re.exec(after);
  if (!next) return false;
  const word = next[1]!;
  // (Nor a participle: "…" done, German "„…“ gehandelt", which ends the clause.)
  return (
    !FOLLOW.has(word.toLowerCase()) &&
    !/(?:ing|ed|ly)$/.test(word) &&
    !GERMAN_PARTICIPLE.test(word) &&
    !isVerb(word)
  );
}

// Verbs of intent whose infinitive may quote the speaker's own word ("vowed to “crush”").
const INTENT = new Set(
  'vowed vow vows promised promise promises threatened threaten threatens pledged pledge pledges want wants wanted hope hopes hoped plan plans planned'.split(
    ' ',
  ),
);

/**
 * "being able to “taste” and “smell” minute traces", "their ability to continually “taste”": one
 * word in scare quotes as an infinitive that no reporting or intent verb governs is a figurative
 * verb, the writer's term, even inside a paraphrase ("as Herbert notes, …").
 */
function figurativeVerb(before: string, content: string): boolean {
  if (!ALL_LOWER.re.test(content)) return false;
  const words = tailOf(before.trimEnd(), 3).toLowerCase().split(/\s+/);
  let k = words.length - 1;
  if (/ly$/.test(words[k] ?? '')) k--;
  if (words[k] !== 'to') return false;
  const governor = words[k - 1] ?? '';
  return !isVerb(governor) && !INTENT.has(governor);
}
