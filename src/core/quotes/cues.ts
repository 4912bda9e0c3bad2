import { letterAt, wordEnd, wordStart } from './fast-scan.ts';

/**
 * Reporting verbs and source phrases, by language. Kept as plain lists so a new language is a
 * data change. Lists are `|`-separated; the alternation is sorted longest first so "pointed out" beats "pointed".
 */
const VERBS: Record<string, string> = {
  en:
    'pointed out|went on|ruled|ruling|testifying|assured|assures|chimed in|summed up|referred to|told reporters|said|says|say|urged|' +
    'urges|pledged|warning|telling|accused|told|tells|added|adds|asked|asks|explained|' +
    'explains|noted|notes|wrote|writes|stated|states|recalled|recalls|continued|continues|' +
    'replied|replies|tweeted|posted|declared|declares|announced|admitted|admits|acknowledged|' +
    'insisted|insists|argued|argues|claimed|claims|warned|warns|stressed|stresses|joked|' +
    'quipped|laughed|remarked|commented|observed|testified|vowed|promised|conceded|cautioned|' +
    'complained|predicted|boasted|lamented|laments|concluded|emphasized|emphasised|suggested|' +
    'suggests|confirmed|shouted|yelled|whispered|responded|called|calls|described|describes|' +
    'texted|mused|agreed|agrees|reported|reports|announces|explaining|saying|adding|calling|' +
    'describing|describe|asking|writing|noting|insisting|stressing|vowing|acknowledging|conceding|chanted|chanting|ordered|shouts|shouting|reiterated|reiterates|views as|view as|sees as|regards as|' +
    'recommends|recommended|advises|advised|clarifies|clarified|acknowledges|emphasizes|emphasises|' +
    // "a mixture of “squatters,” as Espinosa put it".
    'put it|puts it|spoke of|speaks of|spoke about|speaks about|' +
    // Court copy: "terming the delay “a recurring one”", "the petitioner alleged that …".
    'terming|termed|alleged|alleges|alleging|submitted|contended|contends|' +
    // "dismissing the speculation as “Canberra gossip”".
    'dismissing|dismissed|dismisses|reckons|reckoned|accusing|accuses|branding|labelling|labeling|' +
    // A cause given in the subject's words: "blamed on a ‘technical issue’", "attributed to “a
    // modest increase in arrears”". (Not "felt": "Alden felt like he was missing …".)
    'blamed|blames|blaming|attributed|attributes|' +
    // Verbs of feeling and manner that tabloids and sports pages use as "said" ("Rudd fumed").
    'fumed|fumes|raged|snapped|gushed|enthused|sighed|grumbled|protested|reflected|reflects|marvelled|marveled|' +
    'sniffed|scoffed|countered|counters|retorted|barked|exclaimed|pleaded|recounted|recounts|murmured|muttered|' +
    'groaned|interjected|elaborated|beamed|' +
    // Participles after a comma, as "…, arguing that …" hangs on its clause's subject.
    'arguing|urging|hinted|hints|hinting',
  fr:
    'a dit|salue|a écrit|écrit|écrivait|a déclaré|a affirmé|a expliqué|a ajouté|a estimé|a souligné|a confié|a assuré|' +
    'a indiqué|a lancé|a raconté|dit|déclare|affirme|explique|ajoute|estime|souligne|raconte|' +
    'confie|assure|précise|indique|lance|résume|poursuit|commente|martèle|insiste|a appelé|tempête|peste|fulmine|a justifié|justifie|' +
    'a jugé|a qualifié|qualifie|a dénoncé|dénonce|a salué|a réagi|a répliqué|' +
    'a reconnu|reconnaît|a prévenu|prévient|a averti|avertit|a rappelé|rappelle|' +
    'a regretté|regrette|a annoncé|a précisé|a conclu|conclut|a promis|a fustigé|' +
    'avait déclaré|avait dit|avait expliqué|avait estimé|avait affirmé|avait souligné|avait assuré|avait prévenu|' +
    'fustige|a plaidé|assurant|estimant|ajoutant|soulignant|dénonçant|qualifiant|jugeant|' +
    'a poursuivi|poursuit|a insisté|a martelé|a tranché|tranche|a résumé|a relevé|relève|a répondu|répond|a déploré|déplore|a évoqué|évoque|a parlé de|parle de|a parlé d|parle d|a admis|admet|a confirmé|confirme|a détaillé|détaille|a ironisé|ironise|a nuancé|nuance|' +
    'a plaisanté|plaisante|a tranché|se dit|se disent|se disait|s’est dit|s’est dite|s’est félicité|s’est félicitée|s’est réjoui|s’est réjouie|' +
    'évoquant|se félicite|se réjouit|s’indigne|s’est indigné|s’est indignée|s’inquiète|s’est inquiété|s’est inquiétée|' +
    's’étonne|s’est agacé|s’est agacée|s’agace|s’est exclamé|s’est exclamée|s’est étonné|s’est étonnée|s’insurge|s’emporte|s’exclame|se désole|se défend|soupire|a soupiré|concède|a concédé|s’est défendu|s’est défendue|se souvient|se souvenait|s’est souvenu|s’est souvenue|se rappelle|se rappelait|' +
    'sourit|a souri|a fait savoir|fait savoir|a lâché|lâche|a glissé|glisse|a témoigné|témoigne|a savouré|savoure|' +
    // The imperfect of match reports and features: "savourait Belkacem", "expliquait-elle".
    'disait|expliquait|confiait|racontait|assurait|ajoutait|estimait|soulignait|résumait|lâchait|glissait|' +
    'savourait|souriait|regrettait|reconnaissait|insistait|prévenait|rappelait|déclarait|affirmait|poursuivait|' +
    'commentait|témoignait|analysait|tranchait|pestait|s’agaçait|s’amusait|se réjouissait|se félicitait|' +
    'saluait|déplorait|dénonçait|jugeait|promettait|avouait|admettait|notait|relevait|martelait|répétait|' +
    'ironisait|lançait|concédait',
  de:
    'sagte|sagt|sagten|erklärte|erklärt|betonte|betont|meinte|meint|schrieb|schreibt|' +
    'berichtete|warnte|ergänzte|fügte|kommentierte|nannte|bezeichnete|kritisierte|forderte|' +
    'mahnte|lobte|würdigte|würdigt|versprach|verwies|spricht|sprach|betonten|sagen|erklärten|' +
    'erläuterte|erläutert|ergänzt|kritisiert|warnt|fordert|räumte ein|räumt ein|teilte mit|teilt mit|teilte|teilt|berichtet|erzählte|erzählt|antwortete|bekräftigte|unterstrich|sprach von|spricht von|bilanzierte|resümierte|beklagte|beklagt|lobt|' +
    'wertete|wertet|nennt|' +
    'scherzte|schimpfte|schimpft|seufzte|seufzt|verteidigte|verteidigt|erinnert sich|erinnerte sich|freut sich|äußerte sich|äußert sich|freute sich|jubelte|resümierte|' +
    // Separable verbs whose particle comes after the subject: "räumte Kapitän Marco Steiner ein".
    'räumte|räumt|gab zu|gibt zu',
  es:
    'dijo|dice|afirmó|afirma|explicó|explica|señaló|señala|añadió|agregó|aseguró|declaró|informó|informa|informaron|comunicó|' +
    'comentó|sostuvo|indicó|avanzó|precisó|precisaron|calificó|criticó|denunció|advirtió|' +
    'reconoció|insistió|subrayó|destacó|recordó|suspira|suspiró|manifestó|aseguraron|señalaron|explicaron|' +
    'indicaron|afirmaron|dijeron|pidió|lamentó|apuntó|matizó|añadiendo|asegurando|explicando|' +
    'señalando|' +
    'habló de|habla de|respondió|admitió|expresó|enfatizó|sentenció|concluyó|adelantó|anunció|confesó|relató|contó|expuso|valoró|consideró|opinó|reiteró|remarcó|insiste|asegura|añade|advierte|reconoce|sostiene|' +
    'celebró|bromeó|ironizó|zanjó|resumió|apostilló|confesó|' +
    // The present of features: "cuenta Feliciano Llorente", "resume", "recuerda".
    'cuenta|relata|recuerda|resume|rememora|confiesa|lamenta|bromea|reaccionó|' +
    'espetó|acusó|auguró|tachó|replicó|recalcó|defendió|aseveró|puntualizó|detalló|argumentó|alertó|sugirió|prometió|reclamó|exigió|se quejó|' +
    'había dicho|había explicado|había asegurado|había advertido|había declarado|' +
    // The perfect of Spain's copy: "ha advertido el presidente de Arvimar", "han explicado".
    'ha dicho|ha afirmado|ha explicado|ha señalado|ha añadido|ha agregado|ha asegurado|ha declarado|ha informado|ha comunicado|ha comentado|ha sostenido|ha indicado|ha precisado|ha criticado|ha denunciado|ha advertido|ha reconocido|ha insistido|ha subrayado|ha destacado|ha recordado|ha manifestado|ha pedido|ha lamentado|ha apuntado|ha matizado|ha respondido|ha admitido|ha expresado|ha enfatizado|ha sentenciado|ha concluido|ha adelantado|ha anunciado|ha confesado|ha relatado|ha contado|ha valorado|ha reiterado|ha remarcado|ha defendido|ha detallado|ha argumentado|ha alertado|ha reclamado|ha exigido|ha replicado|ha recalcado|ha puntualizado|' +
    'han dicho|han afirmado|han explicado|han señalado|han asegurado|han declarado|han indicado|han denunciado|han advertido|han reconocido|han criticado|han lamentado|han reclamado|han exigido|' +
    // The imperfect of features and obituaries: "el propio Echeverría resumía así su carrera:".
    'decía|explicaba|contaba|resumía|recordaba|aseguraba|afirmaba|comentaba|señalaba|reconocía|insistía|añadía|escribió|escribe|escribía|ha escrito|pide|reclama|subraya|destaca|replica|' +
    // "El entrenador …, Hernán Castaño, cuestionó el tiempo añadido:", "aclaró el portavoz".
    'cuestionó|cuestiona|reprochó|reprocha|protestó|aclaró|aclara|agradeció|justificó|defiende|opina|resaltó|resalta|apunta|' +
    'mencionó|narró|narra|confirmó|negó|niega|rechazó|califica|describió|definió',
  it:
    'ha detto|ha dichiarato|ha spiegato|ha aggiunto|ha affermato|ha sottolineato|dice|disse|' +
    'dichiara|spiega|afferma|sottolinea|aggiunge|ha annunciato|ha commentato|ha ribadito|' +
    'ha precisato|ha definito|ha denunciato|ha avvertito|ha ammesso|ha osservato|ha criticato|' +
    'ha riferito|ha chiesto|ha assicurato|ha concluso|ha scritto|sostiene|definisce|' +
    'ha parlato di|parla di|ha raccontato|racconta|ricordava|ha sostenuto|ha evidenziato|ha confermato|ha replicato|ha ricordato|ricorda|ha rivendicato|ha auspicato|ha confessato|ha puntualizzato|ha esordito|commenta|osserva|avverte|ammette|ha ammonito|ha tuonato|ha attaccato|attacca|ha insistito|' +
    'ha scherzato|ha ironizzato|ha esultato|ha tagliato corto|ha chiosato|sorride|scherza|sospira|confessa|prosegue|conclude|taglia corto|' +
    'sintetizza|ha sintetizzato|riassume|ha riassunto|aveva detto|aveva spiegato|aveva dichiarato|aveva affermato|aveva sottolineato|aveva annunciato|aveva parlato di|aveva definito|ha promesso|ha assicurato|ha lamentato|ha incalzato|scrive|scriveva|annotava|annota|ha annotato|assicura|ribadisce|conferma|rivela|replica|chiarisce|' +
    // "si chiede Fatima", "ha gridato Simona Bertone", "urla un tifoso".
    'si chiede|si chiedeva|si domanda|si domandava|ha gridato|grida|gridava|ha urlato|urla|urlava|ha esclamato|esclama|ha sbottato|sbotta|ha ammesso|' +
    'ha aggiunto|ha tenuto a precisare|ha voluto sottolineare|ha fatto sapere|fa sapere|ha raccontato',
  pt:
    'disse|diz|afirmou|afirma|declarou|falou|fala|manifestou|manifesta|reagiu|reage|acrescentou|explicou|explica|contou|comentou|' +
    'completou|ressaltou|destacou|garantiu|admitiu|classificou|criticou|defendeu|avaliou|descreveu|descreve|' +
    'alertou|lamentou|reconheceu|argumentou|sublinhou|frisou|salientou|anunciou|considerou|' +
    'disseram|afirmaram|explicaram|garantiram|' +
    'referiu|adiantou|assegurou|observou|reforçou|respondeu|confessou|relatou|indicou|apontou|revelou|insistiu|lembrou|sustentou|sublinha|frisa|garante|considera|defende|acrescenta|' +
    'brincou|celebrou|ironizou|resumiu|pediu|apelou|' +
    'desabafou|reclamou|disparou|pontuou|elogiou|ponderou|avisou|prometeu|concluiu|tinha dito|havia dito|' +
    'lembra|recorda|recordou|suspira|suspirou|relembra|relembrou|relata|conta|admite|reconhece|afirma|comenta|desabafa|brinca|escreveu|escreve|escrevia|publicou|sorriu|' +
    // Sports and political copy: "“…”, provocou", "rebateu o ministro", "cravou o técnico".
    'provocou|provoca|rebateu|emendou|cutucou|cravou|ressalta|destaca|avalia|lamenta|cobrou|questionou|minimizou|sintetizou|' +
    'contestou|negou|justificou|justifica|argumenta|pondera|observa|ironiza|analisou|analisa|enfatizou|enfatiza|declara|reclama|opinou|opina|assinalou|assinala|desafiou',
  nl:
    'zei|zegt|verklaarde|schreef|voegde|benadrukte|aldus|noemde|noemt|zeiden|meldt|melden|meldden|' +
    'waarschuwde|liet weten|meldde|schrijft|reageerde|erkende|spreekt|' +
    'vertelde|vertelt|stelde|stelt|legde uit|legt uit|benadrukt|waarschuwt|meent|vindt|vond|reageert|laat weten|sprak van|spreekt van|pleitte|pleit|erkent|antwoordde|vroeg|beaamde|voegde toe|voegt toe|verklaart|concludeerde|concludeert|' +
    'bekritiseerde|omschreef|omschrijft|' +
    'grapte|juichte|verzuchtte|lachte|lacht|glimlachte|zuchtte|zucht|vervolgde|' +
    // Separable verbs with the subject before them: "Rombouts hield vol dat …", "gaf aan dat".
    'hield vol|houdt vol|hielden vol|gaf aan|geeft aan|gaven aan|merkte op|merkt op|wees erop|wijst erop',
  cs:
    'napsal|napsala|řekl|řekla|uvedl|uvedla|dodal|dodala|prohlásil|prohlásila|sdělil|sdělila|' +
    'píše|vzdychá|vzpomíná|vzpomínal|vzpomínala|zdůraznil|zdůraznila|upozornil|upozornila|připomněl|připomněla|podotkl|podotkla|' +
    'konstatoval|konstatovala|žertoval|žertovala|vtipkoval|vtipkovala|' +
    'uvádí|říká|řekli|dodává|vysvětlil|vysvětlila|poznamenal|poznamenala|míní|tvrdí|tvrdil|tvrdila|odpověděl|odpověděla|informoval|informovala|oznámil|oznámila|varoval|varovala|ocenil|ocenila|kritizoval|kritizovala|připustil|připustila|popsal|popsala|popisoval|popisovala|shrnul|shrnula|shrnuje|doplnil|doplnila|slíbil|slíbila|zdůrazňuje|upozorňuje|směje se|smála se|smál se|ptá se|ptal se|ptala se|svěřil se|svěřila se|posteskl si|povzdechl si|dodává|' +
    'označil|označila|označili|nazval|nazvala|hovořil o|hovořila o|mluvil o|mluvila o|' +
    // Reflexive verbs of feeling: "zlobil se kouč …", "posteskla si starostka".
    'zlobil se|zlobila se|posteskl si|posteskla si|postěžoval si|postěžovala si|povzdechl si|povzdechla si|pochvaloval si|pochvalovala si',
  ru:
    'сказал|сказала|заявил|заявила|отметил|отметила|написал|написала|добавил|добавила|говорит|' +
    'подчеркнул|подчеркнула|назвал|назвала|сообщил|сообщила|пояснил|пояснила|признал|признала|' +
    'уточнил|уточнила|считает|' +
    'рассказал|рассказала|ответил|ответила|объяснил|объяснила|заметил|заметила|признался|призналась|призвал|призвала|пообещал|пообещала|указал|указала|подтвердил|подтвердила|предупредил|предупредила|прокомментировал|прокомментировала|констатировал|констатировала|напомнил|напомнила|выразил|выразила|сообщили|заявили|отметили|пишет|уверен|уверена|добавляет|отмечает|подчеркивает|подчёркивает|рассказывает|признает|признаёт|заявляет|поделился|поделилась|' +
    'охарактеризовал|охарактеризовала|назвали|оценил|оценила|говорил о|говорила о|раскритиковал|раскритиковала|' +
    'возмущается|возмутился|возмутилась|удивляется|удивился|удивилась|жалуется|пожаловался|пожаловалась|сетует|посетовал|посетовала|' +
    'заверил|заверила|уверяет|вспоминает|вздыхает|вздохнул|вздохнула|вспоминал|вспоминала|вспомнил|вспомнила|делится|рассуждает|объясняет|поясняет|уточняет',
  pl:
    'powiedział|powiedziała|stwierdził|stwierdziła|dodał|dodała|podkreślił|podkreśliła|' +
    'zaznaczył|zaznaczyła|oświadczył|oświadczyła|napisał|napisała|przyznał|przyznała|mówi|' +
    'zapowiedział|zapowiedziała|ocenił|oceniła|zapewnił|zapewniła|przekonywał|przekonywała|' +
    'wskazał|wskazała|tłumaczył|tłumaczyła|mówił|mówiła|' +
    'twierdzi|uważa|odpowiedział|odpowiedziała|wyjaśnił|wyjaśniła|przypomniał|przypomniała|zauważył|zauważyła|ostrzegł|ostrzegła|apelował|apelowała|relacjonował|relacjonowała|dodaje|podkreśla|zaznacza|przekonuje|tłumaczy|pisze|poinformował|poinformowała|skomentował|skomentowała|komentuje|ocenia|przyznaje|zapowiada|wskazuje|stwierdza|pytał|pytała|pyta|zapytał|zapytała|przekazał|przekazała|poinformował|poinformowała|mówił|mówiła|podkreślał|podkreślała|zaznaczał|zaznaczała|' +
    'nazwał|nazwała|określił|określiła|określa|nazywa|mówił o|mówiła o|skrytykował|skrytykowała|' +
    'uzasadniał|uzasadniała|odpowiada|uzasadnia|podsumował|podsumowała|argumentował|argumentowała|' +
    'zapewnia|wyjaśnia|wzdycha|westchnął|westchnęła|opowiada|dodawał|dodawała|zapewniał|zapewniała|opowiadał|opowiadała|wspomina|przypomina',
  // Not Swedish "sa" or "sade": "sa mère" in French, the singer Sade in English.
  sv:
    // (Not "kallar": "Juryn kallar boken …", a definite noun Swedish capitalises at a sentence's
    // start, would read as a name.)
    'säger|sade|suckar|suckade|skriver|berättar|förklarar|konstaterar|beskriver|' +
    'berättade|förklarade|menar|menade|skrev|konstaterade|understryker|betonar|betonade|framhåller|framhöll|påpekar|påpekade|tillade|svarade|uppger|uppgav|meddelar|meddelade|varnar|varnade|kommenterar|kommenterade|tycker|anser|ansåg|' +
    'kallade|kallar|beskrev|betecknade|betecknar|kritiserade|kritiserar|skrattade|skrattar|skämtade|skämtar|tillägger|fortsätter|fortsatte|sammanfattar|sammanfattade',
  no: 'sier|skriver|forteller',
  da: 'siger|sagde|fortæller',
  ca: 'ha dit|ha declarat|ha afirmat|va dir|diu',
  tr: 'dedi|söyledi|açıkladı',
};

// Polish, Czech and Russian drop a known subject and have no articles: a frame of their verbs
// with no name after it ("– powiedziała szefowa resortu", "— сказал специалист") speaks for
// the person the story follows.
const PRO_DROP_VERBS = new Set(
  ['pl', 'cs', 'ru'].flatMap((lang) => VERBS[lang]!.split('|').map((cue) => cue.split(' ')[0]!)),
);

/** Whether a reporting verb is Polish, Czech or Russian (see PRO_DROP_VERBS). */
export const isProDropVerb = (word: string): boolean => PRO_DROP_VERBS.has(word.toLowerCase());

// German, Dutch and the Scandinavian languages put the verb second: after an opening phrase its
// subject follows it ("Nach dem Spiel sagte Trainer X:", "Efter matchen sa Y:").
const VERB_SECOND_VERBS = new Set(
  ['de', 'nl', 'sv', 'no', 'da'].flatMap((lang) =>
    VERBS[lang]!.split('|').map((cue) => cue.split(' ')[0]!),
  ),
);

/** Whether a reporting verb is German, Dutch, Swedish, Norwegian or Danish (see above). */
export const isVerbSecondVerb = (word: string): boolean =>
  VERB_SECOND_VERBS.has(word.split(' ')[0]!.toLowerCase());

/** Phrases that put the source after them: "according to X", "selon X", "laut X". */
const SOURCE_PREPS = [
  'according to',
  'selon',
  'laut',
  'zufolge',
  'según',
  'secondo',
  'segundo',
  'de acordo com',
  'volgens',
  'podle',
  'według',
  'zdaniem',
  'enligt',
  'ifølge',
  'по словам',
  'so',
  // Less common forms, as common in wire copy: "d’après", "de acuerdo con", "stando a", "a detta
  // di", "conforme", "nach Angaben von", "dle", "по мнению", "по данным", "по версии".
  'd’après',
  "d'après",
  'de acuerdo con',
  'stando a',
  'a detta di',
  'conforme',
  'nach Angaben von',
  'nach Ansicht von',
  'dle',
  'по мнению',
  'по данным',
  'по информации',
  'по версии',
  'по оценке',
];

// Cues are looked up word by word in a map rather than matched by one huge regex alternation:
// V8 compiles such a regex (case-insensitive, Unicode) in tens of milliseconds on first use,
// which every page load of the extension would pay.
const CUES = [...new Set(Object.values(VERBS).flatMap((list) => list.split('|')))];
const BY_FIRST = new Map<string, string[][]>();
for (const cue of CUES.sort((x, y) => y.length - x.length)) {
  // (Words as the scan reads them, runs of letters: "s’est félicité" is "s", "est", "félicité".)
  const words = cue.split(/[\s’']+/);
  const list = BY_FIRST.get(words[0]!) ?? [];
  list.push(words);
  BY_FIRST.set(words[0]!, list);
}

const DETERMINERS = new Set(
  'the a an other these those this some many all both several his her their its our your my such'.split(
    ' ',
  ),
);

export interface VerbHit {
  index: number;
  end: number;
  word: string;
}

// A hash of every cue's first word that is all ASCII and Latin-1 letters, in lower case: most
// words of a text are no cue, and this tells so without a lower-cased copy of each. (A word's
// length with its first and last letters, the test before, let through "important", "percent"
// and "project" once the cue lists held French and Spanish imperfects of those shapes.) -1 for a
// word with a code unit beyond Latin-1, which the hash does not tell apart: such words go to the
// lookup. (A letter's lower case as toLowerCase gives it: in Latin-1, À–Þ but × are 32 below it.)
const lowerUnit = (c: number): number =>
  c < 0x80 ? c | 32 : c >= 0xc0 && c <= 0xde && c !== 0xd7 ? c + 32 : c;
const hashStep = (h: number, c: number): number =>
  h < 0 || c > 0xff ? -1 : (Math.imul(h, 31) + lowerUnit(c)) & 0x7fffffff;
function hashWord(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
  return h;
}
const CUE_HASHES = new Set(
  [...BY_FIRST.keys()]
    .filter((w) => /^[a-z\xaa\xb5\xba\xdf-\xf6\xf8-\xff]+$/.test(w))
    .map((w) => hashWord(w, 0, w.length)),
);

/** Every reporting verb (or multi-word cue) in a text, in order, as whole words; the first `max`. */
export const verbsIn = (text: string, max = Infinity): readonly VerbHit[] => scanVerbs(text, max);

/** The first reporting verb in a text (stops there), or undefined. */
export function firstVerb(text: string): VerbHit | undefined {
  return scanVerbs(text, 1)[0];
}

/** The reporting verb (or cue) that opens a text at its first character, or undefined. */
export function verbAtStart(text: string): VerbHit | undefined {
  const v = scanVerbs(text, 1, 1)[0];
  return v?.index === 0 ? v : undefined;
}

/** Whether a text holds any reporting verb. */
export const hasVerb = (text: string): boolean => firstVerb(text) !== undefined;

/** The reporting verbs of a text, in order, up to `max` of them, among its first `words` words. */
function scanVerbs(text: string, max = Infinity, words = Infinity): VerbHit[] {
  // Word by word, by offsets: called on every frame, match objects and lower-cased copies of
  // every word were most of this function's cost (and garbage). Words are /[\p{L}\p{M}]+/u runs.
  const hits: VerbHit[] = [];
  let prevStart = -1; // the word before (for the determiner check)
  let prevEnd = -1;
  let n = 0;
  for (let start = wordStart(text, 0); start >= 0 && hits.length < max && n++ < words;) {
    // The word's end (wordEnd) and its hash (hashWord) in one pass: ASCII letters inline.
    let end = start;
    let h = 0;
    for (;;) {
      const c = text.charCodeAt(end);
      if (c < 0x80) {
        if ((c | 32) < 97 || (c | 32) > 122) break;
        h = hashStep(h, c);
        end++;
      } else {
        const units = letterAt(text, end);
        if (units === 0) break;
        h = hashStep(h, c);
        end += units;
      }
    }
    const cue = h < 0 || CUE_HASHES.has(h) ? cueAt(text, start, end, prevStart, prevEnd) : null;
    if (cue) hits.push(cue.hit);
    prevStart = cue ? cue.last : start;
    prevEnd = cue ? cue.hit.end : end;
    start = wordStart(text, prevEnd);
  }
  return hits;
}

/** The cue that starts with the word start..end, if any (`last`: the start of its last word). */
function cueAt(
  text: string,
  start: number,
  end: number,
  prevStart: number,
  prevEnd: number,
): { hit: VerbHit; last: number } | null {
  const seqs = BY_FIRST.get(text.slice(start, end).toLowerCase());
  // After a determiner the word is a noun: "in other states", "the reports", "his remarks".
  if (!seqs || (prevStart >= 0 && DETERMINERS.has(text.slice(prevStart, prevEnd).toLowerCase())))
    return null;
  // The next word, read once: "a" opens dozens of French cues and is most words of English.
  let second: string | undefined;
  for (const seq of seqs) {
    if (seq.length > 1) {
      if (second === undefined) {
        const t = wordStart(text, end);
        second = t < 0 ? '' : text.slice(t, wordEnd(text, t)).toLowerCase();
      }
      if (seq[1] !== second) continue;
    }
    let at = end;
    let last = start;
    let ok = true;
    for (let k = 1; k < seq.length && ok; k++) {
      const t = wordStart(text, at);
      const tEnd = t < 0 ? -1 : wordEnd(text, t);
      ok =
        t >= 0 && text.slice(t, tEnd).toLowerCase() === seq[k] && BETWEEN.test(text.slice(at, t));
      if (t >= 0) [at, last] = [tEnd, t];
    }
    if (ok) return { hit: { index: start, end: at, word: seq.join(' ') }, last };
  }
  return null;
}

// What separates a cue's words: spaces, or an elision's apostrophe ("s’est").
const BETWEEN = /^(?:\s+|[’'])$/;

/** Whether one word is a reporting verb. */
const ENGLISH_CUES = new Set(VERBS.en!.split('|'));
/** Whether a cue (as verbsIn gives it) is English. */
export const isEnglishCue = (cue: string): boolean => ENGLISH_CUES.has(cue.toLowerCase());

export const isVerb = (word: string): boolean =>
  BY_FIRST.get(word.toLowerCase())?.some((seq) => seq.length === 1) ?? false;

/** A string as a regex that matches it literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words: string[]): string =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

// Both cases spelled out, so patterns using it can stay case-sensitive: under /iu, \p{Lu}
// would match lower-case letters too and every word would look like a name.
export const PREP = `(?:${alt(SOURCE_PREPS.flatMap((p) => [p, p[0]!.toUpperCase() + p.slice(1)]))})`;

/** CJK reporting verbs, which follow the speaker without a space: 他表示：「…」. */
export const CJK_VERBS =
  '表示|指出|強調|强调|認為|认为|透露|坦言|直言|回應|回应|提出|說|说|稱|称|道|と述べた|と話した|と語った|は語る';
export const CJK_VERB = new RegExp(`(${CJK_VERBS})[：:，,]?\\s*$`);

/** Subject pronouns, which resolve to the last named person. */
export const PRONOUNS = new Set(
  'he she they it il elle ils elles er sie él ella lui lei ele ela hij zij ze on ona он она han hon hun'.split(
    ' ',
  ),
);
export const isPronoun = (word: string | undefined): boolean =>
  word !== undefined && PRONOUNS.has(word.toLowerCase());

/** Nouns for people that, after a definite article, usually refer back to a named person. */
export const ROLE_NOUNS = new Set(
  (
    'clerk secretary sheriff commander attorney owner priest bishop chef nurse ranger warden auditor ambassador deputy analyst novelist poet artist architect engineer pilot mentor tactician gaffer playmaker marksman custodian teenager youngster coroner prosecutor magistrate inspector sergeant constable commissioner superintendent councillor councilor chairwoman chairperson treasurer principal headteacher economist historian curator surgeon campaigner activist pastor vicar coach manager boss president minister official spokesman spokeswoman spokesperson senator governor mayor director chief star actor actress singer player captain striker defender forward goalie quarterback rookie veteran guard winger midfielder goalkeeper goaltender netminder defenceman defenseman pitcher shortstop outfielder catcher reliever skipper batter batsman bowler linebacker cornerback founder chairman ceo author writer researcher scientist professor doctor lawyer judge officer detective witness mother father teacher treinador comandante técnico presidente entraîneur ministre président trainer präsident allenatore entrenador' +
    // French, Spanish, Italian, Portuguese, German and Dutch roles the press refers back with.
    ' edil edila arquero arquera élu élue cinéaste réalisatrice réalisateur députée député maire porte-parole procureur procureure juge avocat avocate présidente directeur directrice capitaine autrice romancière romancier sénateur sénatrice alcalde alcaldesa ministra ministro portavoz funcionario funcionaria regidor regidora directora entrenadora presidenta jueza juez fiscal diputado diputada autora autor cineasta premier sindaco sindaca portavoce procuratore regista autarca prefeito prefeita porta-voz governante realizador realizadora capitán capitana capitano capitão treinadora diretora diretor deputado deputada juiz juíza kanzlerin kanzler ministerin sprecher sprecherin trainerin bürgermeister bürgermeisterin präsidentin burgemeester woordvoerder woordvoerster voorzitter' +
    // Players, writers and artists, as sports and culture pages refer back to them.
    ' tecnico dt delegado delegada ufficiale jugador jugadora futbolista delantero delantera centrocampista portero guardameta escritor escritora cantante artista giocatore giocatrice attaccante centrocampista portiere scrittore scrittrice joueur joueuse attaquant attaquante gardien sélectionneur sélectionneuse écrivain écrivaine chanteur chanteuse artiste comédien comédienne jogador jogadora atacante goleiro cantor cantora escritora spieler spielerin stürmer stürmerin torhüter schriftsteller schriftstellerin sängerin sänger abogado abogada avvocato avvocata legale difensore advogado advogada anwalt anwältin giudice magistrado magistrada magistrat' +
    // Dutch roles after "de", and Scandinavian ones whose article is their ending ("säger
    // tränaren", "sa ministern").
    ' oefenmeester bondscoach trainer-coach middenvelder aanvaller verdediger keeper doelman spits wethouder rechter advocaat politicus bewindsman bewindsvrouw topman topvrouw directeur onderzoeker hoogleraar' +
    ' tränaren förbundskaptenen ministern statsministern åklagaren domaren ordföranden talespersonen presschefen forskaren läkaren författaren regissören kaptenen politikern' +
    // Winners and councillors; farmers, shopkeepers and owners of local news ("lamentó este
    // agricultor de 58 años").
    ' vainqueur vainqueure gagnant gagnante vencedor vencedora ganador ganadora vincitore vincitrice winner champion championne campeão campeã campeón campeona campione campionessa corredor corredora ciclista consejero consejera conseiller conseillère consigliere consigliera conselheiro conselheira farmer agricultor agricultora agriculteur agricultrice landwirt landwirtin agricoltore agricoltrice ganadero ganadera éleveur éleveuse commerçant commerçante comerciante commerciante negoziante propietario propietaria propriétaire proprietario proprietaria'
  ).split(' '),
);

/** Nouns for an organisation, which after "the" refer back to the one the text named. */
export const ORG_NOUNS = new Set(
  (
    'company agency firm group ministry department directorate board bank council airline carrier university hospital union organisation organization government administration commission regulator automaker carmaker retailer maker charity foundation institute network broadcaster trust authority committee association federation league studio label publisher developer startup insurer lender utility operator manufacturer chain brokerage distributor supermarket' +
    // … of other languages, as they follow "the" (Swedish with the article as their ending).
    ' entreprise société groupe constructeur ministère agence syndicat compagnie banque mairie préfecture fédération institut' +
    ' empresa compañía aerolínea grupo ministerio agencia sindicato banco ayuntamiento federación instituto constructora' +
    ' azienda società gruppo ministero agenzia sindacato compagnia banca comune federazione istituto' +
    ' companhia ministério agência banco prefeitura federação instituto' +
    ' unternehmen konzern firma ministerium behörde gewerkschaft verband bank institut' +
    ' bedrijf concern ministerie instituut vakbond gemeente bank organisatie' +
    ' företaget bolaget koncernen myndigheten institutet förbundet verket banken kommunen regeringen juryn polisen styrelsen domstolen klubben skolan sjukhuset ledningen'
  ).split(' '),
);

/** Nouns for a person, which after "a"/"one" introduce someone the text does not name. */
export const PERSON_NOUNS = new Set([
  ...ROLE_NOUNS,
  // (Members of a parliament: "one TD shouting", "an MP said".)
  ...['MP', 'TD', 'MEP', 'MSP', 'MLA', 'MPP'],
  ...'man woman mother father parent evacuee homeowner shopkeeper caller volunteer shopper commuter passenger driver bystander spectator visitor tourist villager farmer pensioner onlooker voter survivor son daughter girl boy teen teenager student friend neighbour neighbor resident user customer worker employee source member fan nurse patient owner vizinha vizinho vecina vecino voisine voisin vicina vicino moradora morador habitante residente testemunha testigo témoin testimone'.split(
    ' ',
  ),
  // A man, a woman, a patient in the Romance languages: "una paciente de 78 años".
  ...'mujer hombre anciana anciano paciente donna uomo anziana anziano paziente femme homme mulher homem idosa idoso'.split(
    ' ',
  ),
  // Relatives in other languages: "disse a irmã dela, Patrícia Prado", "dijo su hermana, …".
  ...'nieta nieto nipote neta neto irmã irmão mãe pai filho filha esposa marido hermana hermano madre padre hijo hija sorella fratello figlio figlia moglie marito sœur frère mère père fils fille épouse mari schwester bruder mutter vater sohn tochter zus broer moeder vader zoon dochter siostra brat matka ojciec syn córka żona mąż sestra bratr otec dcera manželka manžel сестра брат мать отец сын дочь жена муж'.split(
    ' ',
  ),
]);

/**
 * What may open a sentence before its subject: a conjunction or sentence adverb ("But", "Then"),
 * a short time or place phrase and its comma ("On Monday,", "In a statement,"), or both.
 */
export const OPENING =
  /^\s*(?:(?:but|and|yet|so|however|meanwhile|still|also|then|now|later|earlier|today|yesterday)\b,?\s+)?(?:(?:on|in|at|after|before|during|since|following|last|dans|lors|après|avant|pendant|en|tras|durante|después|nel|nella|nei|nelle|dopo|durante|em|no|na|nos|nas|após|im|am|beim|nach|während|bij|tijdens|na|op|w|we|po|podczas|v|ve|při|po|в|во|на|после|i|på|efter|under)\s[^,.;:!?]{1,40},\s+)?/i;
