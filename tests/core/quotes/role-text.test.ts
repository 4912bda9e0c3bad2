import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/quotes/index.ts';
import { roleAtFirstMention, tidyRole } from '../../../src/core/quotes/role-text.ts';

/** Roles as the reader shows them beside a speaker's name (role-text.ts). */

describe('an adjunct between verb and role is no part of the role', () => {
  test.each([
    ['w rozmowie z PAP prezes firmy', 'prezes firmy'],
    ['po zápase trenér Horního Hradce', 'trenér Horního Hradce'],
    ['на пресс-конференции главный тренер', 'главный тренер'],
    ['в некрологе на сайте института ректор', 'ректор'],
    ['v závěrečné řeči státní zástupce', 'státní zástupce'],
    ['dans un communiqué le directeur', 'le directeur'],
    ['à l’AFP le directeur général', 'le directeur général'],
    ['in sala stampa l’allenatore', 'l’allenatore'],
    ['en rueda de prensa el capitán', 'el capitán'],
    [
      'On the broadcast, commentator and former Test spinner',
      'commentator and former Test spinner',
    ],
    ['in a statement the company’s chief executive', 'the company’s chief executive'],
  ])('%s → %s', (role, want) => {
    expect(tidyRole(role)).toBe(want);
  });

  test.each([
    ['w rozmowie z PAP'],
    ['po meczu'],
    ['à l’AFP'],
    ['During her lifetime'],
    ['on Monday by the'],
    ['En cambio, la'],
    ['from'],
  ])('%s describes no one', (role) => {
    expect(tidyRole(role)).toBeNull();
  });

  test('"laut" (according to) is dropped', () => {
    expect(tidyRole('Laut Vorstandschef')).toBe('Vorstandschef');
  });
});

describe('roles that open otherwise stay as they are', () => {
  test.each([
    ['White House chief of staff'],
    ['a senior official'],
    ['la coautora'],
    ['pro golfer'],
    ['Under Secretary of State'],
    ['der Chef'],
    ['su abogada'],
    ['whose son attends the school'],
  ])('%s', (role) => {
    expect(tidyRole(role)).toBe(role);
  });

  test('no role stays none', () => {
    expect(tidyRole(null)).toBeNull();
  });
});

describe('in the analysis', () => {
  test.each([
    [
      '„Kupujemy historię i jakość” – powiedział w rozmowie z PAP prezes firmy Jan Kowalski.',
      'Jan Kowalski',
      'prezes firmy',
    ],
    [
      '« Nous allons reconstruire », a déclaré dans un communiqué le directeur Jean Dupont.',
      'Jean Dupont',
      'le directeur',
    ],
    ['«Это только начало», — заявил в интервью директор Иван Петров.', 'Иван Петров', 'директор'],
    ['„Wir bleiben“, sagte der Chef Hans Meier.', 'Hans Meier', 'der Chef'],
    ['„Wir bleiben“, sagte in einer Mitteilung der Chef Hans Meier.', 'Hans Meier', 'der Chef'],
  ])('%s', (text, speaker, role) => {
    const [q] = analyzeText(text);
    expect([q?.kind, q?.speaker, q?.role]).toEqual(['speech', speaker, role]);
  });
});

describe('no name from a quoted title or a reporting verb', () => {
  test('a dropped subject after a title in marks goes to the speaker the story follows', () => {
    const text =
      '„Nie możemy być traktowani jak petenci” – mówił z mównicy minister rolnictwa Krzysztof Zawadzki. Podkreślił, że zmiany zostaną częściowo sfinansowane z programu „Silna Wieś”, ale – jak dodał – „to inwestycja, a nie koszt”.';
    expect(analyzeText(text).map((q) => `${q.kind}/${q.speaker ?? '-'}`)).toEqual([
      'speech/Krzysztof Zawadzki',
      'term/-',
      'speech/Krzysztof Zawadzki',
    ]);
  });

  test('a name that ends inside a title’s marks names no one', () => {
    const text =
      'Streaming service Lumen+ has canceled the fantasy drama “The Glass Crown” after two seasons, the company confirmed Friday, leaving fans with a cliffhanger the show’s creator called “the cruelest possible place to stop.”';
    expect(analyzeText(text).every((q) => !q.speaker?.includes('”'))).toBe(true);
  });
});

describe('a role from where the text first names a speaker whose frames gave none', () => {
  test.each([
    [
      'Outside court, Forum chairperson Lindiwe Mkhize said the road was unfinished.',
      'Forum chairperson',
    ],
    ['The win was sealed late. Brisbane coach Kevin Walters praised his side.', 'Brisbane coach'],
    ['Innego zdania jest radna Lindiwe Mkhize.', 'radna'],
    ['Yesterday coach Lindiwe Mkhize resigned.', 'coach'],
    ['Police arrested Lindiwe Mkhize on Friday.', null],
    ['Lindiwe Mkhize opened the meeting.', null],
  ])('%s', (text, role) => {
    expect(
      roleAtFirstMention(text, 'Lindiwe Mkhize') ?? roleAtFirstMention(text, 'Kevin Walters'),
    ).toBe(role);
  });

  test.each([
    ['Na místě byl i Detective Lt. Raymond Burke.', 'Raymond Burke', 'Detective Lt.'],
    ['Вчера глава города Виктор Самойлов открыл мост.', 'Виктор Самойлов', 'глава города'],
    ['Gisteren zei schepen van Cultuur Anke Peeters niets.', 'Anke Peeters', null],
  ])('%s', (text, name, role) => {
    expect(roleAtFirstMention(text, name)).toBe(role);
  });

  test('a closing mark before a role is no part of it', () => {
    expect(tidyRole('” Dr.')).toBe('Dr.');
    expect(tidyRole('" the critic')).toBe('the critic');
    expect(tidyRole('”')).toBeNull();
  });

  test('in the analysis: the role a title quote’s frame gave is found again', () => {
    const text =
      'Residents held placards reading “Our Roads, Our Money.” Forum chairperson Lindiwe Mkhize said potholes had not been fixed.\n“They took the money and gave us dust,” Mkhize said.';
    const speech = analyzeText(text).filter((q) => q.kind === 'speech');
    expect(speech.map((q) => [q.speaker, q.role])).toEqual([
      ['Lindiwe Mkhize', 'Forum chairperson'],
    ]);
  });

  test('a role the frame gives is kept', () => {
    const [q] = analyzeText(
      'Kevin Walters arrived late.\n“We were poor,” said club captain Kevin Walters.',
    );
    expect([q?.speaker, q?.role]).toEqual(['Kevin Walters', 'club captain']);
  });
});
