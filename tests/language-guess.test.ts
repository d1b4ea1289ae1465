// The indexed guess must answer exactly as franc-min does: on the fixture pages' article texts, on
// mixtures of their words and of other languages' and scripts', and on arbitrary strings.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { franc } from 'franc-min';
import { expressions } from 'franc-min/expressions.js';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../utils/article';
import { parseHtml } from '../utils/article/parse-html';
import { languageSample } from '../utils/language';
import { guessLanguage } from '../utils/language/guess';

const fixtures = new URL('./fixtures/', import.meta.url);
const pageTexts = readdirSync(fixtures)
  .filter((name) => name.endsWith('.html'))
  .map((name) => [name, extractArticle(parseHtml(readFileSync(new URL(name, fixtures), 'utf8')), { force: true })!.text] as const);
const seedText = readFileSync(new URL('seed-article.txt', fixtures), 'utf8');

// Written for these tests: a few words of news in other languages and scripts.
const OTHER = [
  'Der Stadtrat hat am Dienstagabend den neuen Verkehrsplan beschlossen, sagte die Bürgermeisterin.',
  'A câmara municipal aprovou na terça-feira o novo plano de trânsito, depois de um longo debate.',
  'El ayuntamiento aprobó el martes el nuevo plan de tráfico tras un largo debate.',
  'Il consiglio comunale ha approvato martedì il nuovo piano del traffico.',
  'Rada miasta przyjęła we wtorek nowy plan ruchu po długiej debacie.',
  'Городской совет во вторник утвердил новый план движения после долгих дебатов.',
  '시의회는 화요일 저녁 긴 토론 끝에 새로운 교통 계획을 통과시켰다.',
  '市议会周二晚上经过长时间辩论通过了新的交通计划。',
  'مجلس المدينة وافق يوم الثلاثاء على خطة المرور الجديدة بعد نقاش طويل.',
  'नगर परिषद ने मंगलवार को लंबी बहस के बाद नई यातायात योजना को मंजूरी दी।',
  'Ο δήμος ενέκρινε την Τρίτη το νέο σχέδιο κυκλοφορίας.',
  '𠀀𠀁 𝒜𝒷𝒸 😀 text with astral characters',
];
const words = [...pageTexts.flatMap(([, text]) => text.split(/\s+/).slice(0, 400)), ...OTHER.flatMap((text) => text.split(' '))];

describe('guessLanguage', () => {
  test.each(pageTexts)('answers as franc on %s', (_, text) => {
    for (const sample of [languageSample(text), text.slice(0, 300), text.slice(-600), text]) {
      expect(guessLanguage(sample)).toBe(franc(sample));
    }
  });

  test.each(OTHER)('answers as franc on %s', (text) => {
    expect(guessLanguage(text)).toBe(franc(text));
    expect(guessLanguage(`${text} ${seedText.slice(0, 200)}`)).toBe(franc(`${text} ${seedText.slice(0, 200)}`));
  });

  test('answers as franc on texts too short, empty or without letters', () => {
    for (const text of ['', 'short', '1234567890', '!!!!!!!!!!!!', '          ', 'aaaaaaaaaa', 'ÀÀÀÀÀÀÀÀÀÀ', '\uD800\uD800\uD800\uD800\uD800']) {
      expect(guessLanguage(text)).toBe(franc(text));
    }
  });

  test('no character outside the astral planes is of Latin script and of another (what the Latin shortcut rests on)', () => {
    const single = Object.fromEntries(Object.entries(expressions).map(([name, expression]) => [name, new RegExp(`^(?:${expression.source})$`)]));
    const both: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      if (unit >= 0xd800 && unit <= 0xdfff) continue;
      const char = String.fromCharCode(unit);
      if (!single.Latin!.test(char)) continue;
      for (const [name, expression] of Object.entries(single)) if (name !== 'Latin' && expression.test(char)) both.push(`${unit.toString(16)} ${name}`);
    }
    expect(both).toEqual([]);
  });

  test('answers as franc on mixtures of words from many languages', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 120 }), fc.constantFrom(' ', '\n', ', ', ' - '), (picked, glue) => {
        const text = picked.join(glue);
        expect(guessLanguage(text)).toBe(franc(text));
      }),
      { numRuns: 400 },
    );
  });

  test('answers as franc on arbitrary strings', () => {
    const unit = fc.oneof(fc.constantFrom('grapheme', 'binary', 'binary-ascii') as fc.Arbitrary<'grapheme' | 'binary' | 'binary-ascii'>);
    fc.assert(
      fc.property(unit.chain((u) => fc.string({ unit: u, minLength: 0, maxLength: 300 })), (text) => {
        expect(guessLanguage(text)).toBe(franc(text));
      }),
      { numRuns: 400 },
    );
  });
});
