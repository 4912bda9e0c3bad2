import { ALL_CAPS, STARTS_LOWER, STARTS_UPPER, rx } from './letters.ts';
/** Person names and their roles: "White House chief of staff Mick Mulvaney" → name + role. */

// A capitalised word, an initial ("P."), or a name particle between capitalised words.
// The letters after the capital as an alternation of the three classes, not one class of their
// union: the same characters, but V8 builds a union of Unicode properties anew for every regex
// that embeds NAME (a dozen), which cost about a millisecond each on a page's first extraction.
const CAP = "\\p{Lu}(?:\\.|(?:\\p{Ll}|\\p{Lu}|\\p{M}|['’\\-])*)";
// ("zu" as in "zu Guttenberg", not in German phrases: "von Dennis Hohlfeld zu Boden gebracht".)
const PARTICLE =
  '(?:de|da|do|dos|das|du|van|von|der|den|del|della|di|la|le|bin|ibn|al|y|ter|ten|el|zu(?![^\\S\\n]+(?:Boden|Hause|Beginn|Ende|Fuß|Gast|Wort|Tode|Recht|Gunsten|Lasten|Ehren|Hilfe|Protokoll|Gesicht|Fall|Stande|Grunde)(?![a-zäöüß])))';
const PARTICLE_RE = new RegExp(`^${PARTICLE}$`);
// The same capitalised, as many surnames spell them ("Kevin De Bruyne", "Cathal Ó Riain").
const CAPITAL_PARTICLE = /^(?:De|Da|Di|Du|Van|Von|Der|Den|Del|Della|Ter|Ó|Ní|Nic|Mac|Ua)$/;
/**
 * Whether a run is a given name, then particles, then the surname they open ("Kevin De Bruyne",
 * "Ana de la Cruz", "Cathal Ó Riain"): one person, however many words.
 */
const particleSurname = (words: readonly string[], start: number, end: number): boolean =>
  end - start >= 3 &&
  words.slice(start + 1, end - 1).every((w) => PARTICLE_RE.test(w) || isCapitalParticle(w));
/** A capitalised particle inside a name ("De", "Van", "Ó"). */
export const isCapitalParticle = (word: string): boolean => CAPITAL_PARTICLE.test(word);
/** A lower-case particle inside a name ("van", "de", "bin"). */
export const isNameParticle = (word: string): boolean => PARTICLE_RE.test(word);
// A particle opening a name, capitalised at a sentence start ("De Miranda").
const PARTICLE_FIRST = new RegExp(`^${PARTICLE} `, 'i');
// Spaces but never a line break: a heading's last word and the next paragraph's first are not a name.
// (Up to two particles between words: "Ursula von der Leyen", "Jan van der Berg".)
export const NAME = `${CAP}(?:[^\\S\\n]+(?:${PARTICLE}[^\\S\\n]+){0,2}${CAP}){0,6}`;

// Titles other languages capitalise at a sentence's start, before the name. These languages put
// an office's name between title and person in the genitive, with no "of" and capitalised
// ("Primátor Brna Martin Kratochvíl", "prezes Narodowego Banku Polskiego Marek Jabłoński").
const OTHER_TITLES =
  'Wiceburmistrz Wicewojewoda Wicemarszałek Wiceprezydent Wiceprezes Kouč Koučka Poseł Posłanka Prezydent Rzecznik Rzeczniczka Prezes Dyrektor Przewodniczący Przewodnicząca Wiceprzewodniczący Wiceprzewodnicząca Szkoleniowiec Szkoleniowczyni Kapitán Místostarosta Místostarostka Burmistrz Wojewoda Ministr Ministryně Premiér Prezident Mluvčí Režisér Režisérka Primátor Primátorka Hejtman Hejtmanka Starosta Starostka Trenér Ředitel Ředitelka Předseda Předsedkyně Burgemeester Wethouder Schepen Gedeputeerde Voorzitter Partiledare Министр Губернатор Мэр Президент Премьер Председатель Директор Депутат Глава';
// (Polish, Czech and Russian occupations take the genitive too: "trener Stali Grzegorz Pawlak".)
const SLAVIC_OCCUPATIONS =
  'Kapitan Капитан Trener Trenerka Analityk Analityczka Prokurator Prokuratorka Reżyser Reżyserka Komendant Szef Szefowa Prezeska Trenér Analytik Analytička Velitel Šéf Šéfová Náměstek Náměstkyně Místopředseda Тренер Аналитик Прокурор Руководитель Представитель Пресс-секретарь Командир Режиссер Режиссёр Исполнитель Исполнительница';
const GENITIVE_OFFICE_TITLES = new Set([
  ...OTHER_TITLES.split(' '),
  ...SLAVIC_OCCUPATIONS.split(' '),
]);

/** A title after which Polish, Czech and Russian put an office's name in the genitive. */
export const isGenitiveTitle = (word: string): boolean =>
  GENITIVE_OFFICE_TITLES.has(word.charAt(0).toUpperCase() + word.slice(1));
// Occupations news writes before a name, capitalised at a sentence's start ("Ekonomista Piotr
// Zając twierdzi", "Útočník Lukáš Dvořák řekl", "Экономист Иван Петров считает"). Not words that
// are also surnames (Richter, Forscher, Advocaat, Marszałek): a title alone names no one, and a
// lone "Richter" is the painter.
const OCCUPATIONS =
  'Polityk Polityczka Politik Politička Politiker Politikerin Politicus Politikern Политик Historyk Historyczka Ekonomista Ekonomistka Analityk Analityczka Ekspert Ekspertka Prokurator Prokuratorka Sędzia Adwokat Adwokatka Trener Trenerka Piłkarz Piłkarka Napastnik Bramkarz Reżyser Reżyserka Pisarz Pisarka Aktor Aktorka Profesorka Naukowiec Lekarz Lekarka Wicepremier Wiceminister Senatorka Radny Radna Szef Szefowa Prezeska Komendant Recenzent Recenzentka Krytyk Krytyczka ' +
  'Farář Farářka Obhájce Obhájkyně Poslanec Poslankyně Europoslanec Radní Zastupitel Zastupitelka Ekonom Ekonomka Analytik Analytička Expertka Žalobce Žalobkyně Soudce Soudkyně Advokát Advokátka Útočník Útočnice Brankář Záložník Spisovatel Spisovatelka Herec Herečka Vědec Vědkyně Lékař Lékařka Senátor Senátorka Místopředseda Náměstek Náměstkyně Šéf Šéfová Velitel ' +
  'Wójt Sołtys Włoch Włoszka Niemka Francuz Francuzka Hiszpan Hiszpanka Holenderka Szwed Szwedka Słoweniec Słowenka Czech Czeszka Norweg Norweżka Ukrainiec Ukrainka Słowak Słowaczka Chorwat Chorwatka Anglik Angielka Amerykanin Amerykanka Brazylijczyk Rosjanin Rosjanka Ital Italka Němec Němka Francouz Francouzka Španěl Španělka Slovák Slovenka Američan Američanka ' +
  'Invaller Sterrenkundige Astronoom Eigenaar Eigenares Bestuurder Bestuurster Oprichter Oprichtster Curator Bioloog Klimatoloog Econome Wetenschapper Ondernemer Hoofdtrainer Bondscoach Ploegleider Kapitein Docent Lerares Leraar Verpleegkundige ' +
  'Kapitan Kapitanka Обозреватель Корреспондент Колумнист Критик Пенсионерка Пенсионер Продавщица Жительница Наставник Наставница Климатолог Эколог Политолог Социолог Историк Юрист Инженер Учитель Учительница Владелец Владелица Основатель Основательница Исследователь Исследовательница Геолог Биолог Физик Химик Журналист Журналистка Блогер Художник Художница Архитектор Форвард Хавбек ' +
  'Econoom Analist Aanklager Aanvoerder Doelman Regisseur Schrijver Schrijfster Acteur Actrice Hoogleraar Onderzoeker Onderzoekster Huisarts Staatssecretaris Kamerlid Woordvoerder Woordvoerster Directeur Topman Topvrouw ' +
  'Sångerskan Sångaren Skådespelaren Musikern Tränaren Åklagaren Domaren Läkaren Forskaren Författaren Regissören Ministern Kaptenen Talespersonen Ordföranden Presschefen Förbundskaptenen Statsminister Finansminister Justitieminister Utrikesminister Socialminister Åklagaren Åklagare Kammaråklagare Chefsåklagare Förbundskapten Tränare Forskare Läkare Presschef Ordförande Talesperson Kommunalråd Riksdagsledamot Partisekreterare Analytiker ' +
  'Joker Chef Chefin Enkel Enkelin Kapitän Kapitänin Intendant Intendantin Kämmerer Kämmerin Sportvorstand Sportdirektor Mitarbeiter Mitarbeiterin Neffe Nichte Verteidiger Verteidigerin Ökonom Ökonomin Analyst Analystin Experte Expertin Staatsanwalt Staatsanwältin Richterin Anwalt Anwältin Trainerin Stürmer Torwart Regisseurin Autorin Schriftsteller Schriftstellerin Schauspieler Schauspielerin Professorin Forscherin Ärztin Abgeordnete Abgeordneter Bürgermeister Bürgermeisterin Landrat Landrätin Geschäftsführer Geschäftsführerin Direktor Direktorin Vorsitzende Vorsitzender Sprecher Sprecherin Torhüter Torhüterin Spieler Spielerin Stürmerin ' +
  'Полузащитник Защитник Экономист Аналитик Эксперт Прокурор Судья Адвокат Тренер Нападающий Вратарь Режиссер Режиссёр Писатель Писательница Актер Актёр Актриса Профессор Ученый Учёный Врач Сенатор Вице-премьер Замминистра Руководитель Спикер Посол Представитель Пресс-секретарь Командир';
// Nationalities that French, German and Dutch write as capitalised nouns before a name ("le
// Néerlandais Joost van Dael", "der Schweizer Marco Odermatt", "de Belg Remco Evenepoel"). Not
// those that are also given names or common surnames (Noor, Deen, Rus), nor English adjectives
// (German "Chinese": "Chinese CDC").
const DEMONYMS =
  'Néerlandais Néerlandaise Français Française Anglais Anglaise Irlandais Irlandaise Écossais Écossaise Gallois Galloise Portugais Portugaise Japonais Japonaise Danois Danoise Suédois Suédoise Finlandais Finlandaise Chinois Chinoise Québécois Québécoise Polonais Polonaise Hongrois Hongroise Sénégalais Sénégalaise Congolais Congolaise Camerounais Camerounaise Libanais Libanaise Néo-Zélandais Néo-Zélandaise Belge Suisse Russe Britannique Slovène Croate Serbe Tchèque Slovaque Bulgare Allemand Allemande Italien Italienne Espagnol Espagnole Américain Américaine Canadien Canadienne Australien Australienne Colombien Colombienne Brésilien Brésilienne Norvégien Norvégienne Autrichien Autrichienne Marocain Marocaine Algérien Algérienne Tunisien Tunisienne Ivoirien Ivoirienne Mexicain Mexicaine Kényan Kényane Éthiopien Éthiopienne Ukrainien Ukrainienne Roumain Roumaine Israélien Israélienne Iranien Iranienne Chilien Chilienne Coréen Coréenne Sud-Africain Sud-Africaine ' +
  // (And people of a region or a city, as French sports and local pages write them: "le Vaudois
  // Mathieu Rochat". Not those that are surnames or names of a paper or a club: Breton,
  // Lombard, Flamand, Le Parisien, Olympique Lyonnais.)
  'Vaudois Vaudoise Genevois Genevoise Valaisan Valaisanne Fribourgeois Fribourgeoise Neuchâtelois Neuchâteloise Jurassien Jurassienne Bernois Bernoise Zurichois Zurichoise Tessinois Tessinoise Bâlois Bâloise Lucernois Lucernoise Alsacien Alsacienne Savoyard Savoyarde Bordelais Bordelaise Toulousain Toulousaine Lillois Lilloise Niçois Niçoise Stéphanois Stéphanoise Bruxellois Bruxelloise Liégeois Liégeoise Montréalais Montréalaise Réunionnais Réunionnaise Martiniquais Martiniquaise Guadeloupéen Guadeloupéenne Bavarois Bavaroise Sicilien Sicilienne ' +
  'Niederländer Niederländerin Franzose Französin Engländer Engländerin Schweizer Schweizerin Österreicher Österreicherin Italiener Italienerin Spanier Spanierin Amerikaner Amerikanerin Norweger Norwegerin Schwede Schwedin Däne Dänin Belgier Belgierin Brasilianer Brasilianerin Argentinier Argentinierin Kenianer Kenianerin Japaner Japanerin Chinesin Russe Russin Tscheche Tschechin Kroate Kroatin Slowene Slowenin Brite Britin Schotte Schottin Kanadier Kanadierin Australier Australierin Ukrainer Ukrainerin Portugiese Portugiesin Finne Finnin Isländer Isländerin Luxemburger Luxemburgerin ' +
  'Fransman Belg Duitser Engelsman Italiaan Spanjaard Zweed Amerikaan Oekraïner Marokkaan Braziliaan Argentijn Japanner Keniaan Zwitser Oostenrijker';
/** Titles that precede a name and belong to the role, not the name. */
const TITLES = new Set(
  (
    'Me Maître Moderator Paní Pani Obžalovaný Obžalovaná Obviněný Obviněná Oskarżony Oskarżona Подсудимый Обвиняемый Captain President Prime Minister Secretary Senator Sen. Rep. Representative Gov. Governor Mayor Judge Justice General Gen. Col. Capt. Lt. Sgt. Maj. Adm. Hon. Det. Supt. Cpl. Const. Insp. Pte. Pvt. Cmdr. Cdr. Atty. Amb. Brig. Coach Chancellor Chairman Chairwoman Director Commissioner Chief Officer Detective Dr. Dr Prof. Professor Mr. Mrs. Ms. Mr Mrs Ms Sir Dame Lord Lady King Queen Prince Princess Pope Bishop Father Rev. Revd Rt Monsignor Archdeacon Chaplain Commander Lieutenant Colonel Corporal Admiral CEO Speaker Attorney Deputy Vice Ambassador Minister Inspector Sheriff Superintendent Premier Trainer Präsident Kanzler Bundeskanzler Ministerpräsident Président Ministre Presidente Councilman Councilwoman Councilmember Councilperson Assemblymember Councillor Councilor Cllr Cr Garda Advocate Pandit Ustad Shri Smt. Smt Sri Mme Mlle Alderman Alderwoman Assemblyman Assemblywoman Congressman Congresswoman Supervisor Trustee Magistrate Dre Madam Madame Coun. Treasurer Taoiseach Tánaiste Secretary-General Director-General Governor-General Attorney-General Solicitor-General Auditor-General Surgeon-General' +
    ' ' +
    OTHER_TITLES +
    ' ' +
    OCCUPATIONS +
    ' ' +
    DEMONYMS
  ).split(' '),
);
// Capitalised job titles ("UX Designer Miche Alvarez", "Product Manager Sophia Siao"): like TITLES,
// the last one in a run and the words before it are the role. Occupations that are common surnames
// or given names (Baker, Cook, Porter, Taylor) are not listed. Only a word before the run's last
// is ever cut at, so "Edith Head", "Rustom Engineer" or "Isaac Bashevis Singer" keeps a surname.
// ("Tem" is the last word of "President Pro Tem".)
const JOB_TITLES = new Set(
  'Novelist Creator Owner Commandant Co-owner Sprinter Actress Actor Author Writer Teacher Runner Swimmer Skier Boxer Golfer Striker Defender Midfielder Goalkeeper Quarterback Rapper Publisher Organizer Organiser Investor Survivor Volunteer Lawyer Drummer Sculptor Photographer Filmmaker Comedian Musician Historian Veteran Student Nurse Designer Manager Engineer Lead Editor Scientist Researcher Analyst Architect Founder Co-Founder Co-founder Cofounder Developer Programmer Strategist Economist Consultant Producer Correspondent Reporter Columnist Spokesperson Spokesman Spokeswoman Executive Administrator Coordinator Specialist Advisor Adviser Curator Partner Fellow Psychologist Therapist Dietitian Nutritionist Physician Surgeon Homeowner Pensioner Substitute Resident Neighbour Neighbor Witness Shopkeeper Landlord Landlady Motorist Passenger Commuter Grandmother Grandfather Widow Widower Victim Defendant Plaintiff Claimant Petitioner Barrister Solicitor Accountant Pharmacist Dentist Winger Jockey Cyclist Rower Supporter Entrepreneur Activist Campaigner Protester Shopper Voter Tenant Retiree Graduate Pupil Apprentice Newcomer Rookie Youngster Teenager Lektor Lektorin Leader Prosecutor Backbencher Frontbencher Distributor Principal Headteacher Headmaster Headmistress Pastor Rabbi Imam Reverend Vicar Archbishop Cardinal Constable Trooper Firefighter Paramedic Midwife Lecturer Forecaster Meteorologist Clerk Registrar Coroner Agent Sergeant Selector Parent Operator Librarian Senior Junior Sophomore Freshman Singer Sister Brother Tem Farmer Playwright Elder Regular Grazier Fisherman Publican Opener Pacer Batter Batsman Bowler Skipper Wicketkeeper Reader Viewer Listener Caller Subscriber Spectator Onlooker Bystander Visitor Tourist Traveller Traveler Diner Customer Patient'.split(
    ' ',
  ),
);
// Numbers, parts of a document and imperatives open sentences ("Six products …", "Section 4:",
// "See Moonlight review") and name no one.
const NOT_PEOPLE =
  'Six Seven Eight Nine Ten Eleven Twelve Twenty Thirty Forty Fifty Hundred Hundreds Thousand Thousands Million Millions Millionen Milliarden Tausende Hunderte Dozens First Second Third ' +
  'Section Figure Fig. Table Chapter Appendix Part Volume Vol. Paragraph Exhibit Footnote Introduction Conclusion Abstract Summary Step ' +
  'See Click Visit Read Watch Listen Follow Join Contact Check Subscribe Download Please Note Imagine Consider Learn Discover Explore Enter Meet ' +
  'Outside Inside Elsewhere Nearby Afterwards Overall Separately Отдельно Позже Ранее Затем Напомним ' +
  'Finally Actually Usually Clearly Sadly Really Surely Mostly Merely Likely Nearly Rarely Simply Truly Partly Lately Briefly Openly ' +
  "I’d I'd I’ll I'll I’ve I've I’m I'm We’ve We've We’re We're We’ll We'll We’d We'd They’ve They've They’re They're They’ll They'll They’d They'd You’ve You've You’re You're You’ll You'll " +
  // An obituary's header: "Col Bramwell, guitarist. Born Mirrabook, Victoria, 1951; died …".
  'Born Died ' +
  // Function words other languages capitalise at a sentence's start ("Jak dodał", "Sám Dvořák
  // řekl"). Not those that are also names somewhere (Han, Lei, Lui, Per, Sam, Con, Na, Po).
  'Jak Jako Jednak Ale Także Również Według Zdaniem Podczas Ponadto Natomiast Dlatego Tymczasem Jego Jej Ich Oni Ona Sama Samo Wtedy Teraz Dziś Wczoraj Wspomniany Wspomniana Pytany Pytana ' +
  'Však Také Rovněž Podle Sám Během Proto Mezitím Její Jejich Dnes Včera Nyní Když Pokud Zmíněný Zmíněná ' +
  'Het Een Deze Dit Hij Zij Wij Maar Ook Tijdens Zelf Toen Vandaag Gisteren Daarom Intussen Wel Toch Echter Bovendien Daarnaast Verder Dus Immers ' +
  'En Det Ett Hon Och Även Enligt Efter Före Själv Idag Igår Därför Samtidigt Också När Sedan Dessutom Där Här Då Nu Så Bara Redan Inte ' +
  'Auch Doch Ob Sein Mein Meine Unser Unsere Seiner Seinem Seinen Ihrer Ihrem Ihren Meiner Meinem Meinen Unserer Unserem Unseren Nach Vor Bei Mit Für Aus Gegen Ohne Durch Seit Trotz Wegen Beim Vom Zum Zur Im Ins Den Dem Anfang Mitte Ende Während Selbst Wir Ihr Ihre Seine Diese Dieser Heute Gestern Jetzt Zudem Außerdem Dennoch Trotzdem Deshalb Allerdings Jedoch Zuvor Damals Wenn Obwohl Nachdem Bevor Sobald Seitdem Damit Dass Daß Wie Wo Denn Dann Schon Noch Nun Bereits Erst Zwar Januar Jänner Februar März Juni Juli Oktober Dezember ' +
  'Он Она Они Но Также После Перед Сам Сама Сегодня Вчера Однако Кроме Как Это Этот Эта При По Для Из От ' +
  'Anche Dopo Però Tuttavia Inoltre Oggi Ieri Quando Mentre Questo Questa Così ' +
  'También Tras Para Sin Sobre Él Hoy Ayer Cuando Mientras Además Embora Também Após Hoje Ontem Ainda Quando Consultado Consultada Consultato Consultata Procurado Procurada Procurados Contactado Contactada Contatado Contatada Ouvido Ouvida ' +
  'Aussi Pour Après Avec Hier Quand Pendant Cependant Ainsi Alors Puis Ensuite Enfin';
/** Words that open a subject naming a source the paper does not name ("Fonte do comando"). */
export const ANONYMOUS_SOURCES: ReadonlySet<string> = new Set(['Источник', 'Собеседник', 'Fonte']);

// Words that are capitalised but are not names (sentence starters, days, months, pronouns).
const NOT_NAME = new Set([
  ...ANONYMOUS_SOURCES,
  ...`Um Uma The A An This That These Those It He She They We I You His Her Their Our But And Or So If When While After Before In On At As For With From By To Of My Your Its Not No Yes Also Then There Here What Who Why How During According Selon Según Secondo Segundo Laut Volgens Podle Dessen Deren Bij Tijdens Namens Als Am Beim Zum Zur Vom Bei Mit Für Auf Aus Seit Über Wegen Trotz Gegen Ohne Durch Bis Met Voor Door Uit Onder Tegen Zonder Vanwege Naast Sinds Questionado Questionada Perguntado Perguntada Preguntado Preguntada Interrogé Interrogée Interpellato Interpellata Interrogato Interrogata Gefragt Zapytany Zapytana Dotázán Dotázána Sohn Tochter Mutter Vater Bruder Schwester Witwe Witwer Angeklagte Angeklagter Opfer Zeuge Zeugin Dle Zdaniem Według Enligt Ifølge Zufolge Conforme Nach Angaben Ansicht Despite Although However Meanwhile Still Yet Since Because Until Unless Last Next Earlier Later Now Today Yesterday Tomorrow Some Many Most All Both Each Every Other Another Such One Two Three Four Five Several Like Unlike Even Just Only Once Under Over Among Between Within Without Against Across Through Throughout Into Upon About Above Below Beyond Around Amid Following Including Regarding Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Dans Pour Avec Après Avant Depuis Pendant Sans Chez Sur Sous Entre Vers Contre Parmi Para Con Tras Desde Durante Sin Sobre Hacia Ante Nel Nella Nei Nelle Dopo Prima Senza Dal Dalla Sul Sulla Após Depois Sem Le La Les Il Elle Der Die Das Er Sie Es El Ella O A Os As Ele Ela Lo Gli Uno Una Un Une Ein Eine Einer Einem Einen Eines Y E Et Und Pero Mas Ma Aber Mais Luego Elected Appointed Raised Educated Trained Nieoficjalnie Oficjalnie В Во На С Со К Ко По Из За От До Для При Без Под Над После Перед Через Przez Podczas Zugleich Dann Danach Später Außerdem Zudem Dennoch Trotzdem Allerdings Jedoch Zuvor Anschließend Inzwischen Pourtant Después Además Entonces También Poi Inoltre Intanto Infine Tuttavia Però Então Daarna Bovendien Echter Sedan Dessutom Därefter Potem Następnie Jednak Również Potom Zároveň Navíc Alla Alle Allo Agli Dagli Dalle Dallo Negli Nello Sugli Sullo Sulle Coi Vid Från Hos Utan Inom Genom Bland Kring Trots För Naar Tussen Achter Langs Binnen Buiten Hinter Neben Zwischen Unter Innerhalb Außerhalb Degli Sotto Presso Verso Entro Pelo Pela Pelos Pelas Sob Perante Até Num Numa Przy Przed Dla Bez Pod Nad Od Latem Zimą Wiosną Jesienią Jeden Jedna Jedno Mezi Před Při Между Около PhD Ph.D. MD M.D. MBA RN Esq. CPA ${NOT_PEOPLE}`.split(
    ' ',
  ),
]);

// Not "one": "a valid point, and one Bielefeld acknowledges" is a pronoun before a name.
const INDEFINITE = new Set('a an ein eine einer einem einen eines un une una um uma'.split(' '));
// German and Dutch definite articles: "Die Jury lobte" (German capitalises every noun). Not
// "the" ("the Times said" names an outlet), nor "de" and "des", which are also "of".
const NOUN_ARTICLES = new Set('der die das den dem het'.split(' '));

const CLAUSE_OPENERS = new Set(
  'que qui che dass wie als où donde onde quando cuando quand'.split(' '),
);
/** Whether lower-case words, numbers and "Jahre" lead back from a word to "ein", "un", "uma". */
function indefiniteBefore(words: readonly string[], start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 5; k--) {
    const w = words[k]!;
    // (Not English "a": "a little bit crazy, Okonjo said" puts the name after a clause.)
    if (INDEFINITE.has(w.toLowerCase()) && !/^an?$/i.test(w)) return k < start - 1;
    if (!/^\d+$/.test(w) && w !== 'Jahre' && !STARTS_LOWER.re.test(w)) return false;
    // ("Un match que Bouscatel qualifie": a clause of its own since.)
    if (CLAUSE_OPENERS.has(w)) return false;
  }
  return false;
}

const GIVEN_MONTHS = new Set(['April', 'May', 'June']);
const LOWER_ARTICLES = new Set('la le il lo el het der die das'.split(' '));
/** An Italian preposition elided before its article's noun: "Nell’ordinanza", "Dall’inizio". */
export const ELIDED_PREPOSITION = String.raw`(?:Nell|Dell|All|Dall|Sull|Coll)[’']\p{L}`;
const ELIDED_PREPOSITION_WORD = rx(`^${ELIDED_PREPOSITION}`, 'u');

/** A capitalised word that opens sentences or phrases but names no one ("But", "The", "Monday"). */
export const isSentenceWord = (word: string): boolean => NOT_NAME.has(word);

const ORG_WORDS = new Set(
  'Chamber Alliance Coalition Campaign Network Forum Prosecution Department Office Ministry Party House Council Authority Agency Police Commission Court University Company Inc Corp Group Committee Association Institute Bureau Service Board Union Administration Government Army Force Team Club Foundation Center Centre News Times Post College Academy Society Federation Directorate Trust'.split(
    ' ',
  ),
);
// The last words of companies' names ("Lumora Inc.", "Northgate Pharmaceuticals").
const COMPANY_WORDS = new Set(
  'Ltd LLC Co PLC plc AG SA GmbH Pharmaceuticals Motors Airlines Airways Lines Systems Technologies Industries Holdings Partners Energy Bank Insurance Media Labs Networks Foods Brands Capital Records Entertainment Studios Games Ventures Securities Investments'.split(
    ' ',
  ),
);
const CORPORATE = new Set(['Company', 'Inc', 'Corp', 'Group']);
const COMPANY_NOUNS = new Set(
  'company firm maker automaker carmaker retailer startup lender insurer manufacturer chain airline carrier studio label publisher developer group'.split(
    ' ',
  ),
);
/**
 * A name ending in an organisation word ("Tax Preparation Service"), or with one before "of" or
 * "for" ("United States Department of Agriculture"): never "he" or "she".
 */
export function isOrganisation(name: string): boolean {
  if (ORG_WORDS.has(name.slice(name.lastIndexOf(' ') + 1))) return true;
  const of = OF_OR_FOR.exec(name);
  return (
    of !== null && ORG_WORDS.has(name.slice(name.lastIndexOf(' ', of.index - 1) + 1, of.index))
  );
}
const OF_OR_FOR = / (?:of|for) /;

const OF_TAIL = rx(
  String.raw`^(.*\p{Lu}[\p{L}\p{M}'’.-]*)\s+(of|for)\s+((?:the\s+)?\p{Lu}[\p{L}\p{M}.&-]*(?:\s+\p{Lu}[\p{L}\p{M}.&-]*)*)$`,
  'u',
);
const FIRM = rx(`(?:^|\\s)(${CAP}(?:\\s+${CAP})*\\s+&\\s+${CAP}(?:\\s+${CAP})*)$`, 'u');
const CIVIC = new Set('City Town County Borough Village Municipality District'.split(' '));
// Bodies named by what they are of: "the Bank of England", "the Reserve Bank of Australia", "the
// Church of Scotland".
const OF_BODIES = new Set(['Bank', 'Church', 'Diocese', 'Archdiocese', 'Guild']);
// Generational suffixes are part of a name but not its surname ("James P. Kennedy Jr.").
const SUFFIX = /\s+(?:Jr|Sr|II|III|IV)\.?$/;

// Prepositions whose object may stand just before a name ("ambassador to Britain Liu Xiaming",
// "napsal na Twitteru Jan Novák", "заявил глава региона на совещании в Екатеринбурге"). Name
// particles (de, von, van, da) are not listed, nor "i" and "a", which also join or open names.
const PREPOSITION =
  /^(?:to|of|for|from|in|at|with|by|on|into|na|v|ve|z|ze|od|po|pro|při|u|k|ke|s|se|w|we|przy|dla|в|во|на|из|с|со|к|ко|у|от|до|при|по|под|над|за|en|dans|sur|à|au|aux|chez|auf|aus|nach|für|über|vom|zum|beim|im|am|bei|mit|zu|em|no|para|com|por|con|su|per|nel|nella|op|bij|met|uit|naar|tijdens|na|efter|på|från|vid|hos)$/i;

const ARTICLE_AFTER_PREPOSITION =
  /^(?:el|la|los|las|le|les|il|lo|gli|o|a|os|as|der|die|das|dem|den|het)$/;
// "of" in Italian, Spanish, Portuguese and French, before an office's name.
const OF_OTHER = /^(?:del|della|dello|dei|degli|delle|de|di|da|do|dos|das|du|des)$/;
// A German compound naming a job ("Betriebsratschef", "Verkehrsstadtrat", "Vorstandschefin"):
// German writes it capitalised before the name, where English writes a lower-case title.
const GERMAN_ROLE = rx(
  String.raw`^\p{Lu}\p{Ll}{3,}(?:chef|chefin|meister|meisterin|rat|rätin|sprecher|sprecherin|minister|ministerin|präsident|präsidentin|leiter|leiterin|direktor|direktorin|vorsitzende|vorsitzender|kanzler|kanzlerin|trainer|trainerin|politiker|politikerin|experte|expertin|sekretär|sekretärin|kommissar|kommissarin|beauftragte|beauftragter|anwalt|anwältin|forscher|forscherin)$`,
  'u',
);

// Role nouns of German, Dutch and Swedish by their last part, capitalised before a name at a
// sentence's start (Grünen-Fraktionschefin, Festivaldirecteur, Horecaondernemer, Weerman,
// Oppositionsrådet), with a hyphenated or a compound first part.
const ROLE_COMPOUND = rx(
  String.raw`^\p{Lu}[\p{L}-]{2,}?(?:chef|chefin|leiter|leiterin|sprecher|sprecherin|direktor|direktorin|politiker|politikerin|verteidiger|verteidigerin|verdediger|coach|meteorologe|meteorologin|experte|expertin|forscher|forscherin|wissenschaftler|wissenschaftlerin|trainer|trainerin|spieler|spielerin|hüter|hüterin|stürmer|stürmerin|richter|richterin|anwalt|anwältin|minister|ministerin|präsident|präsidentin|vorsitzende|vorsitzender|abgeordnete|abgeordneter|directeur|directrice|ondernemer|voorzitter|woordvoerder|woordvoerster|wethouder|velder|leider|leidster|loog|loge|login|man|vrouw|deskundige|rådet|chefen|ledaren|ansvarige|ordföranden|ledamoten|schütze|schützin|intendant|intendantin|hauptmann|hauptfrau|bestuurder|bestuurster|analyst|analystin|kundige|kenner|kennerin|kamerlid|raadslid|statenlid|kundin|kunde|wirt|wirtin|bäuerin|bauer|kollegin|kollege|nachbarin|nachbar|houder|kapten|kaptenen|tränare|tränaren|vize|vizechef|vizechefin|ikern|student|studentin|commandant)$`,
  // (Case-blind for the part after a hyphen: "CSU-Politiker".)
  'iu',
);

const QUOTE_MARK = /[«»“”„"]/;
// A full stop after a word of three letters or more ends a sentence, not an abbreviation.
const STOP_AFTER_WORD = rx(String.raw`(?<=\p{Ll}{3})\.$`, 'u');
// Roles that are also surnames (see OCCUPATIONS): a role only before a given name and a surname.
const SURNAME_ROLES = new Set('Richter Forscher Advocaat Marszałek'.split(' '));

const AGENT_ENDING = rx(
  String.raw`^\p{Lu}\p{Ll}{2,}(?:erin|orin|istin|eurin|außen|aussen|aren|arien|ören|czyk|czanin|letý|letá|letni|letnia|летний|летняя)$|^\p{Lu}\p{Ll}{4,}are$`,
  'u',
);
const DEFINITE_AGENT = rx(String.raw`^\p{Lu}\p{Ll}{3,}(?:ören|aren)$`, 'u');
// Given names with those endings.
const GIVEN_AS_AGENT = new Set(['Christin']);
// Words that say what kind of organisation the name after them is ("Spółka Termofix").
const ORG_KIND_WORDS = new Set(
  'Spółka Firma Fundacja Wydawnictwo Společnost Nakladatelství Förlaget Bolaget Företaget Koncernen Uitgeverij Verlag Konzern Hersteller Zulieferer Versorger Betreiber'.split(
    ' ',
  ),
);
/** A word that says what kind of organisation a name is ("Vakbond", "Spółka"). */
export const isOrganisationKind = (word: string): boolean =>
  ORG_KIND.re.test(word) || ORG_KIND_WORDS.has(word);
// (Not the -ess of "Business Unity South Africa", "Congress", "Express", "Access".)
const ENGLISH_OCCUPATION = /^[A-Z][a-z]{3,}(?:ist|ess)$(?<!ness|gress|xpress|cess)/;
// "American Josh Tremaine", "Kenyan Mary Wambui": a nationality before a full name says what
// the person is (not before one word: "British Airways", "Irish Times"; see personAfter).
const NATIONALITIES = new Set(
  'American British English Irish Scottish Welsh Scot French German Italian Spanish Portuguese Dutch Belgian Swiss Austrian Swedish Danish Norwegian Finnish Icelandic Polish Czech Slovak Hungarian Romanian Bulgarian Greek Turkish Russian Ukrainian Croatian Serbian Slovenian Bosnian Albanian Georgian Canadian Mexican Brazilian Argentine Argentinian Chilean Colombian Peruvian Uruguayan Venezuelan Ecuadorian Jamaican Australian Kenyan Ethiopian Ugandan Tanzanian Nigerian Ghanaian Senegalese Cameroonian Ivorian Moroccan Algerian Tunisian Egyptian Chinese Japanese Korean Indian Pakistani Bangladeshi Filipino Indonesian Malaysian Vietnamese Thai Israeli Iranian Iraqi Syrian Lebanese Saudi'.split(
    ' ',
  ),
);

// A party's member: "Liberal Richard Ashworth", "Republican Liz Cheney" before a full name (not
// before one word, "Liberal Democrats", nor a body's name, "Republican National Committee");
// "the Democrat said" refers back like "the senator".
export const PARTY_MEMBERS = new Set(
  'Republican Democrat Conservative Tory Liberal Labour Labourite Socialist Unionist Nationalist Libertarian Independent'.split(
    ' ',
  ),
);

/**
 * Whether the words after a nationality can be a person's name: not a body's ("Canadian Red
 * Cross", "Irish Farmers' Collective": a possessive or Red Cross and Red Crescent).
 */
const personAfter = (words: readonly string[], start: number, end: number): boolean =>
  words[start] !== 'Red' && words.slice(start, end).every((w) => !/[’']s?$/.test(w));

/** A German, Dutch or Swedish compound role noun ("CSU-Politiker", "Festivaldirecteur"). */
export const isRoleCompound = (word: string): boolean => ROLE_COMPOUND.re.test(word);

/** "of" in another language ("del", "da", "des"), before an office's name. */
export const isOfWord = (word: string): boolean => OF_OTHER.test(word);

/** A preposition whose object may be the name after it (see PREPOSITION). */
export const isPreposition = (word: string): boolean => PREPOSITION.test(word);
/** Whether a word is "of" in a Romance language ("secretário de Educação Wagner Lacerda"). */
export const isRomanceOf = (word: string): boolean => OF_OTHER.test(word);

export interface Person {
  name: string;
  role: string | null;
}

const UNNAMED_MEMBER =
  /(?:^|\s)(?:one|a|an|another|the|One|A|An|Another|The)\s+(?:MP|TD|MEP|MSP|MLA|MPP)$/;
// (And the determiners that stand where an article does: "mit dieser Zeitung", "seiner Frau".)
const GERMAN_ARTICLE =
  /^(?:ein|eine|einen|einem|einer|eines|der|die|das|den|dem|des|dieser|diese|dieses|diesem|diesen|jener|jene|jenem|jenen|seiner|seine|seinem|seinen|ihrer|ihre|ihrem|ihren|unserer|unsere|unserem|vom|zum|zur|im|am|beim)$/;
const MET_BODIES = new Set(['Office', 'Police', 'Éireann']);
const DESCRIPTOR_OF = /^[A-Z][a-z]+-of-[a-z]+$/;
const HYPHEN_LOWER = rx(String.raw`-\p{Ll}{3,}`, 'u');

/**
 * Splits a subject phrase into a name and a role: the name is the last run of capitalised
 * words; title words and lower-case words before it form the role; an appositive after a comma
 * ("Mick Mulvaney, the White House chief of staff,") is a role too.
 */
export function parsePerson(phrase: string): Person | null {
  if (!parsed) return named(parse(phrase));
  let person = parsed.get(phrase);
  if (person === undefined) {
    const fresh = named(parse(phrase));
    parsed.set(phrase, (person = fresh && Object.freeze(fresh)));
  }
  return person;
}

// A quoted title's last word with its closing mark ("z programu „Silna Wieś”, ale – jak dodał"):
// the run of capitalised words ended inside the marks, so no one is named.
const QUOTED_END = /[”“"»«」』][,.;:!?]?$/;
const named = (person: Person | null): Person | null =>
  person && QUOTED_END.test(person.name) ? null : person;

// The same name runs and frames come back all through an article ("Donald Trump" at every
// mention, read by several rules): while one is analysed, each phrase is parsed once. Results
// are shared, so frozen.
let parsed: Map<string, Person | null> | null = null;

/** Runs `analyse` with each phrase parsed once (see parsePerson). */
export function withParsedNames<T>(analyse: () => T): T {
  const outer = parsed;
  parsed = new Map();
  try {
    return analyse();
  } finally {
    parsed = outer;
  }
}

const ORG_HEADS = new Set(
  'Vereniging Stichting Ministerie Gemeente Provincie Universiteit Raad Federatie Bond Vereinigung Verband Stiftung Ministerium Universität Bundesamt Landesamt Gewerkschaft Vakbond Verein Partei Partij'.split(
    ' ',
  ),
);
// A word naming a body of people: "Hochschule", "Beratungsfirma", "Bank", "Universiteit".
const INSTITUTION_END = rx(
  String.raw`(?:schule|firma|universität|universiteit|institut|instituut|bank|amt|gericht|ministerium|klinik|kliniek|ziekenhuis|stiftung|stichting|gemeente|agentur|behörde|polizei|politie|partei|partij)$`,
  'iu',
);
const ORG_KIND = rx(
  String.raw`^\p{Lu}\p{Ll}+(?:bond|organisatie|vereniging|koepel|verzekeraar|maker|fabrikant|producent|leverancier|vervoerder|beheerder|coöperatie|cooperatie|concern|genossenschaft|zulieferer|hersteller|versorger|betreiber|bolaget|förbundet|koncernen|företaget|organisationen|verband|gewerkschaft|konzern|partij|partiet|partei)$`,
  'u',
);
const LOWER_MINISTRY = rx(
  String.raw`(?:^|\s)((?:ministerie|ministère|ministerio|ministero|ministério)\s+(?:van|de la|de|del|della|dello|da|do|des|du)?\s*(?:l[’']|dell[’'])?\p{Lu}[\p{L}’'-]*)$`,
  'u',
);
// A word that heads or ends a body's name ("Stichting", "Hochschule").
const isBody = (word: string): boolean => ORG_HEADS.has(word) || INSTITUTION_END.re.test(word);
const isInstitution = (word: string): boolean =>
  ORG_WORDS.has(word) || ORG_KIND.re.test(word) || isBody(word);

const CLOSING_MARK_END = /[”“"»«’‘」』]$/;
const ONE_LETTER = rx(String.raw`^\p{Lu}$`, 'u');
const SLAVIC_BODY = rx(
  String.raw`^((?:Svaz|Sdružení|Komora|Asociace|Spolek|Unie|Nadace|Związek|Stowarzyszenie|Izba|Fundacja|Federacja|Союз|Ассоциация|Объединение|Фонд|Палата|Федерация)(?:\s+\p{Ll}[\p{Ll}-]*){1,4}(?:\s+\p{Lu}[\p{L}-]*){1,2})(?:\s+(?:v|ve|w|we|na|в|во|на)\s+\p{Ll}[^,]*)?$`,
  'u',
);
// … or the body's adjective first, then its head and what it is of, all in lower case: "Český
// svaz ledního hokeje", "Российский союз промышленников".
const SLAVIC_ADJECTIVE_BODY = rx(
  String.raw`^(\p{Lu}\p{Ll}*(?:ý|á|é|í|ий|ый|ой|ая|ое|ski|ska|skie|cki|cka)\s+(?:svaz|sdružení|komora|asociace|spolek|unie|nadace|związek|stowarzyszenie|izba|fundacja|federacja|союз|ассоциация|объединение|фонд|палата|федерация)(?:\s+\p{Ll}[\p{Ll}-]*){1,4})$`,
  'u',
);
const AFFILIATION_OF = /^(?:of|van|von|de|di|da|do|du)$/;
const ORG_AND = rx(
  `(?:^|\\s)(?!(?:The|De|Het|Der|Die|Das)\\s)(${CAP}(?:\\s+${CAP})*(?:\\s+(?:of|for|and|&|van|voor|en|für|und)\\s+${CAP}(?:\\s+${CAP})*)*\\s+(?:and|&|en|und)\\s+${CAP}(?:\\s+${CAP})*)$`,
  'u',
);

function parse(phrase: string): Person | null {
  // (Most phrases are name runs already single-spaced: no copy for them.)
  const text = trimEdges(ODD_SPACE.test(phrase) ? phrase.replace(/\s+/g, ' ') : phrase);
  if (!text) return null;
  // "with one TD shouting", "an MP said": a member of a parliament the text does not name.
  if (UNNAMED_MEMBER.test(text)) return null;
  // "programu „Silna Wieś”": a quoted title's end is no one's name; nor is one letter ("X").
  if (CLOSING_MARK_END.test(text) || ONE_LETTER.re.test(text)) return null;
  // "Svaz průmyslu Moravy", "Союз независимых сетей России": a Slavic body's name puts its
  // lower-case words between its head and the place it is of; the whole phrase is the name.
  // (A place after it in lower case is where it spoke: "v prohlášení", "в заявлении".)
  const body = SLAVIC_BODY.re.exec(text) ?? SLAVIC_ADJECTIVE_BODY.re.exec(text);
  if (body) return { name: body[1]!, role: null };
  // "Martin Taylor of Aberdeenshire", "Wee of the Times": a person of a place or an outlet. Only
  // when the head is a full name or the tail is "the …", so "Bank of America" stays whole.
  // (Spaces are single here, so OF_TAIL needs " of " or " for "; most phrases skip the regex.)
  const of = text.includes(' of ') || text.includes(' for ') ? OF_TAIL.re.exec(text) : null;
  if (of && !text.includes(',')) {
    const head = parsePerson(of[1]!);
    const last = head?.name.split(' ').pop() ?? '';
    // "the Governor's Office of Emergency Services", "the UN High Commissioner for Human Rights":
    // an organisation's or an office's name goes on after "of"/"for".
    if (
      head &&
      (ORG_WORDS.has(last) ||
        OF_BODIES.has(last) ||
        CIVIC.has(last) ||
        (isTitle(last) && head.name.includes(' ')))
    )
      return { name: `${head.name} ${of[2]} ${of[3]}`, role: head.role };
    if (head && of[2] === 'of' && (head.name.includes(' ') || /^the\s/i.test(of[3]!)))
      return { name: head.name, role: head.role ?? `of ${of[3]}` };
    // "the City of Halbury", "the Town of Ashby": a council by its place; "the Bank of England".
    const civic = of[1]!.slice(of[1]!.lastIndexOf(' ') + 1);
    if (
      (head?.name ?? civic) === civic &&
      of[2] === 'of' &&
      (CIVIC.has(civic) || OF_BODIES.has(civic))
    )
      return { name: `${civic} of ${of[3]}`, role: null };
  }
  // "the Department of Health and Social Care", "the Food and Drug Administration": an
  // organisation's name runs on over "and" (a list of people holds no organisation's word).
  // (Dutch and German too: "Vereniging van Hogescholen en Universiteiten".)
  if (/ (?:and|&|en|und) /.test(text)) {
    const org = ORG_AND.re.exec(text);
    if (org && org[1]!.split(' ').some((w) => ORG_WORDS.has(w.replace(/s$/, '')) || isBody(w)))
      return { name: org[1]!, role: null };
  }
  // "het ministerie van Landbouw", "le ministère de l’Industrie": languages that write a
  // ministry in lower case name it by what follows.
  const ministry = text.includes('minist') ? LOWER_MINISTRY.re.exec(text) : null;
  if (ministry) return { name: ministry[1]!, role: null };
  // "Harland & Price", "Marks & Spencer": names joined by "&" are a firm's.
  const firm = text.includes(' & ') ? FIRM.re.exec(text) : null;
  if (firm) return { name: firm[1]!, role: null };
  const comma = text.indexOf(',');
  if (comma > 0) {
    const head = parsePerson(text.slice(0, comma));
    const appositive = text
      .slice(comma + 1)
      .trim()
      .replace(/^(?:the|a|an)\s+/i, '');
    // "the Bishop of Harlow Vale, the Rt Revd Anthony Greer": an office of a place, then the
    // person who holds it, by title and full name.
    const holder = head?.role?.endsWith(' of') ? parsePerson(appositive) : null;
    if (holder?.role && holder.name.includes(' ') && isTitle(holder.role.split(' ').pop()!))
      return { name: holder.name, role: `${head!.role} ${head!.name}` };
    if (head && isAppositive(text.slice(comma + 1).trim()))
      return { name: head.name, role: head.role ?? (appositive || null) };
    if (head) return head;
  }
  const words = text.split(' ');
  let end = words.length;
  // A user name of letters and digits ("wrote user jayk1984") is a name on its own.
  if (HANDLE.test(words[words.length - 1]!)) return { name: words[words.length - 1]!, role: null };
  while (end > 0 && !isCap(words[end - 1]!)) end--;
  let start = end;
  while (start > 0 && (isCap(words[start - 1]!) || isParticleBetween(words, start - 1))) start--;
  // "de la Cruz said", "said van der Berg": a surname the text writes with its particles, the
  // given name left out, is the whole phrase.
  if (start > 0 && start <= 3 && end - start === 1 && words.slice(0, start).every(isNameParticle))
    start = 0;
  // "Henk Bakker van oppositiepartij Westerhoeve Lokaal", "John Smith of neighbouring
  // Springfield": "of" and a lower-case word after a full name open an affiliation, not a name.
  if (
    start >= 4 &&
    STARTS_LOWER.re.test(words[start - 1]!) &&
    AFFILIATION_OF.test(words[start - 2]!) &&
    isCap(words[start - 3]!) &&
    (isCap(words[start - 4]!) || PARTICLE_RE.test(words[start - 4]!))
  ) {
    end = start - 2;
    start = end;
    while (start > 0 && (isCap(words[start - 1]!) || isParticleBetween(words, start - 1))) start--;
  }
  // "minister Annelies van der Berg van Infrastructuur": a second "van" after a name that had
  // its particle is "of", the office's. (A "van" after a title is the office's "of" itself:
  // "Minister van Onderwijs Pieter van Dam".)
  const twoParticles = text.includes(' van ') || text.includes(' von ');
  for (let i = start + 2, particle = false; twoParticles && i < end; i++) {
    if (PARTICLE_RE.test(words[i - 1]!) && isCap(words[i]!) && !isRoleWord(words[i - 2]!))
      particle = true;
    else if (particle && (words[i] === 'van' || words[i] === 'von') && isCap(words[i - 1]!)) {
      end = i;
      break;
    }
  }
  // "Andrea Zumbühl von der Hochschule Sitten", "Thijs Bosman van de Agrarische Bank": "of the"
  // and an institution after a full name (not "Ursula von der Leyen", whose rest names no body).
  for (let i = start + 2; i + 2 < end; i++)
    if (
      /^(?:van|von)$/.test(words[i]!) &&
      isCap(words[i - 1]!) &&
      isCap(words[i - 2]!) &&
      // (Or right before the institution's word: "Ingrid Bosman van Stichting Molen De Hoop".)
      ((/^(?:der|dem|den|de|het)$/.test(words[i + 1]!) &&
        words.slice(i + 2, end).some(isInstitution)) ||
        isBody(words[i + 1]!))
    ) {
      end = i;
      break;
    }
  // A capitalised word right after a preposition is its object ("ambassador to Britain Liu").
  // (Also after a preposition and an article: "de la Audiencia Josefa Martí", "en el Congreso".)
  const afterArticle =
    start > 1 &&
    ARTICLE_AFTER_PREPOSITION.test(words[start - 1]!) &&
    (PREPOSITION.test(words[start - 2]!) || OF_OTHER.test(words[start - 2]!));
  if (start > 0 && (PREPOSITION.test(words[start - 1]!) || afterArticle)) {
    // "to Britain" is a place; "to Sui-Lee Wee" a person; "to Britain Liu Xiaming" both.
    if (end - start < 2) return null;
    // (Not a company's or a body's name: "according to Western Grid Networks".)
    const body = ORG_WORDS.has(words[end - 1]!) || COMPANY_WORDS.has(words[end - 1]!);
    if (end - start > 2 && !body && !particleSurname(words, start, end)) start++;
  }
  // "il presidente del Consiglio Marco Ferretti", "ministro da Fazenda Fernando Haddad": after
  // "of" in another language, the first word of a longer run is the office's, not the name's.
  // (Dutch and German "van"/"von" after a lower-case role word is "of" too: "minister van
  // Omgeving Sofie Claes"; after a capitalised word it is a particle, "Ursula von der Leyen".)
  if (end - start > 2 && start > 0 && ofOffice(words, start - 1)) start++;
  // "Singer-guitarists Tom Johnston": a hyphenated common noun opening the run is a role.
  if (end - start > 2 && HYPHEN_LOWER.re.test(words[start]!)) start++;
  // "Dad-of-two Gary", "Mother-of-three Jane Roe": a descriptor, before a first name too.
  if (end - start > 1 && DESCRIPTOR_OF.test(words[start]!)) start++;
  // "«Горизонт Капитал» Марина Соколова": a word with a quotation mark is the end of a quoted
  // name before the person's. "Richter Matthias Hollweck": a role that is also a surname, before
  // a name of two words; so is a company's last word ("Cerrado Ventures Henrique Bastos").
  for (let k = end - 2; k >= start; k--)
    if (
      QUOTE_MARK.test(words[k]!) ||
      (end - k > 2 && (SURNAME_ROLES.has(words[k]!) || COMPANY_WORDS.has(words[k]!)))
    ) {
      start = k + 1;
      break;
    }
  // "улице Садовой Нина Петровна Гусева": a Russian full name opens with the given name right
  // before the patronymic; a capitalised word before it is not the name's.
  for (let k = start + 2; k < end - 1; k++)
    if (PATRONYMIC.re.test(words[k]!) && CYRILLIC_CAP.re.test(words[k - 1]!)) {
      start = k - 1;
      break;
    }
  // Cut after the last title, initial, acronym or organisation word in the run
  // ("U.S. Defense Secretary Mark Esper", "Director of Public Prosecution Eva-Marie Persson").
  // A run ending in an organisation word is an organisation ("Swedish Prosecution Authority").
  const org = ORG_WORDS.has(words[end - 1]!);
  for (let k = end - 2; k >= start; k--) {
    const w = words[k]!;
    if (
      isTitle(w) ||
      // "Journalist Jane Roe", "Actress Lila Montrose": an English occupation in -ist or -ess.
      (!org && end - k > 2 && ENGLISH_OCCUPATION.test(w)) ||
      (!org &&
        end - k > 2 &&
        (NATIONALITIES.has(w) || PARTY_MEMBERS.has(w)) &&
        personAfter(words, k + 1, end)) ||
      // "Middenvelder Joël Asante", "CDU-Fraktionschef Henning Pauls": a compound role noun before
      // a name of two words or more (not "Freeman Dyson": a one-word rest keeps its first name).
      (!org && end - k > 2 && ROLE_COMPOUND.re.test(w)) ||
      // "Historikerin Martina Eibl", "Försvarare Johan Lindqvist", "Duńczyk Mikkel Thomsen",
      // "Pětaosmdesátiletý Josef Vávra": the ending of an agent noun, a nationality or an age
      // (German, Swedish, Polish, Czech, Russian) before a full name.
      // (A Swedish agent noun with its definite ending before one word too: "Tågoperatören Vy".)
      (!org &&
        (end - k > 2 || DEFINITE_AGENT.re.test(w)) &&
        AGENT_ENDING.re.test(w) &&
        !GIVEN_AS_AGENT.has(w)) ||
      // (Not an organisation's word before one last word: "Local Government Aotearoa".)
      (!org &&
        ((ORG_WORDS.has(w) && end - k > 2) || JOB_TITLES.has(w) || GERMAN_ROLE.re.test(w))) ||
      // "Leader of the Opposition Ramesh Gowda" (but "the Opposition said" names it).
      (!org && w === 'Opposition') ||
      // "Vakbond FNV", "Landbouworganisatie LTO", "Elbolaget Nordkraft": a compound that says
      // what kind of organisation follows is no part of its name (but heads one with "van":
      // "Het Verbond van Waterschappen").
      (end - k > 1 &&
        (ORG_KIND.re.test(w) || ORG_KIND_WORDS.has(w)) &&
        !PARTICLE_RE.test(words[k + 1]!)) ||
      // (An acronym inside an organisation's name is the name's: "Wexham Valley NHS Trust".)
      // (Not a person's glued initials right before the surname: "J.K. Rowling", "J.D. Power".)
      (!org &&
        ALL_CAPS.re.test(w.replace(/[’'.,]/g, '')) &&
        !(k === end - 2 && GLUED_INITIALS.test(w))) ||
      // "RedMonk’s Stephens", "Disney's Bob Iger": the owner is the role (not in "Governor's
      // Office", "People’s Daily": an organisation's own name).
      (!org && POSSESSIVE.test(w))
    ) {
      start = k + 1;
      break;
    }
  }
  // (Not in an organisation's name: "Executive Office", "Partner Agency".)
  const first = start;
  while (
    start < end &&
    (isTitle(words[start]!) ||
      (!org && JOB_TITLES.has(words[start]!)) ||
      // "Ma la Soprintendenza": a lower-case article after a word that opens the sentence.
      (start > first && start < end - 1 && LOWER_ARTICLES.has(words[start]!)) ||
      // "Nell’ordinanza", "Dall’inizio": an Italian preposition and article, elided.
      ELIDED_PREPOSITION_WORD.re.test(words[start]!) ||
      (NOT_NAME.has(words[start]!) &&
        // ("Met" is Dutch "with", but the Met Office and the Met Police are British bodies.)
        !(words[start] === 'Met' && MET_BODIES.has(words[start + 1] ?? '')) &&
        // "June Calder", "April Ryan": a month that is also a given name opens a name, unless
        // a word that is no name's stands before it ("In June Calder …").
        !(GIVEN_MONTHS.has(words[start]!) && start === first && end - start >= 2)) ||
      SENTENCE_ADVERB.re.test(words[start]!) ||
      CONTRACTION.test(words[start]!))
  )
    start++;
  // "a déclaré M. Marchetti": French "Monsieur" before a surname alone (not "M. Night
  // Shyamalan": an initial before a full name stays).
  if (end - start === 2 && (words[start] === 'M.' || words[start] === 'MM.')) start++;
  // "für einen älteren Stimmbürger, der meinte": one capitalised word after a German article
  // (and an adjective) is a noun, German capitalising every noun.
  if (end - start === 1 && start > 0) {
    const before = STARTS_LOWER.re.test(words[start - 1]!) && start > 1 ? words[start - 2]! : '';
    if (GERMAN_ARTICLE.test(words[start - 1]!) || GERMAN_ARTICLE.test(before)) return null;
  }
  // "Der Vorarlberger Landeshauptmann würdigte …": after a German article, a word of where from
  // and a compound role, no name.
  if (
    end - start === 2 &&
    start > 0 &&
    GERMAN_ARTICLE.test(words[start - 1]!.toLowerCase()) &&
    ROLE_COMPOUND.re.test(words[end - 1]!)
  )
    return null;
  // "Der Sohn der Getöteten": a German article is no name's first word.
  if (start < end && /^(?:der|den|dem)$/.test(words[start]!)) return null;
  // "Nach Angaben von Jonas Keller": after the words that open a phrase, "von"/"van"/"de" before a
  // given name and a surname is "of" (not "Laut von der Leyen": a second particle keeps it).
  if (
    start > 0 &&
    NOT_NAME.has(words[start - 1]!) &&
    end - start === 3 &&
    PARTICLE_RE.test(words[start]!) &&
    isCap(words[start + 1]!)
  )
    start++;
  // "Volgens de KNMI", "según la OMS": a particle before an acronym alone is an article (no
  // surname is written in capitals).
  if (end - start === 2 && PARTICLE_RE.test(words[start]!) && ALL_CAPS.re.test(words[start + 1]!))
    start++;
  // "Minister van Volkshuisvesting Hanneke de Boer": after a title, a particle opens the office's
  // name ("of Housing"), not the person's, when a name of two words or more follows it.
  if (end - start >= 4 && PARTICLE_RE.test(words[start]!) && isCap(words[start + 1]!)) start += 2;
  // "Wethouder Koen Brink van Emmen": "van"/"von" after a name of two capitalised words is "of"
  // a place or an office (not "Ursula von der Leyen", "Erik van Dalsum").
  // "De Vereniging …": an article before an organisation's head word (not "De Jong").
  // (Or before one word that is a body's or an acronym: "De Fietsersbond", "De NS"; not "De Jong".)
  if (
    end - start >= 2 &&
    /^(?:De|Het|Die|Der|Das)$/.test(words[start]!) &&
    (ORG_HEADS.has(words[start + 1]!) ||
      (end - start === 2 &&
        (ORG_KIND.re.test(words[start + 1]!) || ALL_CAPS.re.test(words[start + 1]!))))
  )
    start++;
  // (Not an organisation's "of": "De Vereniging van Nederlandse Gemeenten".)
  // (Italian "al"/"di" too: "Matteo Orsenigo al Teatro Verdi", "X di Castelmonte".)
  if (end - start >= 4 && /^(?:van|von|al|di)$/.test(words[start + 2]!))
    if (
      isCap(words[start]!) &&
      isCap(words[start + 1]!) &&
      !PARTICLE_RE.test(words[start + 3]!) &&
      !ORG_HEADS.has(words[start + 1]!)
    )
      end = start + 2;
  // "sagte DWD-Meteorologe Tobias Reinhold der Deutschen Presse-Agentur": a German article after
  // a full name opens the object of the verb ("to the dpa"), not a particle of the name.
  // (Not after a capitalised particle: the Flemish "Dirk Van den Broeck".)
  for (let i = start + 2; i < end - 1; i++)
    if (
      /^(?:der|dem|den)$/.test(words[i]!) &&
      isCap(words[i - 2]!) &&
      isCap(words[i - 1]!) &&
      !/^(?:Van|Von|De)$/.test(words[i - 1]!)
    ) {
      end = i;
      break;
    }
  // … and after a name with its own particle: "Trainer Erik van Dalsum van Heracles Almelo".
  if (
    end - start >= 5 &&
    (words[start + 3] === 'van' || words[start + 3] === 'von') &&
    PARTICLE_RE.test(words[start + 1]!) &&
    isCap(words[start]!) &&
    isCap(words[start + 2]!) &&
    isCap(words[start + 4]!)
  )
    end = start + 3;
  // "Primátor Brna Martin Kratochvíl", "prezes Narodowego Banku Polskiego Marek Jabłoński": after
  // a title of those languages, an office in the genitive comes first and the person's name is
  // the run's last two words (unless a particle or a patronymic makes it longer).
  if (end - start >= 3 && genitiveOffice(words, start, end)) start = end - 2;
  // "touching Nippers I was persuaded": a capitalised "I" after a name is the next clause's
  // subject (a regnal "Charles I" hardly speaks in today's news).
  if (end - start >= 2 && words[end - 1] === 'I') end--;
  // "Helen Armitage KC", "Jane Roe MP": honours and offices after the name are no part of it.
  while (end - start > 2 && POST_NOMINALS.has(words[end - 1]!)) end--;
  // "Kibice Orła", "Hokejisté Slavoje Kamenice": a group and its club's genitive name no one.
  // (Alone too: "Kibice przez kilka minut śpiewali „…”".)
  if (GROUP_OPENERS.has(words[start]!)) return null;
  if (start >= end) return null;
  // "die Hälfte der Drohnen", "100 Prozent der Stadt": German nouns joined by a genitive article,
  // which no name holds without "von" or "van" before it ("Ursula von der Leyen").
  for (let i = start + 1; i < end - 1; i++)
    if (/^(?:der|des)$/.test(words[i]!) && !/^(?:von|van|Von|Van)$/.test(words[i - 1]!))
      return null;
  // "ein Sprecher", "an AP reporter", "a Spokesman": one capitalised word after an indefinite
  // article describes someone (German capitalises every noun); an article never opens a name.
  const before = words[start - 1]?.toLowerCase() ?? '';
  if (end - start === 1 && (INDEFINITE.has(before) || NOUN_ARTICLES.has(before))) return null;
  // ("eine 71 Jahre alte Frau": so after an indefinite article and the words that describe.)
  if (end - start === 1 && indefiniteBefore(words, start)) return null;
  // "Running a successful business …": a gerund opening its phrase, with its object after it.
  if (start === 0 && end === 1 && isGerundPhrase(words[0]!, words[1])) return null;
  // (Nor a sentence's full stop after the surname: "intervistata da Marco Bellini.")
  const name = words
    .slice(start, end)
    .join(' ')
    .replace(/[’']s$/, '')
    .replace(STOP_AFTER_WORD.re, '');
  const role =
    start === 0
      ? ''
      : words
          .slice(0, start)
          .join(' ')
          // "but Early says", "where Tipton said": a conjunction before a name is no role.
          .replace(
            /^(?:(?:but|and|or|so|yet|while|where|when|whereas|as|if|because|although|though|still|also|now|then|with|without)(?:\s+|$))+/i,
            '',
          )
          .replace(/^(?:the|a|an|former|then)(?:\s+|$)/i, '')
          .replace(/^(?:Mr\.?|Mrs\.?|Ms\.?)$/, '')
          .trim();
  if (NOT_NAME.has(name.replace(/[,;:]+$/, ''))) return null;
  // "Among the speakers was Harold Beebe": a verb closes the clause before the name, and what
  // precedes it is no role.
  const verb = role.includes(' ') ? lastVerbEnd(role) : -1;
  if (verb >= 0) return { name, role: role.slice(verb).replace(CLAUSE_WORD, '') || null };
  // "As Sherlock": sentence words before a name are no role.
  if (
    role === '' ||
    role
      .split(' ')
      .every((w) => NOT_NAME.has(w) || SENTENCE_ADVERB.re.test(w) || CONTRACTION.test(w))
  )
    return { name, role: null };
  return { name, role: role || null };
}

// Roles held for a portfolio, which Italian and French join to it with "to", not "of"
// ("l’assessora alla Mobilità", "l’adjoint au Logement", "la déléguée à la Culture").
export const PORTFOLIO_ROLES = new Set(
  'assessore assessora consigliere consigliera delegato delegata adjoint adjointe délégué déléguée conseiller conseillère'.split(
    ' ',
  ),
);
export const PORTFOLIO_TO = ['al', 'alla', 'allo', 'ai', 'agli', 'au', 'aux', 'à'];
const PORTFOLIO_TO_WORD = new RegExp(`^(?:${PORTFOLIO_TO.join('|')})$`);

/** Whether words[i] is "of" before an office's name ("del", "da", "van" after a lower-case word). */
function ofOffice(words: readonly string[], i: number): boolean {
  const w = words[i]!;
  if (OF_OTHER.test(w)) return true;
  if (
    i > 0 &&
    PORTFOLIO_TO_WORD.test(w) &&
    PORTFOLIO_ROLES.has(words[i - 1]!.replace(/^[lL][’']/, ''))
  )
    return true;
  if (w === 'i') return i > 0 && ROLE_COMPOUND.re.test(words[i - 1]!);
  return (w === 'van' || w === 'von') && i > 0 && STARTS_LOWER.re.test(words[i - 1]!);
}

const CYRILLIC_CAP = rx(String.raw`^\p{Script=Cyrillic}`, 'u');
const PATRONYMIC = rx(String.raw`(?:ович|евич|ич|овна|евна|ична)$`, 'u');

/**
 * Whether words[start, end) follow a title of the languages that put an office in the genitive
 * between title and name (the title opens the phrase's run, or stands before it in lower case),
 * with no particle inside that would make the name longer.
 */
function genitiveOffice(words: readonly string[], start: number, end: number): boolean {
  const prev = words[start - 1];
  if (prev === undefined) return false;
  const title = prev.charAt(0).toUpperCase() + prev.slice(1);
  if (!GENITIVE_OFFICE_TITLES.has(title)) return false;
  for (let k = start; k < end; k++) if (PARTICLE_RE.test(words[k]!)) return false;
  return !PATRONYMIC.re.test(words[end - 2]!);
}

// A user name: lower-case letters and two digits or more ("jayk1984").
const HANDLE = /^[a-z]+\d{2,}$/;
// A name's owner: "RedMonk’s", not the plural nouns that open names ("People’s Daily").
const POSSESSIVE = /^(?!(?:People|Women|Children|Men)[’']s$).+[’']s$/;
// "Don’t", "Can't", "Won’t": a sentence's verb, not a name.
const CONTRACTION = /n[’']t$/;

const GERUND = rx(String.raw`^\p{Lu}\p{Ll}{2,}ing$`, 'u');
// "Accordingly Turkey …", "Finally Smith …": an adverb opening the sentence is no first name. Only
// long adverb endings, so names such as Connally, Early or Whately are not caught.
// (And Polish adverbial participles, which open a clause before its subject: "Odbierając
// wyróżnienie, mówił ze sceny:", "Dodając, że …".)
const SENTENCE_ADVERB = rx(
  String.raw`^\p{Lu}\p{Ll}{3,}(?:ingly|edly|ously|fully|ively|ately|ently|antly|ably|ibly|ically|ually|ially|inally|ainly|arly|lessly|ąc)$`,
  'u',
);

/**
 * A capitalised -ing word followed by a lower-case word ("Running a business", "Looking at the
 * data") opens a gerund or participle phrase; a surname ("Manning", "Fleming") rarely stands so.
 */
export function isGerundPhrase(word: string, next: string | undefined): boolean {
  return next !== undefined && GERUND.re.test(word) && STARTS_LOWER.re.test(next);
}

const EDGE = /[,;:\s]/;
// White space other than single spaces.
const ODD_SPACE = /[^\S ]| {2}/;

/** A phrase without leading and trailing commas, semicolons, colons and spaces. */
function trimEdges(text: string): string {
  // The same as replace(/^[,;:\s]+|[,;:\s]+$/g, ''), which tries the second branch at every
  // space of the phrase.
  let start = 0;
  let end = text.length;
  while (start < end && EDGE.test(text[start]!)) start++;
  while (end > start && EDGE.test(text[end - 1]!)) end--;
  return text.slice(start, end);
}

// "Disney’s chairman of …", "Edmunds' executive director": an owner's title is a role too.
const OWNER_ROLE = rx(
  String.raw`^(?:\p{Lu}[\p{L}\p{M}.&-]*\s+){0,3}\p{Lu}[\p{L}\p{M}.&-]*(?:['’]s|s['’])\s+\p{Ll}`,
  'u',
);

/** Words after a name and a comma that describe the person: "the coach", "Disney’s chairman". */
export function isAppositive(text: string): boolean {
  return STARTS_LOWER.re.test(text) || OWNER_ROLE.re.test(text);
}

// Each title also without its abbreviation's period ("Gen" for "Gen.").
const TITLE_FORMS = new Set([...TITLES].flatMap((t) => [t, t.replace(/\.$/, '')]));

const CLAUSE_WORD = /^(?:how|what|why|when|where|who|which|that)$/i;
const ROLE_VERB = /(?:^|\s)(?:was|were|is|are|been|has|have|had|said|says|told)(?:\s|$)/g;
/** The offset right after the last copula or reporting verb of a role phrase, or -1. */
function lastVerbEnd(role: string): number {
  let end = -1;
  ROLE_VERB.lastIndex = 0;
  for (let m = ROLE_VERB.exec(role); m; m = ROLE_VERB.exec(role)) {
    end = m.index + m[0].length;
    ROLE_VERB.lastIndex = end - 1;
  }
  return end;
}

/** A title word, with or without its abbreviation's period ("Lt Col", "Gen", "Dr"). */
function isTitle(word: string): boolean {
  return TITLE_FORMS.has(word);
}

/** A title or a job title: a word that ends the role before a name. */
export function isRoleWord(word: string): boolean {
  return isTitle(word) || JOB_TITLES.has(word);
}

const ACRONYM = rx(String.raw`^\p{Lu}{2,}[.,]?$`, 'u');
const ELIDED = rx(String.raw`^[LDld][’']\p{Ll}`, 'u');

// A person's initials typed without spaces ("J.K.", "J.D.").
const GLUED_INITIALS = /^(?:[A-Z]\.){2,3}$/;
const POST_NOMINALS = new Set(
  'KC QC SC MP MSP MEP MLA MLC MPP MHA TD OBE MBE CBE KBE DBE FRS'.split(' '),
);
// Plural nouns of people that Polish, Czech and Russian sports and local news open sentences with.
const GROUP_OPENERS = new Set(
  'Kibice Piłkarze Siatkarze Koszykarze Hokeiści Mieszkańcy Radni Zawodnicy Fanoušci Hokejisté Fotbalisté Obyvatelé Zastupitelé Hráči Болельщики Жители Хоккеисты Футболисты Игроки Депутаты'.split(
    ' ',
  ),
);

/** A capitalised word that is no acronym of six letters or more ("NASA" is a name, "ICICI" not). */
function isCap(word: string): boolean {
  const c = word.charCodeAt(0);
  // ASCII decides most words without a Unicode regex: only A-Z is upper case there.
  if (c < 128 ? c < 65 || c > 90 : !STARTS_UPPER.re.test(word)) return false;
  // "L’allenatore", "D’après": an elided article before a common noun (not "O’Neill", "D’Alema").
  // (Its second character decides first: isCap runs for every word of every name read.)
  const second = word.charCodeAt(1);
  if ((second === 0x2019 || second === 39) && ELIDED.re.test(word)) return false;
  return word.length <= 5 || !ACRONYM.re.test(word);
}

function isParticleBetween(words: string[], i: number): boolean {
  // (Two particles, too: "Ursula von der Leyen".)
  return (
    PARTICLE_RE.test(words[i]!) &&
    i > 0 &&
    (isCap(words[i - 1]!) || (i > 1 && PARTICLE_RE.test(words[i - 1]!) && isCap(words[i - 2]!)))
  );
}

/** A run of capitalised words the text gives, read but not registered yet (see People.queue). */
interface Pending {
  at: number;
  words: readonly string[];
  register: () => void;
  done: boolean;
}

/** The queued runs holding one word, in text order; those before `next` are filed. */
interface PendingList {
  runs: Pending[];
  next: number;
}

/**
 * People named so far in the article, so "Mulvaney said" resolves to "Mick Mulvaney" and a role
 * seen once ("the White House chief of staff") is remembered for later quotes. Lookups go through
 * maps of the earliest person per name ending, so a long page costs linear time, not quadratic.
 */
/** The earlier bearer of a surname given alone, found by looking up its declined forms. */
export type DeclinedLookup = (
  surname: string,
  find: (form: string) => Person | null,
  bySecondWord: (word: string) => Person | null,
) => Person | null;

export class People {
  /**
   * `readUpTo` queues (with `queue`) the name runs the text gives before the point the caller has
   * reached; it runs before every answer, so runs are read only once someone asks, and those
   * after the last question never are.
   */
  constructor(
    private readonly readUpTo: () => void = () => {},
    // A surname alone whose bearer the text named before in another case ("Рябов" after "голам
    // Ильи Рябова"): the bearer through `find`, a lookup of the forms it asks for.
    private readonly declined: DeclinedLookup = () => null,
    // Whether the text's language puts whom the words were given to right after the subject
    // (Czech, Polish, Russian: "svěřila se Šťastná Blesku", "рассказал Арсеньев РБК").
    private readonly hearerAfterSubject: () => boolean = () => false,
  ) {}

  // Each person with when it came: a run at its offset, any other after the runs queued so far.
  private readonly full: { person: Person; at: number }[] = [];
  private readonly seen = new Set<string>();
  // Earliest person per key: exact name; last k words ("k|words", only for longer names); the
  // same without a generational suffix; first word (names of two words or more).
  private readonly exact = new Map<string, Person>();
  private readonly ending = new Map<string, Person>();
  private readonly bareEnding = new Map<string, Person>();
  private readonly firstWord = new Map<string, Person>();
  // Second word → the earliest person of exactly three words with it ("Verónica Ibarra Luna"):
  // Spanish names a person later by the first of two surnames.
  private readonly secondWord = new Map<string, Person>();
  // "first last" → the person of three words or more with the most words and that first and last
  // word: "Valentina Carriero" is "Valentina Anita Carriero" once the text gives the middle name
  // (rule 11), whichever comes first.
  private readonly fullest = new Map<string, Person>();
  // Queued runs by each of their words, in text order. Every key a person is filed under is made
  // of its words, so a lookup needs only the runs holding its words registered: most runs of a
  // page (places, outlets, headings) never are, and parsing them was a fifth of the analysis.
  private readonly pending = new Map<string, PendingList>();
  private lastQueued = -1;
  // The offset of the run being registered, or -1 when none is.
  private registering = -1;

  /**
   * Queues a run at offset `at` (runs come in text order) whose person names use only `words`;
   * `register` parses it and `see`s its names when a lookup first needs one of those words.
   */
  queue(at: number, words: readonly string[], register: () => void): void {
    const run: Pending = { at, words, register, done: false };
    this.lastQueued = at;
    for (const w of words) {
      const list = this.pending.get(w);
      if (list) list.runs.push(run);
      else this.pending.set(w, { runs: [run], next: 0 });
    }
  }

  /** Registers the queued runs holding `word`, as if all runs were registered in text order. */
  private need(word: string): void {
    if (this.registering >= 0 || this.pending.size === 0) return;
    const list = this.pending.get(word);
    if (!list) return;
    this.fileBefore(list, Infinity);
    this.pending.delete(word);
  }

  /** Registers a list's runs before offset `at`, in order (its cursor passes each run once). */
  private fileBefore(list: PendingList, at: number): void {
    while (list.next < list.runs.length && list.runs[list.next]!.at < at)
      this.register(list.runs[list.next++]!);
  }

  private register(run: Pending): void {
    if (run.done) return;
    run.done = true;
    // Earlier runs that share a word could file a person under the same key: they come first.
    for (const w of run.words) {
      const list = this.pending.get(w);
      if (list) this.fileBefore(list, run.at);
    }
    this.registering = run.at;
    try {
      run.register();
    } finally {
      this.registering = -1;
    }
  }

  /** Registers the queued runs that hold any word of `name` or of its suffixless form. */
  private needAll(name: string): void {
    for (const w of name.split(' ')) this.need(w);
    const bare = name.replace(SUFFIX, '');
    if (bare !== name) for (const w of bare.split(' ')) this.need(w);
  }

  /**
   * Whether the text so far names someone else with this person's surname ("Rosalind Pierce" and
   * her son "Andre Pierce"): the gender a surname's honorific gives is then no one's in particular.
   */
  sharesSurname(person: Person): boolean {
    if (!person.name.includes(' ')) return false;
    this.readUpTo();
    const surname = lastWord(person.name);
    this.need(surname);
    return this.full.some(
      (e) =>
        e.person.name !== person.name &&
        e.person.name.includes(' ') &&
        lastWord(e.person.name) === surname,
    );
  }

  /** The last person whose role contains this noun ("the coach" → coach Dean Evason). */
  /**
   * "The Federal Aviation Administration said … “…,” the agency said": the last organisation
   * named so far, one whose name ends in a company's or an organisation's word or holds `noun`.
   */
  lastOrganisation(noun: string): Person | null {
    const own = noun[0]!.toUpperCase() + noun.slice(1);
    // A company is a company's name ("the maker" is not the regulator it filed with).
    const company = COMPANY_NOUNS.has(noun);
    return this.lastWhere((person) => {
      const words = person.name.split(' ');
      const last = words[words.length - 1]!.replace(/\.$/, '');
      return company
        ? COMPANY_WORDS.has(last) || CORPORATE.has(last)
        : ORG_WORDS.has(last) || words.includes(own);
    });
  }

  withRole(noun: string): Person | null {
    return this.lastWhere((person) => person.role?.toLowerCase().includes(noun) ?? false);
  }

  /** The last person of the text so far (every queued run read) that `fits`. */
  private lastWhere(fits: (person: Person) => boolean): Person | null {
    this.readUpTo();
    for (const list of [...this.pending.values()]) this.fileBefore(list, Infinity);
    this.pending.clear();
    let best: { person: Person; at: number } | null = null;
    for (const entry of this.full)
      if (fits(entry.person) && (!best || entry.at >= best.at)) best = entry;
    return best?.person ?? null;
  }

  /**
   * The known person a mention names: the earliest full name that ends with it ("Mulvaney",
   * "Eriksson Ek"), else one whose first word it is (Chinese order: "Liu" → "Liu Xiaming").
   */
  known(name: string): Person | null {
    this.readUpTo();
    const found = this.lookUp(name);
    if (found) return found;
    // "De Miranda beautifully evokes …": a particle capitalised at a sentence start.
    if (/^[A-Z]/.test(name) && PARTICLE_FIRST.test(name))
      return this.lookUp(name[0]!.toLowerCase() + name.slice(1));
    return name.includes(' ')
      ? (this.withKind(name) ?? this.withOneMoreWord(name))
      : this.declined(
          name,
          (form) => this.lookUp(form),
          (word) => {
            this.need(word);
            return this.secondWord.get(word) ?? null;
          },
        );
  }

  private lookUp(name: string): Person | null {
    const k = name.split(' ').length;
    // Every person filed under these keys has the name's last word (or its suffixless form's).
    this.need(lastWord(name));
    const bare = name.replace(SUFFIX, '');
    if (bare !== name) this.need(lastWord(bare));
    return this.fuller(
      this.ending.get(`${k}|${name}`) ??
        this.bareEnding.get(`${k}|${bare}`) ??
        (k === 1 ? this.firstWord.get(name) : undefined) ??
        this.exact.get(name) ??
        (k === 2 ? this.fullest.get(name) : undefined) ??
        (k === 2 ? this.byPatronymic(name) : undefined) ??
        null,
    );
  }

  /**
   * "Straits Pacific said" after "Straits Pacific Lines": a company or a body named without the
   * word that says what it is, the name the text gave with it.
   */
  private withKind(name: string): Person | null {
    const first = name.slice(0, name.indexOf(' '));
    this.need(first);
    const person = this.firstWord.get(first);
    if (!person?.name.startsWith(`${name} `)) return null;
    // (Or two words, the last of them the kind: "Millbrook Unified School District".)
    const kind = person.name.slice(name.length + 1).split(' ');
    const last = kind[kind.length - 1]!;
    return kind.length <= 2 && (COMPANY_WORDS.has(last) || ORG_WORDS.has(last) || CIVIC.has(last))
      ? person
      : null;
  }

  /**
   * "Maria do Carmo" after "Maria do Carmo Albuquerque", "Héctor Salcido" after "Héctor Salcido
   * Beltrán": a name the text gave with one more word, when only one person has it so.
   */
  private withOneMoreWord(name: string): Person | null {
    // (Not a name cut short on purpose, "Radek H.": the word after it opens the next sentence.)
    if (name.endsWith('.')) return null;
    this.need(name.slice(0, name.indexOf(' ')));
    let found: Person | null = null;
    for (const { person } of this.full) {
      if (!person.name.startsWith(`${name} `) || person.name.includes(' ', name.length + 1))
        continue;
      if (found && found.name !== person.name) return null;
      found = person;
    }
    return found;
  }

  /** "Галина Петровна": a given name and patronymic, the full name the text gave with them. */
  private byPatronymic(name: string): Person | undefined {
    const [given, patronymic] = name.split(' ') as [string, string];
    if (!PATRONYMIC.re.test(patronymic)) return undefined;
    this.need(patronymic);
    const person = this.secondWord.get(patronymic);
    return person?.name.startsWith(`${given} `) ? person : undefined;
  }

  /**
   * The fullest form of a two-word name: the same first and last word with middle names
   * between. Longer names stay as they are ("George W. Bush" is not "George H. W. Bush").
   */
  private fuller(person: Person | null): Person | null {
    if (!person) return person;
    const space = person.name.indexOf(' ');
    if (space < 0 || person.name.includes(' ', space + 1)) return person;
    this.need(lastWord(person.name));
    if (this.fullest.size === 0) return person;
    return this.fullest.get(person.name) ?? person;
  }

  private add(person: Person): void {
    // Any earlier run that could file someone under the same keys is filed first.
    this.needAll(person.name);
    this.full.push({
      person,
      at: this.registering >= 0 ? this.registering : this.lastQueued + 0.5,
    });
    const words = person.name.split(' ');
    const bare = person.name.replace(SUFFIX, '').split(' ');
    const keep = (map: Map<string, Person>, key: string): void => {
      if (!map.has(key)) map.set(key, person);
    };
    keep(this.exact, person.name);
    if (words.length === 3) keep(this.secondWord, words[1]!);
    if (bare.length > 2) {
      const key = `${bare[0]} ${bare[bare.length - 1]}`;
      const held = this.fullest.get(key);
      if (!held || held.name.replace(SUFFIX, '').split(' ').length < bare.length)
        this.fullest.set(key, person);
    }
    if (words.length > 1) keep(this.firstWord, words[0]!);
    for (let k = 1; k < words.length; k++) {
      keep(this.ending, `${k}|${words.slice(-k).join(' ')}`);
      if (k <= bare.length) keep(this.bareEnding, `${k}|${bare.slice(-k).join(' ')}`);
    }
  }

  /** Registers a person; returns the canonical (longest known) form, keeping a role once seen. */
  resolve(person: Person): Person {
    this.readUpTo();
    const known = this.known(person.name);
    if (known) {
      if (person.role && !known.role) known.role = person.role;
      return known;
    }
    // "il tecnico del Marsala Gaetano Russo": a run read without the word before it keeps the
    // club's or the place's name; the person is the full name the text gave after it.
    const rest = person.name.slice(person.name.indexOf(' ') + 1);
    const after = rest.includes(' ') ? this.known(rest) : null;
    if (after?.name === rest) return after;
    // "Veronika Šťastná" … "svěřila se Šťastná Blesku": a surname the text gave with a first
    // name, then the medium in the dative, a word no one's name holds.
    const surname = person.name.slice(0, person.name.indexOf(' '));
    if (!rest.includes(' ') && surname && this.hearerAfterSubject()) {
      const bearer = this.lookUp(surname);
      if (bearer?.name.endsWith(` ${surname}`) && !this.lookUp(rest)) return bearer;
    }
    const added = { ...person };
    this.add(added);
    return added;
  }

  /** Notes a full name seen in the text (for surname lookup); a shorter form of a known one is not new. */
  see(name: string, role: string | null = null): void {
    this.readUpTo();
    if (!name.includes(' ') || this.seen.has(name)) return;
    this.seen.add(name);
    const known = this.known(name);
    if (!known) this.add({ name, role });
    else if (role && !known.role) known.role = role;
  }
}

/**
 * Names glued by a page's markup ("Kristi NoemKristi Lynn Noem") split back apart. A part with
 * the surname of the part it is glued to is the same mention repeated by a hover card or a
 * tooltip, not the article naming the person: it is dropped, so it makes no fuller name.
 */
export function unglue(name: string): string[] {
  // Most runs have no lower-case letter right before a capital, so nothing to split.
  if (!LOWER_THEN_UPPER.re.test(name)) return [name.trim()];
  const parts = name.split(GLUED.re).map((n) => n.trim());
  if (parts.length === 1) return parts;
  return parts.filter((part, i) => i === 0 || lastWord(part) !== lastWord(parts[i - 1]!));
}
const GLUED = rx(String.raw`(?<=\p{Ll}{3})(?=\p{Lu})`, 'u');

/**
 * Two full names joined by the Spanish "y" that a run of names reads as one, since "y" is also a
 * particle ("José Ortega y Gasset"): "Matías Ledesma y Franco Aguirre" gives both.
 */
export function splitCoordinated(run: string): string[] {
  if (!run.includes(' y ')) return [run];
  const words = run.split(' ');
  const at = words.indexOf('y');
  return at >= 2 && words.length - at - 1 >= 2
    ? [words.slice(0, at).join(' '), words.slice(at + 1).join(' ')]
    : [run];
}
const LOWER_THEN_UPPER = rx(String.raw`\p{Ll}\p{Lu}`, 'u');

function lastWord(text: string): string {
  return text.slice(text.lastIndexOf(' ') + 1);
}
