/**
 * German, Dutch, Scandinavian and Slavic copy puts a bare role noun right before a full name,
 * capitalised at a sentence's start (or, in German, as every noun is): "Bakker Ruud Hoogendoorn
 * vreest", "der Liedermacher Jens Ahlborn", "Neurolog Martin Beneš z …", "Studentka Ola
 * Michalak", or the genitive of a place or body: "przyjmujący Kraśnika Mateusz Lipiec",
 * "артистка России Нина Бельская". No list holds every such noun or town, and these languages
 * rarely give a person two given names unhyphenated: a speaker of three capitalised words is
 * a role and a name. Not an organisation's name ("Stichting Schone Lucht", "Międzynarodowa Unia
 * Astronomiczna": a kind of body or an adjective first), nor a Russian name with its patronymic.
 * After a lower-case role word ("handhaver Erik Jan Bosman") a second role is unusual in the
 * Germanic languages, and the run is cut there only if the text names the surname alone elsewhere.
 */
import { isVerb } from './cues.ts';
import type { TextLanguage } from './language.ts';
import { isCapitalParticle, isNameParticle, isOrganisation, isOrganisationKind } from './names.ts';
import { LETTER, rx, STARTS_UPPER } from './letters.ts';

// (Or a compound whose last part is a noun: "SVP-Kantonsrat", "Lkw-Fahrer".)
const PLAIN_WORD = rx(
  String.raw`^(?:\p{Lu}[\p{Ll}\p{M}]+|\p{Lu}[\p{L}\p{M}]*-\p{Lu}[\p{Ll}\p{M}]+)$`,
  'u',
);
// Articles that open surnames capitalised ("Mohamed El Khattabi", "Marine Le Pen"); names.ts
// leaves them out because elsewhere they open bodies' and places' names ("La Poste").
const CAPITAL_ARTICLE = /^(?:El|Al|Le|La)$/;
const isSurnameParticle = (w: string): boolean => isCapitalParticle(w) || CAPITAL_ARTICLE.test(w);

const PATRONYMIC = /(?:ич|вна|ична)$/;
// Adjectives open bodies' names in Slavic languages ("Międzynarodowa Unia", "Národní galerie",
// "Najwyższa Izba Kontroli", "Nejvyšší soud"; the Polish comparative after its consonant, not
// the club "Zawisza").
const SLAVIC_ADJECTIVE =
  /(?:owa|owy|owe|ska|ski|skie|(?:ż|j|k|p|r|d|l)sz[aey]|ny|na|ne|ní|ný|ná|ší|ské|ský|ská|ая|яя|ый|ий|ой|ое|ее)$/;
// Words that name a kind of body and open its name in the languages this reads (public offices
// too: "Urząd Miasta Poznania", "Raad van State", "Управление Росреестра").
const BODY_KINDS = new Set(
  (
    'Stichting Vereniging Stiftung Verein Verband Stiftelsen Föreningen Förbundet Fundacja Związek Stowarzyszenie Instytut Nadace Spolek Svaz Ústav Фонд Союз Институт Ассоциация' +
    ' Raad Rechtbank Gemeente Ministerie Urząd Zarząd Sąd Izba Komisja Rada Ministerstwo Agencja Inspekcja Prokuratura Kancelaria Úřad Soud Komise Ministerstvo Inspekce Správa Agentura Magistrát Управление Министерство Суд Комитет Служба Агентство Совет Комиссия Мэрия Прокуратура Администрация Правительство'
  ).split(' '),
);
const LOWER_ROLE_BEFORE = rx(String.raw`(?:^|\s)(\p{Ll}+)\s+$`, 'u');
const GERMANIC_ARTICLE = /^(?:der|die|den|dem|des|de|het|een|ein|eine|einer|einem|einen|det)$/;

export interface NameAndRole {
  name: string;
  role: string;
}

/** The name without the role word a speaker's first word is, or null if it is the name's. */
export function roleBeforeName(
  speaker: string,
  text: string,
  language: TextLanguage,
): NameAndRole | null {
  const words = speaker.split(' ');
  if (words.length < 3 || !words.every((w) => STARTS_UPPER.re.test(w))) return null;
  // The name proper: the surname, the capitalised particles before it, and one given name.
  let given = words.length - 2;
  while (given > 0 && isSurnameParticle(words[given]!)) given--;
  const role = words.slice(0, given);
  if (given < 1 || !role.every((w) => PLAIN_WORD.re.test(w)) || isNameParticle(words[given]!))
    return null;
  // ("Галина Петровна Сомова": a given name and patronymic before the surname is one name.)
  if (PATRONYMIC.test(words[given]!)) return null;
  const first = role[0]!;
  if (BODY_KINDS.has(first) || isOrganisationKind(first) || SLAVIC_ADJECTIVE.test(first))
    return null;
  const name = words.slice(given).join(' ');
  if (isOrganisation(name)) return null;
  const germanic = language.germanic();
  if (!germanic && !language.slavic()) return null;
  const surname = words[words.length - 1]!;
  const before = words[words.length - 2]!;
  const lower = lowerWordBefore(text, speaker);
  // (A reporting verb before it is no role word: "sagte Umweltdezernent Bernd Schöller".)
  const roleWord = lower && !GERMANIC_ARTICLE.test(lower) && !isVerb(lower);
  if (germanic && roleWord && !surnameAlone(text, surname, before)) return null;
  // "środkowy Sokoła", "артистка России": the role noun a genitive completes is the role's head.
  const head = !germanic && lower && lower.length > 3 ? `${lower} ` : '';
  return { name, role: head + role.join(' ') };
}

/** The lower-case word right before the speaker's first mention, if one is. */
function lowerWordBefore(text: string, speaker: string): string | undefined {
  const at = text.indexOf(speaker);
  return at < 0 ? undefined : LOWER_ROLE_BEFORE.re.exec(text.slice(Math.max(0, at - 40), at))?.[1];
}

/** Whether the text names the surname somewhere without the word before it in the name. */
function surnameAlone(text: string, surname: string, before: string): boolean {
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
    const next = text.charAt(at + surname.length);
    if (LETTER.re.test(next) || LETTER.re.test(text.charAt(at - 1))) continue;
    if (
      !text
        .slice(Math.max(0, at - before.length - 2), at)
        .trimEnd()
        .endsWith(before)
    )
      return true;
  }
  return false;
}
