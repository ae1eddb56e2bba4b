/** One page of a list, as the API returns it. */
export interface Page<T> {
  items: T[];
  /** Rows matching the filters, across all pages. */
  total: number;
  /** Pass as `cursor` to get the next page; absent on the last page. */
  nextCursor?: string;
}

/**
 * Every item of a list, fetched page by page as the iteration goes (`nextCursor`). Each
 * `for await` starts again from the first page.
 */
export interface Paginated<T> extends AsyncIterable<T> {
  /** The pages themselves, for callers that want `total` or page-sized batches. */
  pages(): AsyncIterable<Page<T>>;
  /** Collects every item (all pages) into one array. */
  toArray(): Promise<T[]>;
}

export function paginate<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>): Paginated<T> {
  async function* pages(): AsyncGenerator<Page<T>> {
    let cursor: string | undefined;
    do {
      const page = await fetchPage(cursor);
      yield page;
      cursor = page.nextCursor;
    } while (cursor);
  }
  async function* items(): AsyncGenerator<T> {
    for await (const page of pages()) yield* page.items;
  }
  return {
    pages,
    [Symbol.asyncIterator]: items,
    async toArray() {
      const all: T[] = [];
      for await (const item of items()) all.push(item);
      return all;
    },
  };
}
