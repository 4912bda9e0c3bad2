import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/quotes/index.ts';
import { first } from './first-quote.ts';

describe('speaker frames', () => {
  test.each([
    ['X said', '“We will appeal,” Jane Doe said.', 'Jane Doe'],
    ['said X', '“We will appeal,” said Jane Doe.', 'Jane Doe'],
    ['inverted says X', '“It is what it is,” says Ngata.', 'Ngata'],
    ['X says: colon frame', 'Jane Doe says: “It was a long night for all of us.”', 'Jane Doe'],
    ['X told Reuters:', 'Jane Doe told Reuters: “We will appeal the ruling.”', 'Jane Doe'],
    ['according to X', 'According to Jane Doe, “this is bad news for everyone.”', 'Jane Doe'],
    ['according to X after', '“This is bad news for everyone,” according to Jane Doe.', 'Jane Doe'],
    ['appositive aside', '“We lost,” Jane Doe, who joined in July, said.', 'Jane Doe'],
    ['role before the name', '“We lost,” said U.S. Attorney Nealy Cox.', 'Nealy Cox'],
    [
      'said a description, Name',
      '“We are reviewing it,” said a spokeswoman, Jane Smith.',
      'Jane Smith',
    ],
    [
      'said the role, Name',
      '“We are reviewing it,” said the company’s spokeswoman, Jane Smith.',
      'Jane Smith',
    ],
    [
      'the next sentence looks back',
      '“It was terrifying.” That is how Jane Smith described the night.',
      'Jane Smith',
    ],
    [
      'the words of X',
      '“We will never give up.” Those were the words of Jane Smith.',
      'Jane Smith',
    ],
    [
      'a company’s abbreviation in the appositive',
      '“We are thrilled,” John Doe, CEO of Widgets Inc., said in a press release.',
      'John Doe',
    ],
    ['party and state', '“We will win,” Sen. Elizabeth Warren, D-Mass., said.', 'Elizabeth Warren'],
    ['a degree after the name', '“We will win,” Jane Smith, PhD, said.', 'Jane Smith'],
    ['a dotted degree', '“We will win,” Jane Smith, Ph.D., said.', 'Jane Smith'],
    ['a passive with its agent', 'Doe was described by Jane Smith as “a liar.”', 'Jane Smith'],
    ['said one fan, Name, age', '“It was great,” said one fan, Jane Smith, 32.', 'Jane Smith'],
    ['X clarifies', '“It is rest, not really sleep,” Holly Wilgus clarifies.', 'Holly Wilgus'],
    ['X acknowledges', '“You might think you cannot,” Holly Wilgus acknowledges.', 'Holly Wilgus'],
    ['acronym role', '“We lost,” Browns DL Sheldon Richardson said.', 'Sheldon Richardson'],
    [
      'organisation',
      '“We deny it,” the Swedish Prosecution Authority said.',
      'Swedish Prosecution Authority',
    ],
    ['FR a dit', '« Nous allons gagner », a dit Emmanuel Macron.', 'Emmanuel Macron'],
    [
      'FR a déclaré X lors de …',
      '« Nous allons gagner », a déclaré Emmanuel Macron lors de sa visite.',
      'Emmanuel Macron',
    ],
    [
      'FR a déclaré X à …',
      '« Nous allons gagner », a déclaré Emmanuel Macron à Berlin.',
      'Emmanuel Macron',
    ],
    ['FR selon', 'Selon Marie Dupont, « la situation est grave et inquiétante ».', 'Marie Dupont'],
    [
      'FR affirme :',
      'Marie Dupont affirme : « Nous ne céderons pas sur ce point. »',
      'Marie Dupont',
    ],
    ['DE sagte', '„Wir schaffen das“, sagte Angela Merkel.', 'Angela Merkel'],
    ['DE sagte X am …', '„Wir schaffen das“, sagte Angela Merkel am Montag.', 'Angela Merkel'],
    ['DE sagte surname am …', '„Wir schaffen das“, sagte Merkel am Montag in Berlin.', 'Merkel'],
    ['DE laut', 'Laut Olaf Scholz ist das „eine Zeitenwende für Europa“.', 'Olaf Scholz'],
    ['DE so', '„Das ist gut“, so Olaf Scholz.', 'Olaf Scholz'],
    ['ES dijo', '«Vamos a ganar las elecciones», dijo Pedro Sánchez.', 'Pedro Sánchez'],
    ['ES según', 'Según Pedro Sánchez, «el país necesita estabilidad ahora».', 'Pedro Sánchez'],
    ['IT ha detto', '«Non è una cosa facile da fare», ha detto Giorgia Meloni.', 'Giorgia Meloni'],
    ['IT secondo', 'Secondo Giorgia Meloni, «il governo durerà cinque anni».', 'Giorgia Meloni'],
    ['PT disse', '"Vamos vencer esse jogo", disse Tite.', 'Tite'],
    ['PT disse X em …', '"Vamos vencer", disse o presidente Lula em Brasília.', 'Lula'],
    ['PT segundo', 'Segundo Tite, "o time está pronto para a final".', 'Tite'],
    ['NL zei', '"We gaan dit samen oplossen", zei Mark Rutte.', 'Mark Rutte'],
    ['NL zei X tijdens …', '"Wij winnen", zei Mark Rutte tijdens het debat.', 'Mark Rutte'],
    [
      'IT ha detto X durante …',
      '“Vinceremo”, ha detto Giorgia Meloni durante il vertice.',
      'Giorgia Meloni',
    ],
    [
      'EN a name particle is no adjunct',
      '“We lost,” said Luis de Miranda on Monday.',
      'Luis de Miranda',
    ],
    ['PL powiedział', '„Wygramy”, powiedział Donald Tusk.', 'Donald Tusk'],
    ['SV säger', '”Vi kommer att vinna”, säger Ulf Kristersson.', 'Ulf Kristersson'],
    ['CA ha dit', '«Guanyarem», ha dit Salvador Illa.', 'Salvador Illa'],
    ['TR dedi', '"Kazanacağız" dedi Recep Erdoğan.', 'Recep Erdoğan'],
    [
      'IT il, an article before a role and a name',
      '“Vinceremo”, ha dichiarato il premier Giorgia Meloni.',
      'Giorgia Meloni',
    ],
    [
      'IT Il at the start',
      'Il ministro Matteo Salvini ha detto: «Andiamo avanti».',
      'Matteo Salvini',
    ],
    ['NL volgens', 'Volgens Mark Rutte is het "een historische dag voor Nederland".', 'Mark Rutte'],
    [
      'CS napsal, inverted',
      '„Je to velký úspěch pro celou zemi,“ napsal na Twitteru Jan Novák.',
      'Jan Novák',
    ],
    ['CS řekl:', 'Jan Novák řekl: „Budeme pokračovat v jednáních.“', 'Jan Novák'],
    ['ZH 表示：', '王毅表示：“中方愿同各方加强合作。”', '王毅'],
    ['unnamed source', '“I’m on meth,” one user quipped.', null],
    [
      'unnamed spokesperson',
      'A company spokesperson said that “we are cooperating in the matter.”',
      null,
    ],
    [
      'owner of a speech noun',
      'Marco Arment runs a podcast. Arment’s insistence that “anyone can do this” is silly.',
      'Marco Arment',
    ],
    ['as X put it', 'They hired a mix of “squatters,” as Iván Espinosa put it.', 'Iván Espinosa'],
    ['a people’s saying', 'And as the French say, “dans le noir tous les chats sont gris.”', null],
    [
      'the owner is a role',
      'Rachel Stephens is an analyst. RedMonk’s Stephens said, “We are in a cash-constrained year.”',
      'Rachel Stephens',
    ],
    [
      'a particle capitalised at a sentence start',
      'The philosopher Luis de Miranda wrote the book. De Miranda writes: “Neon is a mood of the city.”',
      'Luis de Miranda',
    ],
    [
      'a stage direction before the name',
      'Enter Stuart R. Kaplan, a graduate of Wharton. “I’m all yours,” he tells me.',
      'Stuart R. Kaplan',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });

  test('a quote glued to the sentence before opens the next one, its frame after it', () => {
    const quotes = analyzeText(
      '“In general, the cocaine is amazing,” says Caudevilla. The United Nations Drug Report reports it is near 30 percent.“We have found purer cocaine,” he adds.',
    );
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['In general, the cocaine is amazing,', 'Caudevilla'],
      ['We have found purer cocaine,', 'Caudevilla'],
    ]);
  });
});

describe('continuations, pronouns and names seen earlier', () => {
  test('a paragraph that reopens keeps the speaker of the previous one', () => {
    const quotes = analyzeText(
      '“We won,” said coach Dean Evason. “It was good.”\n“And more to come.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Dean Evason', 'Dean Evason', 'Dean Evason']);
    expect(quotes[0]!.role).toBe('coach');
  });

  test('a name inside a quote is not who a later pronoun is', () => {
    const quotes = analyzeText(
      '“We needed a song,” said director Tom Harper.\nA demo came in called “Glasgow (“No Place Like Home”). “It grabbed me,” he said.',
    );
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['We needed a song,', 'Tom Harper'],
      ['No Place Like Home', null],
      ['It grabbed me,', 'Tom Harper'],
    ]);
  });

  test('a pronoun resolves to the person just named', () => {
    const text =
      'Wild defenseman Ryan Suter, who joked about Parise’s sticks, saw his face.\n“He’s used to scoring goals,” he said.';
    expect(first(text.split('\n')[0] + '\n' + text.split('\n')[1])).toEqual([
      'speech',
      'Ryan Suter',
    ]);
  });

  test.each([
    [
      'il (French inversion)',
      'Emmanuel Macron est arrivé.\n« Nous allons gagner », a-t-il dit.',
      'Emmanuel Macron',
    ],
    [
      'she',
      'Taylor Swift posted on Twitter.\n"I just want to perform my own music," she said.',
      'Taylor Swift',
    ],
    ['er', 'Olaf Scholz kam spät.\n„Das ist gut“, sagte er.', 'Olaf Scholz'],
  ])('pronoun %s', (_name, text, speaker) => {
    expect(analyzeText(text)[0]!.speaker).toBe(speaker);
  });

  test('a surname resolves to the full name seen earlier', () => {
    const quotes = analyzeText('Zach Parise scored twice.\n“You can go either way,” Parise said.');
    expect(quotes[0]!.speaker).toBe('Zach Parise');
  });

  test('a two-word surname resolves too', () => {
    const quotes = analyzeText(
      'It was Joel Eriksson Ek’s feed.\n“I didn’t see him,” Eriksson Ek said.',
    );
    expect(quotes[0]!.speaker).toBe('Joel Eriksson Ek');
  });

  test('a role noun resolves to the speaker the story follows, never to a mere mention', () => {
    expect(
      analyzeText('"Eu errei", falou Tite.\n"Faria de novo? Não", acrescentou o comandante.')[1]!
        .speaker,
    ).toBe('Tite');
    expect(
      first('An AP journalist was there.\n“It’s a shame to see this,” the doctor said.'),
    ).toEqual(['speech', null]);
  });

  test('a role given in apposition to a name is whom "the mayor said" refers to', () => {
    for (const text of [
      'Jane Smith, the mayor, visited the site.\n“We will rebuild,” the mayor said.',
      'Jane Smith, the city’s mayor, visited the site.\n“We will rebuild,” the mayor said.',
      'Jane Smith is the mayor of Denver.\n“We will rebuild,” said the mayor.',
    ])
      expect(first(text), text).toEqual(['speech', 'Jane Smith']);
    // A role the text gives no one stays without a speaker.
    expect(first('Jane Smith, a lawyer, visited.\n“We will rebuild,” the mayor said.')).toEqual([
      'speech',
      null,
    ]);
  });
});

describe('speech or term', () => {
  test.each([
    [
      'scare quote as modifier',
      'allowing the company to supply “non-core” equipment such as masts',
      'term',
    ],
    [
      'partial quote after a reporting verb',
      'Trump has referred to the decision as a “betrayal”, the paper reports.',
      'speech',
    ],
    [
      'partial quote after "said it was"',
      'The minister said it was "distressing" to watch.',
      'speech',
    ],
    [
      'named by a naming noun',
      'an anti-drug campaign with the slogan “Meth, we’re on it.”',
      'term',
    ],
    ['dubbed', 'the prison, dubbed the “Hanoi Hilton” by servicemen', 'term'],
    ['title of a work', 'la prima stagione di “Castlevania”, che ha riscosso', 'term'],
    [
      'long title of a work',
      'il titolo provvisorio è “Knights of the Zodiac – Saint Seiya” e la prima',
      'term',
    ],
    ['passive hedge', 'He was said to have endured an “apoplectic” reaction from Trump.', 'term'],
    [
      'unattributed full sentence',
      'The sign read “We will never forget what happened here.”',
      'speech',
    ],
    ['CJK term', '報道によると、いわゆる「脱獄」したiPhone。', 'term'],
  ])('%s', (_name, text, kind) => {
    expect(first(text)[0]).toBe(kind);
  });

  test('terms never carry a speaker', () => {
    for (const q of analyzeText('Jane Doe said the “non-core” equipment was fine.')) {
      if (q.kind === 'term') expect(q.speaker).toBeNull();
    }
  });
});

describe('rules from the held-out batch 4 errors', () => {
  test.each([
    [
      'dotless title abbreviations',
      '“I could not believe it,” Lt Col Alexander Vindman said.',
      ['speech', 'Alexander Vindman'],
    ],
    [
      'an owner’s title as appositive',
      '“We had issues,” Kevin Mayer, Disney’s chairman of streaming, said.',
      ['speech', 'Kevin Mayer'],
    ],
    [
      'a plural owner’s title as appositive',
      '“Rates are low,” Jessica Caldwell, Edmunds’ executive director, said.',
      ['speech', 'Jessica Caldwell'],
    ],
    [
      'a person of a place, inverted',
      '“I was unable to stand,” wrote 43-year-old Martin Taylor of Aberdeenshire, Scotland.',
      ['speech', 'Martin Taylor'],
    ],
    [
      'an organisation named "Office of …" stays whole',
      '“We are ready,” the Office of Emergency Services said.',
      ['speech', 'Office of Emergency Services'],
    ],
    [
      'a capitalised common noun at a sentence start is no name',
      'Teachers chanted, “Fund our schools,” as other teachers watched.',
      ['speech', null],
    ],
    [
      'a place modifying a common noun is no speaker',
      'While some Indiana protesters chanted, “Red for Ed,” lawmakers met.',
      ['speech', null],
    ],
    [
      'a reporting verb right before a title-like quote makes it speech',
      'As Sherlock would say, “Elementary, my dear Watson.”',
      ['speech', 'Sherlock'],
    ],
    [
      'a participle after "have" is no modifier',
      'Joel Schlabach said politicians have “vilified” educators.',
      ['speech', 'Joel Schlabach'],
    ],
    [
      'a partial quote shares the frame of a later quote in its sentence',
      'It has been “terribly disruptive” and, at the moment, “we won’t roll the dice,” CEO Andy Vesey said.',
      ['speech', 'Andy Vesey'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  test('modifiers stay terms: after "is", after a preposition "to"', () => {
    expect(first('It is “non-core” equipment, Jane Doe said.')).toEqual(['term', null]);
    expect(first('They sold it to “trusted” suppliers, Jane Doe said.')).toEqual(['term', null]);
  });

  test('a whole sentence after a speech quote goes on as speech, unnamed source kept', () => {
    const quotes = analyzeText('“Hands! Let me see your hands!” an officer ordered. “Step out.”');
    expect(quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['speech', null],
      ['speech', null],
    ]);
  });

  test('a heading’s last word and the next paragraph’s first are not one name', () => {
    const text =
      'Time for Dr. Sherlock\nAt first he was ill.\nAs Sherlock would say, “Elementary, my dear Watson.”';
    expect(analyzeText(text)[0]!.speaker).toBe('Sherlock');
  });
});

describe('Chinese frames and unframed quotes', () => {
  const speakers = (text: string): (string | null)[] => analyzeText(text).map((q) => q.speaker);

  test.each([
    [
      'a name after 的 and before 说',
      '在墨尔本留学的马素湘说：“想不关注都难啊！到处都是消息。”',
      ['马素湘'],
    ],
    [
      'a role before the name',
      '全国政协委员张近东提出“经济正在从数量型向质量型转变。”',
      ['张近东'],
    ],
    ['a name and verb after the quote', '“把理论和现实结合起来，提供依据。”李博灏说。', ['李博灏']],
    [
      'an adverb in 地 between name and verb',
      '“我相信留学生必将带来新的思路。” 卢宇恳切地说。',
      ['卢宇'],
    ],
    ['a longer role before the name', '美国总统拜登表示：“我们会赢。”', ['拜登']],
    ['a role after its office', '外交部发言人汪文斌表示：“中方坚决反对。”', ['汪文斌']],
    ['在 and a place after the name', '李强在会上说：“要坚持改革。”', ['李强']],
    [
      '在X看来 (in X’s view)',
      '在李博灏看来，知识产权很重要。“如何带回祖国一直是我在思考的。”',
      ['李博灏'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  test('他 is the subject of the last reporting verb before it', () => {
    const text =
      '张近东提出“消费升级将成为动力。”对此，李博灏认为这也是他关注的问题。他认为：“消费升级的重要性越发突显。”';
    expect(speakers(text)).toEqual(['张近东', '李博灏']);
  });

  test('a quote with no frame takes a speaker its sentence names', () => {
    const text =
      '卢宇表示：“我高中毕业后就出国留学了。”\n对此提案，卢宇有着自己的看法，“百花齐放的局面固然可喜，但也不能一哄而上。”';
    expect(speakers(text)).toEqual(['卢宇', '卢宇']);
  });
});

describe('a quote with no frame, in a sentence about someone named earlier', () => {
  test('the sentence’s subject, by surname', () => {
    const text =
      'Apple CEO Tim Cook met Marc Benioff.\nBenioff introduced Cook as “someone who has redefined what it means to be a chief.”\nCook remembered Jobs rehearsing and “going way off script in a way only he could do.”';
    expect(analyzeText(text).map((q) => q.speaker)).toEqual(['Marc Benioff', 'Tim Cook']);
  });

  test('not a country or a group at the sentence start', () => {
    const text = 'Xi Jinping spoke.\nChina stood firm and “will not sit on our hands any longer.”';
    expect(analyzeText(text)[0]!.speaker).toBeNull();
  });

  test('"Regardless of" opens no name in a colon frame', () => {
    const text =
      'Regardless of how much credit you give it, the advice is good: “Consider brushing up on other skills.”';
    expect(analyzeText(text)[0]!.speaker).toBeNull();
  });
});

describe('Korean frames: subject particle before, reporting verb after', () => {
  const speakers = (text: string): [string, string | null][] =>
    analyzeText(text).map((q) => [q.kind, q.speaker]);

  test('그는 resolves to the topic of the sentence before; a second quote goes on', () => {
    const text =
      '하지만 엘제이는 무감한 태도를 보였다. 그는 “내가 사랑하는 사람의 추억을 간직하는 게 잘못이냐”고 말하기도 했다. 또 “제 여자친구랑 여행 간 게 잘못인가요”라거나 같은 글을 남기기도 했다.';
    expect(speakers(text)).toEqual([
      ['speech', '엘제이'],
      ['speech', '엘제이'],
    ]);
  });

  test('a title written after the name takes the particle: the name is the word before it', () => {
    expect(speakers('윤석열 대통령은 기자들에게 "최선을 다하겠다"고 말했다.')).toEqual([
      ['speech', '윤석열'],
    ]);
    expect(analyzeText('김민수 의원은 "반대한다"고 밝혔다.')[0]?.role).toBe('의원');
  });

  test('a verb’s adnominal form (토로하는) is no subject', () => {
    const text =
      '이 입장을 토로하는 과정에서 류화영은 엘제이의 협박을 폭로했다. 그는 이 문제를 ‘데이트 폭력’이라고 분명히 했다.';
    expect(speakers(text)).toEqual([['speech', '류화영']]);
  });

  test('without a reporting verb a single-quoted word stays a term', () => {
    expect(speakers('그것은 최근 민감해진 ‘성폭력’ 사안에 대한 시선이다.')).toEqual([
      ['term', null],
    ]);
  });
});

describe('Japanese frames: topic before, quotative と and verb after', () => {
  const speakers = (text: string): [string, string | null][] =>
    analyzeText(text).map((q) => [q.kind, q.speaker]);

  test('the topic or subject names the speaker; a title after the name is the role', () => {
    expect(speakers('岸田首相は記者団に「全力で取り組む」と述べた。')).toEqual([
      ['speech', '岸田'],
    ]);
    expect(speakers('トヨタの佐藤社長が「新しい時代だ」と強調した。')).toEqual([
      ['speech', '佐藤'],
    ]);
    expect(analyzeText('山田太郎氏は「とても嬉しい」と語った。')[0]?.role).toBe('氏');
  });

  test('彼/彼女 is no name: the last speaker, else speech with no speaker', () => {
    expect(speakers('山田太郎氏は「とても嬉しい」と語った。彼女は「私も」と述べた。')).toEqual([
      ['speech', '山田太郎'],
      ['speech', '山田太郎'],
    ]);
    expect(speakers('彼女は「わからない」と言った。')).toEqual([['speech', null]]);
  });

  test('a frame with no topic drops a known subject: the speaker the story follows', () => {
    expect(
      speakers('岸田首相は記者団に「全力で取り組む」と述べた。さらに「必ずやる」と強調した。'),
    ).toEqual([
      ['speech', '岸田'],
      ['speech', '岸田'],
    ]);
    expect(speakers('岸田首相は「全力で取り組む」と述べた。\n「必ずやる」と強調した。')).toEqual([
      ['speech', '岸田'],
      ['speech', '岸田'],
    ]);
    // No one before it: speech all the same, with no speaker.
    expect(speakers('記者団に対し「勝つ」と述べた。')).toEqual([['speech', null]]);
  });

  test('a topic of an earlier sentence is not the speaker; a title stays a term', () => {
    expect(speakers('山田氏は帰った。佐藤氏は「大変だ」と述べた。')).toEqual([['speech', '佐藤']]);
    expect(speakers('「吾輩は猫である」という小説がある。')).toEqual([['term', null]]);
    expect(speakers('猫は「ニャー」と鳴いた。')).toEqual([['term', null]]);
  });
});

describe('he/she never goes to a person the text gives the other pronoun', () => {
  const speaker = (text: string): string | null => analyzeText(text)[0]!.speaker;

  test.each([
    [
      'an honorific',
      'Jennifer Williams was surprised by the call. Mr Volker disagreed. “I believe it was odd,” she said.',
      'Jennifer Williams',
    ],
    [
      'a pronoun after the person’s own reporting verb',
      'Jennifer Williams was surprised by the call. Kurt Volker said he disagreed. “I believe it was odd,” she said.',
      'Jennifer Williams',
    ],
    [
      'no evidence: the nearest name, as before',
      'Jennifer Williams was surprised by the call. Kurt Volker disagreed. “I believe it was odd,” she said.',
      'Kurt Volker',
    ],
  ])('%s', (_name, text, expected) => {
    expect(speaker(text)).toBe(expected);
  });
});

describe('a quote with words cut from it is a quotation, not a label (wcxb 0307)', () => {
  test('an ellipsis or a bracketed edit inside the marks, with a noun after them', () => {
    const kinds = (text: string) => analyzeText(text).map((q) => q.kind);
    expect(
      kinds(
        'It’s a smell some associate with cleanliness. “Others are seeking less hazardous and environmentally preferable…‘green,’ ‘organic,’ or ‘natural’” disinfectants, which you can buy.',
      ),
    ).toEqual(['speech']);
    // Without the cut it stays the modifier of the noun after it.
    expect(
      kinds(
        'It’s a smell some associate with cleanliness. “Others are seeking less hazardous and environmentally preferable ‘green,’ ‘organic,’ or ‘natural’” disinfectants, which you can buy.',
      ),
    ).toEqual(['term']);
  });
});

describe('roles in other languages (blind probes of wire copy)', () => {
  test.each([
    [
      'Italian: office "del Consiglio" before the name, an adjunct after it',
      '«Il Paese ha bisogno di stabilità», ha detto il presidente del Consiglio Marco Ferretti al termine del vertice.',
      'Marco Ferretti',
    ],
    [
      'Spanish: "a EFE" after the surname',
      'El alcalde de Valencia, Andrés Molina, anunció un plan. «No podemos esperar a que llueva», señaló Molina a EFE tras reunirse con los regantes.',
      'Andrés Molina',
    ],
    [
      'German: a compound job title before the name',
      '„Das ist ein schwarzer Tag für die ganze Region“, sagte Betriebsratschef Uwe Kessler.',
      'Uwe Kessler',
    ],
    [
      'German: a place and a compound title before the name',
      '„Wir wollen niemanden bestrafen“, sagte der Wiener Verkehrsstadtrat Florian Gruber.',
      'Florian Gruber',
    ],
    [
      'French: "a ajouté le ministre" after the minister’s own quote',
      '« Nous ne laisserons pas filer la dette », a déclaré le ministre de l’Économie, Laurent Valmont. « L’effort sera partagé », a ajouté le ministre.',
      'Laurent Valmont',
    ],
    [
      'Portuguese: "disse a ministra" after her own quote (a is the article)',
      '“O Brasil vai cumprir a meta”, afirmou a ministra do Meio Ambiente, Ana Lacerda. “Vamos dobrar a fiscalização”, disse a ministra.',
      'Ana Lacerda',
    ],
  ])('%s', (_name, text, speaker) => {
    const speech = analyzeText(text).filter((q) => q.kind === 'speech');
    expect(speech.length).toBeGreaterThan(0);
    for (const q of speech) expect(q.speaker, q.text).toBe(speaker);
  });
});

describe('names and titles (blind probes)', () => {
  test.each([
    [
      'a council title before the name',
      'Councilman Roy Pruitt said he supported the project but wanted “a real budget, not a wish list.”',
      'Roy Pruitt',
    ],
    [
      'an acronym inside an organisation’s name',
      'Nurses say they are stretched. Wexham Valley NHS Trust said staffing levels were “safe and regularly reviewed”.',
      'Wexham Valley NHS Trust',
    ],
    [
      'a possessive determiner is no name ("My manager kept saying")',
      'A: Honestly, I threw out two whole records. My manager kept saying, “Just put something out,” and I kept saying no.',
      null,
    ],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});

describe('a role noun refers to whom the text introduced with that role or its synonym', () => {
  test.each([
    [
      'French: "déclare la cinéaste" after "la réalisatrice Agnès Morel"',
      'Le film « Les Heures claires », de la réalisatrice Agnès Morel, a remporté la Palme d’or. « C’est une victoire collective », déclare la cinéaste, visiblement émue.',
      'Agnès Morel',
    ],
    [
      'Portuguese: "afirmou a cineasta" after "da diretora Ana Beatriz Lacerda"',
      'O filme “Sertão em Chamas”, da diretora Ana Beatriz Lacerda, foi selecionado. “É um reconhecimento para o cinema nordestino”, afirmou a cineasta.',
      'Ana Beatriz Lacerda',
    ],
    [
      'Spanish: "dijo el funcionario" after "el ministro de Economía, Martín Echeverría"',
      'El Gobierno eliminará el cepo, según confirmó el ministro de Economía, Martín Echeverría. “Es el fin de una distorsión”, dijo el funcionario en conferencia de prensa.',
      'Martín Echeverría',
    ],
    [
      'English: "the coach said" after "coach Dave Kimura", with no quote of his before',
      'Quarterback Eli Strand threw three interceptions, and coach Dave Kimura pulled him in the fourth quarter. “We didn’t execute,” the coach said.',
      'Dave Kimura',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(
      analyzeText(text)
        .filter((q) => q.kind === 'speech')
        .map((q) => q.speaker),
    ).toEqual([speaker]);
  });
});

describe('reporting verbs of other languages make a partial quote speech (blind probes)', () => {
  test.each([
    [
      'Spanish "avanzó que"',
      'El alcalde de Valencia, Andrés Molina, anunció un plan contra la sequía. El regidor avanzó que las restricciones de riego se aplicarán «de forma progresiva» a partir de julio.',
    ],
    [
      'Spanish "calificó de"',
      'El técnico Manuel Ortega pidió explicaciones y calificó de «vergonzosa» la actuación del colegiado.',
    ],
    [
      'Dutch "noemde"',
      'Minister Hanneke de Boer sprak dinsdag in de Tweede Kamer. Ze noemde de huidige bezwaarprocedures ‘veel te traag’.',
    ],
    [
      'Swedish "beskriver … som"',
      'Stormen har lämnat 40 000 hushåll utan ström. Elbolaget Nordkraft beskriver läget som ”mycket allvarligt”.',
    ],
    [
      'Portuguese "classificou … como"',
      'Em nota, a produtora do longa classificou a seleção como “histórica”.',
    ],
  ])('%s', (_name, text) => {
    expect(analyzeText(text).map((q) => q.kind)).toEqual(['speech']);
  });
});

test('Swedish: an inverted name ends before "till" and "efter"', () => {
  expect(
    analyzeText(
      '”Vi måste bryta gängens nyrekrytering”, säger justitieminister Erik Lindqvist till TT.\n”Det här är det största ögonblicket i min karriär”, säger Emma Sjöberg efter VM-guldet i Seefeld.',
    ).map((q) => q.speaker),
  ).toEqual(['Erik Lindqvist', 'Emma Sjöberg']);
});

describe('a source preposition opening the sentence frames a partial quote in it (blind probes)', () => {
  test.each([
    [
      'French "Selon X," then "une « … » au …"',
      'Marc Tellier est délégué syndical. Selon Marc Tellier, la direction mène une « politique du chiffre » au détriment des salariés.',
      'Marc Tellier',
    ],
    [
      'Italian "Secondo lei,"',
      'Anna Ricci ha commentato i dati. Secondo lei, il rischio è quello di una «stagnazione prolungata».',
      'Anna Ricci',
    ],
    [
      'Portuguese "Segundo ele,"',
      'Paulo Sérgio Andrade lamentou a eliminação. Segundo ele, o elenco precisa de “reforços pontuais” para a sequência.',
      'Paulo Sérgio Andrade',
    ],
    [
      'Russian "По его словам,"',
      'Андрей Соколов выступил на брифинге. По его словам, бюджет будет исполнен «без дефицита».',
      'Андрей Соколов',
    ],
    [
      'Czech "Podle něj"',
      'Pavel Novotný řekl novinářům. Podle něj se rozpočet podaří stabilizovat „bez bolestivých škrtů“.',
      'Pavel Novotný',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});

describe('a frame inside the marks, as French and Russian write it (blind probes)', () => {
  test.each([
    [
      'French: ", reconnaît l’entraîneur du Stade rennais, Julien Ferrand."',
      '« On savait que ce match serait compliqué, reconnaît l’entraîneur du Stade rennais, Julien Ferrand. Mais les garçons n’ont jamais lâché. » Rennes s’est imposé 2-1 samedi.',
      'Julien Ferrand',
    ],
    [
      'Russian: ", — сказал губернатор … Игорь Белов. — …"',
      '«Уровень воды продолжает снижаться, — сказал губернатор Оренбургской области Игорь Белов. — Но опасность еще не миновала». Он призвал жителей к осторожности.',
      'Игорь Белов',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});

describe('titles and particles of other languages (blind probes)', () => {
  test.each([
    [
      'Polish title at the sentence start',
      'Poseł Krzysztof Zieliński powiedział: „To prezent dla zagranicznych koncernów”.',
      'Krzysztof Zieliński',
    ],
    [
      'Czech title at the sentence start',
      'Režisérka Tereza Holubová řekla: „Je to můj nejosobnější snímek.“',
      'Tereza Holubová',
    ],
    [
      'Dutch office after the title ("Minister van …")',
      'Minister van Volkshuisvesting Hanneke de Boer zei: ‘We zitten midden in een wooncrisis.’',
      'Hanneke de Boer',
    ],
    [
      'two particles inside a name',
      '“Europe must act,” said President Ursula von der Leyen.',
      'Ursula von der Leyen',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});

describe('Chinese frames with a date, a place or a role between subject and verb (blind probes)', () => {
  test('a date and 在…上 between the name and 表示', () => {
    expect(
      first('外交部发言人林晓峰12日在例行记者会上表示：“中方坚决反对任何形式的单边制裁。”'),
    ).toEqual(['speech', '林晓峰']);
  });

  test('她 after 今（8）日表示 takes that sentence’s subject', () => {
    const quotes = analyzeText(
      '行政院發言人李佳穎今（8）日表示，政府將擴大貸款方案的適用對象。她說：「我們希望讓年輕人買得起人生第一間房子。」',
    );
    expect(quotes.map((q) => [q.kind, q.speaker])).toEqual([['speech', '李佳穎']]);
  });

  test('a spokesperson with no name, not the sentence glued after the closing mark', () => {
    const quotes = analyzeText(
      '香港天文台今日下午發出八號烈風信號。天文台發言人稱：「市民應留在安全地方，切勿前往海旁。」港鐵公司表示，列車服務或會暫停。',
    );
    expect(quotes.map((q) => [q.kind, q.speaker])).toEqual([['speech', null]]);
  });
});

describe('Korean subjects with an office or no name (blind probes)', () => {
  test.each([
    [
      'name, office, title',
      '김수진 고용노동부 장관은 15일 “주 4.5일제 도입을 단계적으로 추진하겠다”고 밝혔다.',
      '김수진',
    ],
    [
      'a name ending like an office word stays a name',
      '김지원 의원은 “최선을 다하겠다”고 말했다.',
      '김지원',
    ],
    ['an official is no name', '경찰 관계자는 “정확한 사고 원인을 조사 중”이라고 밝혔다.', null],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});

describe('where a name starts after an office, an owner or a sentence word (blind probes)', () => {
  test.each([
    [
      'a Polish office in the genitive between title and name',
      '„Stopy pozostaną bez zmian” – powiedział prezes Narodowego Banku Polskiego Adam Nowicki.',
      'Adam Nowicki',
    ],
    [
      'a Czech city in the genitive after a capitalised title',
      'Primátor Ostravy Tomáš Macura řekl: „Tramvaje pojedou do konce roku.“',
      'Tomáš Macura',
    ],
    [
      'a Russian office before a name with a patronymic stays out of the name',
      '«Бюджет будет исполнен», — сказал глава Минфина Антон Силуанов.',
      'Антон Силуанов',
    ],
    [
      'a patronymic keeps the given name before it',
      '«Решение принято», — заявил Президент Владимир Владимирович Путин.',
      'Владимир Владимирович Путин',
    ],
    [
      'Dutch "van" after a lower-case role is "of", not a particle',
      '‘We bouwen door’, zegt burgemeester van Utrecht Sharon Dijksma.',
      'Sharon Dijksma',
    ],
    [
      'an Italian role of an office, then the name between commas, before a colon',
      'L’allenatore del Napoli, Marco Bianchi, non ha dubbi: «La squadra è pronta».',
      'Marco Bianchi',
    ],
    [
      'an English owner and a lower-case role before a colon frame',
      'Apple’s chief executive Tim Cook criticised the ruling: “We will appeal.”',
      'Tim Cook',
    ],
    [
      'a Swedish genitive owner and a lower-case role',
      'Moderaternas gruppledare Anna Lindqvist var tydlig: ”Vi säger nej.”',
      'Anna Lindqvist',
    ],
    [
      'a Polish "according to" (według)',
      'Według Anny Wiśniewskiej reforma jest „spóźniona o dekadę”.',
      'Anna Wiśniewska',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });

  test.each([
    [
      'a Polish "as" opening the sentence is no name',
      'Jak dodał, rząd „nie słuchał mieszkańców”.',
      null,
    ],
    ['a Czech "himself" is no part of the name', 'Sám Novák řekl: „Jsem připraven.“', 'Novák'],
    [
      'one German noun after its article is no name',
      'Die Kommission lobte den Film als „mutig und klar“.',
      null,
    ],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)[1]).toBe(speaker);
  });

  test.each([
    [
      'a two-word run after a genitive-office title',
      '„Nie”, powiedział premier Donald Tusk.',
      'Donald Tusk',
    ],
    [
      'an Irish name with an apostrophe',
      '“We are ready,” said Siobhan O’Neill.',
      'Siobhan O’Neill',
    ],
    ['a verb between two names', 'Smith told reporters Jane Doe was wrong: “It is done.”', 'Smith'],
  ])('%s stays as it was', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});

describe('reporting verbs of other languages name their subject as the speaker', () => {
  test.each([
    [
      'Russian "рассказала"',
      '«Мы начали с нуля», — рассказала Ирина Соколова журналистам.',
      'Ирина Соколова',
    ],
    [
      'Polish "twierdzi"',
      'Ekonomista Piotr Zając twierdzi, że podwyżki są „nieuniknione”.',
      'Piotr Zając',
    ],
    ['Czech "tvrdí"', 'Analytik Jan Dostál tvrdí, že ceny „už nebudou klesat“.', 'Jan Dostál'],
    ['Dutch "vertelde"', '‘Het was een zware winter’, vertelde boer Kees Jansen.', 'Kees Jansen'],
    ['Swedish "berättade"', '”Vi fick ingen hjälp”, berättade Lena Berg.', 'Lena Berg'],
    [
      'German "erläuterte"',
      '„Die Kosten steigen weiter“, erläuterte Sabine Krause.',
      'Sabine Krause',
    ],
    [
      'Italian "ha parlato di"',
      'Il sindaco Luca Ferri ha parlato di “un giorno storico”.',
      'Luca Ferri',
    ],
    ['Spanish "respondió"', '«No habrá recortes», respondió la ministra Ana Torres.', 'Ana Torres'],
    ['Portuguese "referiu"', '«O pior já passou», referiu o ministro João Mendes.', 'João Mendes'],
    ['French "a répondu"', '« Nous verrons », a répondu Paul Girard.', 'Paul Girard'],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });

  test('an Italian role and its name between commas before the verb (not the French "il")', () => {
    expect(
      first(
        'Il ministro delle Infrastrutture, Paolo Santangelo, ha parlato di “una svolta attesa da anni”.',
      ),
    ).toEqual(['speech', 'Paolo Santangelo']);
  });
});

describe('occupations other languages capitalise before a name at a sentence start', () => {
  test.each([
    ['Polish', 'Ekonomista Piotr Zając powiedział: „Podwyżki są nieuniknione”.', 'Piotr Zając'],
    ['Czech', 'Útočník Lukáš Dvořák řekl: „Jsem zpět.“', 'Lukáš Dvořák'],
    ['Dutch', 'Hoogleraar Marieke Smit zegt: ‘Dit is pas het begin.’', 'Marieke Smit'],
    ['Swedish', 'Statsminister Ulf Berg säger: ”Vi står enade.”', 'Ulf Berg'],
    ['German', 'Staatsanwältin Petra Lang sagte: „Die Beweise sind eindeutig.“', 'Petra Lang'],
    ['Russian', 'Экономист Иван Петров сказал: «Рост продолжится».', 'Иван Петров'],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });

  test('a surname that is also an occupation elsewhere stays a name alone', () => {
    expect(first('“Paint is all I have,” Richter said.')).toEqual(['speech', 'Richter']);
  });
});

describe('Chinese: a reporting verb earlier in the sentence frames a partial quote', () => {
  const speakers = (text: string) => analyzeText(text).map((q) => [q.kind, q.speaker]);

  test.each([
    [
      'a role, a date and a place between the name and 表示',
      '商务部发言人王晓东15日在例行发布会上表示，中方对相关做法“坚决反对”。',
      '王晓东',
    ],
    [
      'an activity after the name (赛后接受采访时)',
      '张一鸣赛后接受采访时说，这场比赛“非常艰难”。',
      '张一鸣',
    ],
    [
      'a modifier in 的 and an age before the name',
      '打进关键一球的19岁小将刘子航坦言，自己“有点紧张”。',
      '刘子航',
    ],
    ['an adverb after the name (则)', '反对党议员陈美玲则批评，审议过程“太过草率”。', '陈美玲'],
    [
      'a foreign name keeps its parts',
      '主教练安德烈·席尔瓦坦言，球队上半场“很被动”。',
      '安德烈·席尔瓦',
    ],
    ['an organisation', '中国足球协会表示，将对此事“严肃处理”。', '中国足球协会'],
  ])('%s', (_name, text, speaker) => {
    expect(speakers(text)).toEqual([['speech', speaker]]);
  });

  test('他 after such a frame takes its subject, not the activity before the verb', () => {
    expect(
      speakers('财政部长周立群在记者会上表示，预算将“适度扩张”。他并强调，赤字“总体可控”。'),
    ).toEqual([
      ['speech', '周立群'],
      ['speech', '周立群'],
    ]);
  });

  test('someone unnamed (一位…人士) is no one', () => {
    expect(speakers('一位接近监管层的人士向本报表示，新规将“尽快出台”。')).toEqual([
      ['speech', null],
    ]);
  });

  test.each([
    ['所谓 before the quote', '王晓东表示，所谓“脱钩断链”不符合任何一方利益。'],
    ['的 after the quote', '王晓东表示，中方坚持“互利共赢”的开放战略。'],
    ['称…为', '王晓东表示，外界把这项计划称为“纸上铁路”。'],
  ])('naming, not saying, stays a term: %s', (_name, text) => {
    expect(speakers(text)).toEqual([['term', null]]);
  });
});

describe('Japanese and Korean: a surname and a title after the full name was given', () => {
  const speakers = (text: string) => analyzeText(text).map((q) => q.speaker);

  test.each([
    [
      'Japanese 氏 after the name with a title',
      '訪米中の森下健太外相は会談に臨んだ。会談後、森下氏は記者団に「重要な一歩だ」と語った。',
      ['森下健太'],
    ],
    [
      'Japanese surname and 社長',
      '記者会見した藤田悠真社長は新工場を発表した。藤田社長は「勝負の年になる」との認識を示した。',
      ['藤田悠真'],
    ],
    [
      'Korean 씨 after an age in brackets',
      '배달원 박준호(31)씨가 구청 표창을 받았다.\n박씨는 "누구라도 그렇게 했을 것"이라고 말했다.',
      ['박준호'],
    ],
    [
      'Korean surname, space, title; a quote joined by 며 to the next',
      '한지훈 외교부 장관은 15일 브리핑을 열었다.\n한 장관은 "최선을 다하겠다"며 "결과를 내겠다"고 밝혔다.',
      ['한지훈', '한지훈'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  test('a given name is never a title (山本氏 stays 山本 without a full name before it)', () => {
    expect(speakers('山本氏は「感謝したい」と話した。')).toEqual(['山本']);
  });
});

describe('German, Dutch and Swedish role compounds and "van" after a full name', () => {
  test.each([
    ['a Dutch compound role', 'Middenvelder Daan Vos sprak van een ‘pijnlijke avond’.', 'Daan Vos'],
    [
      'a hyphenated German role',
      'SPD-Fraktionschefin Jana Roth hielt dagegen: „Das reicht nicht.“',
      'Jana Roth',
    ],
    [
      'a Swedish definite role',
      'Oppositionsrådet Lars Berg säger: ”Vi har inte råd.”',
      'Lars Berg',
    ],
    [
      '"van" after a two-word name',
      'Wethouder Anne Smit van Assen: ‘We blijven bouwen.’',
      'Anne Smit',
    ],
    [
      'German "der CSU-Politiker" refers back',
      'Innenminister Paul Graf verteidigte die Reform. „Wir stellen mehr Beamte ein“, sagte der CSU-Politiker.',
      'Paul Graf',
    ],
    [
      'German "der 41-Jährige" refers back',
      'Trainer Tim Brand kritisierte sein Team. »Das war zu wenig«, sagte der 41-Jährige.',
      'Tim Brand',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });

  test.each([
    [
      'a two-word name whose first word ends like a role',
      '“We are ready,” said Freeman Dyson.',
      'Freeman Dyson',
    ],
    ['"van" after a given name is a particle', '‘Nee’, zei Erik van Dalsum.', 'Erik van Dalsum'],
  ])('%s stays whole', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});

describe('Polish, Czech and Russian frames with a dropped subject or "as X said"', () => {
  test.each([
    [
      'Polish: a description after the verb refers back',
      'Minister Anna Nowak zapowiedziała reformę. „Kolejki się skrócą” – powiedziała szefowa resortu na konferencji.',
      'Anna Nowak',
    ],
    [
      'Czech: the verb and its object, no subject',
      'Ministryně Jana Malá obhájila rozpočet. „Schodek snižujeme,“ řekla poslancům.',
      'Jana Malá',
    ],
    [
      'Russian: "специалист" refers back',
      'Тренер Олег Смирнов недоволен. «Мы играли плохо», — сказал специалист после матча.',
      'Олег Смирнов',
    ],
    [
      'Polish "Jak poinformowała X,"',
      'Firma zamknie zakład. Jak poinformowała rzeczniczka firmy Ewa Zając, decyzja jest „ostateczna”.',
      'Ewa Zając',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(analyzeText(text).find((q) => q.kind === 'speech')?.speaker).toBe(speaker);
  });

  test('an unnamed source after a Russian verb is no one', () => {
    expect(
      analyzeText(
        'В Москве отменены рейсы. «Аэропорты работают с ограничениями», — сообщил источник в авиационных кругах.',
      ).map((q) => [q.kind, q.speaker]),
    ).toEqual([['speech', null]]);
  });
});

describe('verbs that label and Swedish roles (blind probes)', () => {
  test.each([
    ['Czech "označil … za"', 'Poslanec Petr Dvořák označil návrh za „účetní trik“.', 'Petr Dvořák'],
    ['Polish "nazwał"', 'Senator Adam Kowal nazwał projekt „kpiną z wyborców”.', 'Adam Kowal'],
    ['Swedish "kallade"', 'Ministern Eva Lund kallade beslutet ”helt nödvändigt”.', 'Eva Lund'],
    [
      'Swedish "enligt" an owner and a role',
      'Enligt Moderaternas ekonomiska talesperson Nils Ek är budgeten ”ett luftslott”.',
      'Nils Ek',
    ],
    ['a Swedish definite title', 'Tränaren Per Holm säger: ”Vi var bäst i dag.”', 'Per Holm'],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});

describe('Romance and Japanese frames (blind probes)', () => {
  test.each([
    [
      'Italian: a role of an office, then the name between commas, after the verb',
      '«Non cambieremo nulla», ha detto il ministro dell’Economia, Paolo Greco, al termine del vertice.',
      'Paolo Greco',
    ],
    [
      'Italian: an adjunct after the inverted name',
      '«Abbiamo sofferto», ha spiegato il tecnico Marco Riva nel dopogara.',
      'Marco Riva',
    ],
    [
      'Spanish: a dropped subject before an adjunct',
      'El delantero Pablo Gil marcó dos goles. «Soñaba con esto», dijo tras el encuentro.',
      'Pablo Gil',
    ],
    [
      'Spanish "celebró"',
      '«Este equipo nunca se rinde», celebró el entrenador Luis Vera.',
      'Luis Vera',
    ],
    [
      'Japanese: a surname and 投手 after the full name was given',
      '先発した山口大輝投手は7回を無失点に抑えた。山口投手は「捕手に助けられた」と話した。',
      '山口大輝',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(analyzeText(text).find((q) => q.kind === 'speech')?.speaker).toBe(speaker);
  });

  test('Japanese: an unnamed man or official is no one', () => {
    expect(
      analyzeText('閉廷後、遺族の男性は「判決は軽すぎる」と話した。').map((q) => [
        q.kind,
        q.speaker,
      ]),
    ).toEqual([['speech', null]]);
  });
});

describe('English occupations capitalised before a name at a sentence start (blind probes)', () => {
  test.each([
    ['a listed occupation', 'Owner Gus Pappas said: “I knew it was time.”', 'Gus Pappas'],
    ['an occupation in -ist', 'Pianist Dana Fry wrote: “Nobody asked.”', 'Dana Fry'],
    ['an occupation in -ess', '“She cried, I cried,” Actress Lila Montrose said.', 'Lila Montrose'],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });

  test.each([
    ['a first name in -er', '“We won,” said Peter Paul Rubens.', 'Peter Paul Rubens'],
    ['a two-word name', '“We won,” said Tess Baptist.', 'Tess Baptist'],
  ])('%s stays whole', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});
