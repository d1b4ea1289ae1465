import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../utils/article';
import { parseHtml } from '../utils/article/parse-html';
import { analyzeText } from '../utils/engine';
import { languageName, languageSample, primaryLanguage, supportedLanguages, LANGUAGE_SAMPLE_CHARS } from '../utils/language';
import { detectLanguage, MIN_LETTERS } from '../utils/language/detect';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const seed = fixture('seed-article.txt');

/** The article text and `<html lang>` of a fixture page, as the extension reads them. */
function pageText(name: string): { text: string; lang: string } {
  const doc = parseHtml(fixture(name));
  return { text: extractArticle(doc, { force: true })!.text, lang: doc.documentElement.lang };
}

// Written for these tests: a few sentences of news in each language.
const GERMAN =
  'Der Stadtrat hat am Dienstagabend nach langer Debatte den neuen Verkehrsplan beschlossen. Nach Angaben aus dem Rathaus sollen die ' +
  'Arbeiten im Januar beginnen und etwa sechs Monate dauern. Die Opposition hatte eine Bürgerbefragung gefordert, doch die Mehrheit ' +
  'lehnte den Antrag ab. Viele Geschäftsleute fürchten um ihre Kundschaft, während Radfahrer die neuen Wege begrüßen.';
const KOREAN =
  '시의회는 화요일 저녁 긴 토론 끝에 새로운 교통 계획을 통과시켰다. 시청에 따르면 공사는 1월에 시작해 약 6개월 동안 진행될 예정이다. ' +
  '야당은 주민 투표를 요구했지만 다수당은 이를 거부했다. 상인들은 손님이 줄어들까 걱정하고 있으며 자전거 이용자들은 새 도로를 반기고 있다. ' +
  '시장은 기자회견에서 교통 체증을 줄이기 위한 불가피한 결정이라고 설명했다.';
const PORTUGUESE =
  'A câmara municipal aprovou na terça-feira à noite o novo plano de trânsito, depois de um longo debate. Segundo a prefeitura, as obras ' +
  'devem começar em janeiro e durar cerca de seis meses. A oposição pediu um referendo, mas a maioria rejeitou o pedido. Comerciantes ' +
  'temem perder clientes, enquanto os ciclistas comemoram as novas ciclovias.';

describe('detectLanguage', () => {
  test('English articles are read', () => {
    expect(detectLanguage(seed)).toEqual({ language: 'en', supported: true });
    for (const page of ['seed-article.html', 'essay-nothing-to-grade.html', 'corpus-aeb-bbc.com-70cb2d5bca.html', 'corpus-aeb-reuters.com-57d46c9d75.html', 'corpus-readability-wapo-1.html']) {
      const { text, lang } = pageText(page);
      expect(detectLanguage(text, lang), page).toEqual({ language: 'en', supported: true });
    }
  }, 30_000);

  test.each([
    ['French', pageText('french-article.html').text, 'fr'],
    ['German', GERMAN, 'de'],
    ['Korean', KOREAN, 'ko'],
    ['Portuguese', PORTUGUESE, 'pt'],
  ])('%s is told apart and not read', (_, text, language) => {
    expect(detectLanguage(text)).toEqual({ language, supported: false });
  });

  test('the text wins over a wrong <html lang>, either way', () => {
    expect(detectLanguage(seed, 'fr')).toEqual({ language: 'en', supported: true });
    expect(detectLanguage(GERMAN, 'en-US')).toEqual({ language: 'de', supported: false });
  });

  test('a text too short to tell is English unless the page says otherwise', () => {
    // franc alone reads these as Italian and Quechua.
    for (const short of ['Apple unveils new iPhone', 'Trump says tariffs will stay', '']) {
      expect(detectLanguage(short)).toEqual({ language: 'en', supported: true });
      expect(detectLanguage(short, 'en-GB')).toEqual({ language: 'en', supported: true });
    }
    expect(detectLanguage('Le maire a parlé.', 'fr-FR')).toEqual({ language: 'fr', supported: false });
    expect(detectLanguage('Le maire a parlé.', 'not a tag!')).toEqual({ language: 'en', supported: true });
    expect(MIN_LETTERS).toBeGreaterThan('Trump says tariffs will stay'.length);
    // Another script tells even a short text apart.
    expect(detectLanguage(KOREAN.slice(0, 40))).toEqual({ language: 'ko', supported: false });
  });

  test('an English article quoting another language stays English', () => {
    const quote = '« Nous avons entendu les commerçants et nous avons modifié le projet », a déclaré la maire devant une salle comble. ';
    expect(detectLanguage(`${seed.slice(0, 1200)} ${quote} ${seed.slice(1200)}`)).toEqual({ language: 'en', supported: true });
    expect(detectLanguage(`${quote}${seed}`)).toEqual({ language: 'en', supported: true });
    // A German paragraph, then the English story, as in a bilingual dateline.
    expect(detectLanguage(`${GERMAN.slice(0, 150)}\n${seed}`)).toEqual({ language: 'en', supported: true });
  });

  test('the English engine would flag noise in the French page: that is why it is not read', () => {
    expect(analyzeText(pageText('french-article.html').text).length).toBeGreaterThan(0);
  });
});

describe('language helpers', () => {
  test('English is the one language read so far', () => {
    expect(supportedLanguages).toEqual(['en']);
  });

  test('primaryLanguage keeps the primary subtag, canonical, or null', () => {
    expect(primaryLanguage('fr-CA')).toBe('fr');
    expect(primaryLanguage('EN_us')).toBe('en');
    expect(primaryLanguage('deu')).toBe('de');
    expect(primaryLanguage('')).toBeNull();
    expect(primaryLanguage(null)).toBeNull();
    expect(primaryLanguage('12')).toBeNull();
  });

  test('languageName names a language in the reader’s language, or falls back to the code', () => {
    expect(languageName('fr', 'en')).toBe('French');
    expect(languageName('de', 'fr')).toBe('allemand');
    expect(languageName('und', 'en')).toBe('und');
  });

  test('the sample is the start of the text, no longer than the detector reads', () => {
    expect(languageSample(seed)).toBe(seed.slice(0, LANGUAGE_SAMPLE_CHARS));
    expect(languageSample('short')).toBe('short');
  });
});
