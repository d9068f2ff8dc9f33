import { describe, expect, it } from 'vitest';
import { periodAgrees, periodYears, yearsIn } from '../../../src/ingest/stages/claims.js';

describe('claims stage: a number is linked only to a claim of its period', () => {
  it('reads the periods the graph writes and the years a text names', () => {
    expect(periodYears('2013-14')).toEqual([2013, 2014]);
    expect(periodYears('2010-2015')).toEqual([2010, 2015]);
    expect(periodYears('2014')).toEqual([2014, 2014]);
    expect(periodYears('recently')).toBeNull();
    expect(yearsIn('in 2018, up from 2016/17')).toEqual([2018, 2016, 2017]);
    expect(yearsIn('its highest level since 1987')).toEqual([]);
  });

  it('refuses a year outside the period, near the number or in the sentence before', () => {
    expect(periodAgrees('2013-14', { sentence: 'in 2018 three-quarters of the councils had improved', previous: '' })).toBe(false);
    expect(periodAgrees('2013-14', { sentence: 'three-quarters of those inspected in 2013-14 were less than good', previous: '' })).toBe(true);
    expect(periodAgrees('2013-14', { sentence: 'three-quarters had improved', previous: 'The study looked at 2018.' })).toBe(false);
  });

  it('with no year near the number, accepts only an article from within two years after the period', () => {
    expect(periodAgrees('2013-14', { sentence: 'three-quarters were less than good', previous: '', articleDate: '2015-03-10' })).toBe(true);
    expect(periodAgrees('2013-14', { sentence: 'three-quarters were less than good', previous: '', articleDate: '2019-04' })).toBe(false);
    expect(periodAgrees(undefined, { sentence: 'three-quarters', previous: '', articleDate: '2019' })).toBe(true);
  });
});
