import { describe, expect, it } from 'vitest';
import { findUnquotedResponse } from '../../../src/ingest/stages/unquoted-response.js';
import { ArticleText } from '../../../src/ingest/text.js';

const find = (title: string, text: string) => {
  const article = new ArticleText(text);
  return findUnquotedResponse(title, text, article.paragraphs, () => true);
};

describe('quote-spans stage: an unquoted statement under a "Y responds to" headline', () => {
  it('takes the organisation’s own paragraphs, up to the first that quotes or reports someone else', () => {
    const text = 'Carers Network responds to the inspectorate report\n\n10 June 2022\n\nThe findings published today show that one in four home care visits is cut short, and we welcome that.\n\nFamilies have told us about rushed visits for years, and this report should end the argument.\n\nThe minister said: “We will act.”\n\nOur closing paragraph comes after a quote and is not taken here at all.';
    const found = find('Carers Network responds to the inspectorate report', text)!;
    expect(found.speakerName).toBe('Carers Network');
    expect(found.paragraphs.map((p) => p.text.slice(0, 20))).toEqual(['The findings publish', 'Families have told u']);
  });

  it('leaves out the page saying that it responds, and pages with no such headline', () => {
    const text = 'The Howard League for Penal Reform has responded to the Annual Report of the Chief Inspector, published today.\n\nFrances Crook said: “Depressing.”';
    expect(find('Howard League responds to Annual Report', text)).toBeNull();
    expect(find('Our response to the report', 'We welcome the report and its findings on care across the country.')).toBeNull();
    expect(find('Report published', 'We welcome the report and its findings on care across the country.')).toBeNull();
  });

  it('gives an "Our response to …" page to its publisher, when the caller names it', () => {
    const text = 'Our response to the CQC’s State of Care report\n\nToday’s report shows that many people receive good care, but we are worried by the variation between services.\n\nIn response, our chief executive said: “We want every service to listen.”';
    const article = new ArticleText(text);
    const found = findUnquotedResponse('Our response to the CQC’s State of Care report', text, article.paragraphs, () => true, { publisher: 'Healthwatch England' });
    expect(found?.speakerName).toBe('Healthwatch England');
    expect(found?.paragraphs.map((p) => p.text.slice(0, 14))).toEqual(['Today’s report']);
    expect(findUnquotedResponse('Our response to the CQC’s State of Care report', text, article.paragraphs, () => true)).toBeNull();
  });

  it('takes nothing under a headline about many, or from a news report that does not speak in the first person', () => {
    const news = 'The Highways Research Unit’s Local Roads Survey 2023 estimates the repair backlog at fourteen billion pounds.\n\nThe backlog has grown in every region since the survey began, the unit said.';
    expect(find('Councils react to road repairs survey', news)).toBeNull();
    expect(find('Road Users Network responds to road repairs survey', news)).toBeNull();
    const own = 'The survey published today confirms that the repair backlog has grown in every region, as our members have known for years.\n\nOur members see the potholes every day and we want a funded plan to mend them this decade.';
    expect(find('Road Users Network responds to road repairs survey', own)?.paragraphs).toHaveLength(2);
  });
});
