import { chunk, collect, pagesByOffset } from '../../../src/jira/paging';

describe('paging helpers', () => {
  it('cuts a list into slices of at most the given size', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 50)).toEqual([]);
  });

  it('pages by offset without a total until a short page', async () => {
    const asked: number[] = [];
    const pages = pagesByOffset(2, async (startAt) => {
      asked.push(startAt);
      return { items: ['a', 'b', 'c', 'd', 'e'].slice(startAt, startAt + 2) };
    });
    expect(await collect(pages)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(asked).toEqual([0, 2, 4]);
  });

  it('stops on an empty page even if the total promises more', async () => {
    const pages = pagesByOffset(10, async () => ({ items: [], total: 99 }));
    expect(await collect(pages)).toEqual([]);
  });
});
