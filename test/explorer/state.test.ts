/** The explorer's URL: short, and every older link still opens the same view. */
import { describe, expect, it } from 'vitest';
import { compactIds, expandIds, stateFromUrl, urlOfState } from '../../web/explorer/src/state.js';

describe('explorer URL', () => {
  it('writes ids that share a label without repeating it, and reads them back', () => {
    const ids = ['person:alan-wood', 'person:jo-cleary', 'organisation:ofsted', 'organisation:adcs', 'person:david-simmonds'];
    const compact = compactIds(ids);
    expect(compact).toBe('person:alan-wood,jo-cleary,organisation:ofsted,adcs,person:david-simmonds');
    expect(expandIds(compact)).toEqual(ids);
  });

  it('reads links written with whole ids (older links) the same', () => {
    expect(expandIds('person:alan-wood,person:jo-cleary')).toEqual(['person:alan-wood', 'person:jo-cleary']);
    const state = stateFromUrl('?from=person:alan-wood,person:jo-cleary&hide=claim:a,claim:b&node=person:alan-wood');
    expect(state.from).toEqual(['person:alan-wood', 'person:jo-cleary']);
    expect(state.hidden).toEqual(['claim:a', 'claim:b']);
    expect(urlOfState(state)).toBe('/explore?from=person:alan-wood,jo-cleary&node=person:alan-wood&hide=claim:a,b');
  });

  it('writes an id whose own name holds a colon whole', () => {
    const ids = ['rating:birmingham:2014', 'rating:birmingham:2016'];
    expect(compactIds(ids)).toBe('rating:birmingham:2014,rating:birmingham:2016');
    expect(expandIds(compactIds(ids))).toEqual(ids);
  });

  it('round-trips a view with every tool in use', () => {
    const url = '/explore?from=person:alan-wood,report:ofsted-social-care-annual-report-2013-14&dateFrom=2014-02&dateTo=2014-04&step=month&node=person:alan-wood&pick=person:alan-wood,jo-cleary&hide=organisation:ofsted&types=person,report&minDegree=2&minWeight=1.5';
    expect(urlOfState(stateFromUrl(url.slice('/explore'.length)))).toBe(url);
  });
});
