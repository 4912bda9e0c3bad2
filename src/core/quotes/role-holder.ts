import { rxOf } from './letters.ts';
import { ORG_NOUNS, ROLE_NOUNS } from './cues.ts';
import { NAME, parsePerson, type People, type Person } from './names.ts';

/**
 * Words the press uses for the same role, so "la réalisatrice Agnès Morel" is who "déclare la
 * cinéaste" refers to. Small on purpose: only roles news writes one way and refers back to
 * another.
 */
const FAMILIES = [
  'director filmmaker cinéaste réalisatrice réalisateur cineasta regista diretora diretor directora',
  'author writer novelist autrice auteur auteure romancière romancier écrivaine écrivain autora autor escritora escritor scrittrice scrittore autore',
  'minister official ministre ministro ministra funcionario funcionaria',
  'mayor maire alcalde alcaldesa regidor regidora sindaco sindaca prefeito prefeita autarca burgemeester bürgermeister bürgermeisterin oberbürgermeister',
  'coach manager entraîneur sélectionneur sélectionneuse técnico tecnico treinador allenatore entrenador trainer trainerin oefenmeester trainer-coach bondscoach tränaren tränare förbundskaptenen trener trenér тренер',
  'politician politicus polityk politik politikern politiker политик',
  'spokesman spokeswoman spokesperson porte-parole portavoz portavoce porta-voz sprecher sprecherin woordvoerder woordvoerster',
  'prosecutor procureur procureure fiscal procuratore promotor',
  'player striker forward midfielder defender goalkeeper jugador jugadora futbolista delantero delantera centrocampista portero guardameta giocatore giocatrice attaccante portiere joueur joueuse attaquant attaquante gardien jogador jogadora atacante centroavante goleiro spieler spielerin stürmer stürmerin torhüter',
  'singer artist chanteur chanteuse artiste cantante artista cantor cantora sänger sängerin',
  'lawyer attorney avocat avocate abogado abogada avvocato avvocata legale difensore advogado advogada anwalt anwältin advocaat',
  'judge juge juez jueza juiz juíza giudice magistrado magistrada magistrat magistrate richterin rechter',
].map((line) => line.split(' '));

const familyOf = (noun: string): string[] =>
  FAMILIES.find((family) => family.includes(noun)) ?? [noun];

/**
 * Whether a person's known role (`role`, as the text gave it) can be what a role noun refers
 * to: it holds the noun or one of its family, or no other role noun ("Jane Smith, a lawyer" is
 * not whom "the mayor said" refers to; "le sélectionneur Didier Morel" is whom "l’entraîneur" is).
 */
export function mayHoldRole(role: string | null, noun: string): boolean {
  if (!role) return true;
  const words = role.toLowerCase().split(/[\s,]+/);
  const family = familyOf(noun);
  if (words.some((w) => family.includes(w))) return true;
  return !words.some((w) => ROLE_NOUNS.has(w));
}

// How copy names a director or an author without the role word: "dirigida por Carmen Aguilar",
// "réalisé par …", "directed by …"; "escrito por …", and a work's title, then "of" and the name
// ("Il romanzo «La casa sul lago» di Giulia Marchetti").
const BY = String.raw`\s+(?:por|par|da|by|von|door|av|przez)\s+`;
const INTRODUCED_BY: Record<string, string> = {
  director: String.raw`(?:dirigid[oa]s?|réalisée?s?|dirett[oa]|directed|inszeniert|geregisseerd|regisserad)${BY}`,
  author: String.raw`(?:(?:escrit[oa]s?|écrite?s?|scritt[oa]|written|geschrieben|geschreven|skriven|napisan[aey])${BY}|[»”」"]\s+(?:di|de|by|von|van|av)\s+)`,
};

// An organisation the text names before an organisation's noun refers back to it: an acronym
// opening a sentence or after an article, before a verb ("Het KNMI heeft …", "SMHI har …"; not a
// dateline's "NEW YORK"), a name after an
// article there ("Die Küstenbahn Nord hat …": people take no article), or a name after a
// noun that says what it is ("Le constructeur Renaudet", "La aerolínea Iberavia", "Die
// Küstenbahn Nord").
const ORGANISATION_BEFORE = String.raw`(?:(?:^|[.!?]\s+|\n)(?:(?:The|Het|De|Die|Der|Das|Le|La|Les|L[’']|El|Il|Lo|O|A)\s+)?(\p{Lu}{2,6}(?=\s+\p{Ll})|(?<=(?:Het|De|Die|Der|Das|Le|La|El|Il|Lo|O|A)\s+)\p{Lu}\p{Ll}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]+){0,2})(?![\p{L}])|(?<![\p{L}])(?:${[...ORG_NOUNS].map((n) => `[${n[0]!.toUpperCase()}${n[0]}]${n.slice(1)}`).join('|')})\s+((?:\p{Lu}[\p{L}-]+)(?:\s+\p{Lu}[\p{L}-]+){0,2}))`;

/** The last organisation named before `upTo` (see ORGANISATION_BEFORE), or null. */
function organisationBefore(text: string, upTo: number): Person | null {
  let last: string | null = null;
  for (const m of text
    .slice(Math.max(0, upTo - 1500), upTo)
    .matchAll(rxOf(ORGANISATION_BEFORE, 'gu')))
    last = m[1] ?? m[2]!;
  return last ? { name: last, role: null } : null;
}

// "of" and the office's name: "consejera de Sanidad de Castilla-La Mancha, Marta Villalba" gives
// the name after the comma (tried first), "ministro de Hacienda Juan Pérez" the one after it.
// (Elided too: "ministro dell’Interno, Paolo Deluca".)
const OF = String.raw`\s+(?:(?:de|del|da|do|di|du|des|of)\s+|(?:dell|d)[’'](?=\p{Lu}))`;

/**
 * "the coach said", "dijo el funcionario": the person the text, before `upTo`, last introduced
 * with that role word or one of its family right before the name ("coach Dave Kimura", "el
 * ministro de Economía, Martín Echeverría", "da diretora Ana Beatriz Lacerda"). `seen` caches
 * each noun's matches for one analysis. An organisation's noun ("the agency", "het instituut")
 * gets the organisation named before (`organisationBefore`).
 */
export function roleHolder(
  text: string,
  upTo: number,
  noun: string,
  people: People,
  seen: Map<string, { at: number; name: string }[]>,
): Person | null {
  if (ORG_NOUNS.has(noun)) return organisationBefore(text, upTo);
  let found = seen.get(noun);
  if (found === undefined) {
    // (Capitalised too, at a sentence's start; not by a flag: /i would let NAME match any case.)
    const words = familyOf(noun)
      .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
      .join('|');
    const re = rxOf(
      `(?<![\\p{L}])(?:${words})(?:${OF}[^,.;:!?\\n]{1,40},|(?:${OF}[^,.;:!?\\n]{1,40}?)?,?)\\s+(${NAME})`,
      'gu',
    );
    found = [];
    for (const m of text.matchAll(re)) found.push({ at: m.index, name: m[1]! });
    const by = INTRODUCED_BY[familyOf(noun)[0]!];
    if (by) {
      for (const m of text.matchAll(rxOf(`${by}(${NAME})`, 'gu')))
        found.push({ at: m.index, name: m[1]! });
      found.sort((a, b) => a.at - b.at);
    }
    seen.set(noun, found);
  }
  for (let k = found.length - 1; k >= 0; k--) {
    if (found[k]!.at >= upTo) continue;
    const person = parsePerson(found[k]!.name);
    if (person) return people.known(person.name) ?? person;
  }
  return null;
}
