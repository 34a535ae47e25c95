// Where the deep pages of a claim list start, remembered for the page-number doors.
//
// Page 1,000 starts 20,000 claims down, and finding that row walks 20,000 index entries.
// Once a page has been read, where it and the next one start is known, and stays right for as
// long as no claim entered or left the list (a claim's place in the order, its creation time
// and id, never changes). Whether one did is told by the list's fingerprint: every change to
// a live claim's kind, status or decision adds a row to the kept counts (migration 0008), so
// the count, id sum and id hash of the rows the list's filter matches change with it, and do
// not return to an earlier value: ids are never reused, a fold replaces rows by new ones, and
// a count and sum that happened to match again would still need the 64-bit hashes to.
// Readers compare the fingerprint inside the statement that reads the page, in its snapshot:
// no writer bumps anything, and no writer waits.

/**
 * Where a page starts: at a claim, or just after it. Named by id alone, and found again in the
 * statement: a creation time carried through JavaScript would lose its microseconds.
 */
export interface PageEdge {
  id: number;
  inclusive: boolean;
}

interface RememberedList {
  fingerprint: string;
  edges: Map<number, PageEdge>;
}

/**
 * Page edges by list (a store and a filter) and offset, each list under the fingerprint its
 * edges were read at. Bounded: the least recently used lists and edges go first.
 */
export class PageEdges {
  readonly #lists = new Map<string, RememberedList>();

  constructor(readonly maxLists = 1000, readonly maxEdgesPerList = 256) {}

  /** The edge remembered at `offset`, with the fingerprint it holds under. */
  find(list: string, offset: number): { fingerprint: string; edge: PageEdge } | undefined {
    const remembered = this.#lists.get(list);
    const edge = remembered?.edges.get(offset);
    if (remembered === undefined || edge === undefined) return undefined;
    this.#touch(list, remembered);
    return { fingerprint: remembered.fingerprint, edge };
  }

  /** Adds edges read at `fingerprint`; the list's edges from any other fingerprint are dropped. */
  remember(list: string, fingerprint: string, edges: ReadonlyArray<readonly [number, PageEdge]>): void {
    let remembered = this.#lists.get(list);
    if (remembered === undefined || remembered.fingerprint !== fingerprint) remembered = { fingerprint, edges: new Map() };
    for (const [offset, edge] of edges) {
      remembered.edges.delete(offset);
      remembered.edges.set(offset, edge);
    }
    for (const offset of remembered.edges.keys()) {
      if (remembered.edges.size <= this.maxEdgesPerList) break;
      remembered.edges.delete(offset);
    }
    this.#touch(list, remembered);
    for (const name of this.#lists.keys()) {
      if (this.#lists.size <= this.maxLists) break;
      this.#lists.delete(name);
    }
  }

  forget(list: string): void {
    this.#lists.delete(list);
  }

  #touch(list: string, remembered: RememberedList): void {
    this.#lists.delete(list);
    this.#lists.set(list, remembered);
  }
}

/**
 * The edges a page of `rows` read at `offset` tells: its own start, its last row (the start of
 * the next page when the door read one row more than it shows), and just after its last row.
 */
export function edgesOfPage(offset: number, rows: ReadonlyArray<{ id: number }>): Array<[number, PageEdge]> {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first === undefined || last === undefined) return [];
  return [
    [offset, { id: first.id, inclusive: true }],
    [offset + rows.length - 1, { id: last.id, inclusive: true }],
    [offset + rows.length, { id: last.id, inclusive: false }],
  ];
}
