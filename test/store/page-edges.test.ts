import { describe, expect, it } from 'vitest';
import { edgesOfPage, PageEdges } from '../../src/store/page-edges.js';

// The memory of where pages start: what a page read tells, what a changed list forgets,
// and how much is kept.

const at = (id: number, inclusive = true) => ({ id, inclusive });

describe('page edges', () => {
  it('learn from a page its start, its last row and the row after it', () => {
    expect(edgesOfPage(40, [{ id: 9 }, { id: 7 }, { id: 4 }])).toEqual([
      [40, at(9)],
      [42, at(4)],
      [43, at(4, false)],
    ]);
    expect(edgesOfPage(40, [])).toEqual([]);
  });

  it('answer only at a remembered offset, with the fingerprint they were read at', () => {
    const edges = new PageEdges();
    edges.remember('store 1, all', '23:276:9', edgesOfPage(20, [{ id: 5 }, { id: 3 }]));
    expect(edges.find('store 1, all', 20)).toEqual({ fingerprint: '23:276:9', edge: at(5) });
    expect(edges.find('store 1, all', 22)).toEqual({ fingerprint: '23:276:9', edge: at(3, false) });
    expect(edges.find('store 1, all', 21)).toEqual({ fingerprint: '23:276:9', edge: at(3) });
    expect(edges.find('store 1, all', 23)).toBeUndefined();
    expect(edges.find('store 2, all', 20)).toBeUndefined();
  });

  it('drop every edge of a list read again at another fingerprint, and all of it when told', () => {
    const edges = new PageEdges();
    edges.remember('list', 'before', [[20, at(5)], [40, at(2)]]);
    edges.remember('list', 'after', [[60, at(1)]]);
    expect(edges.find('list', 20)).toBeUndefined();
    expect(edges.find('list', 60)).toEqual({ fingerprint: 'after', edge: at(1) });
    edges.forget('list');
    expect(edges.find('list', 60)).toBeUndefined();
  });

  it('keep a bounded number of lists and edges, the least recently used going first', () => {
    const edges = new PageEdges(2, 3);
    edges.remember('a', 'f', [[1, at(1)]]);
    edges.remember('b', 'f', [[1, at(1)]]);
    expect(edges.find('a', 1)).toBeDefined();
    edges.remember('c', 'f', [[1, at(1)]]);
    expect(edges.find('b', 1)).toBeUndefined();
    expect(edges.find('a', 1)).toBeDefined();
    expect(edges.find('c', 1)).toBeDefined();

    edges.remember('c', 'f', [[2, at(2)], [3, at(3)], [4, at(4)]]);
    expect([1, 2, 3, 4].map((offset) => edges.find('c', offset) !== undefined)).toEqual([false, true, true, true]);
  });
});
