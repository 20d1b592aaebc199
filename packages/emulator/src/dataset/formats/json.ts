type Item = Record<string, unknown>;

/** `format=json`: one JSON array, one item per line so the output stays readable and streams item by item. */
export async function* renderJson(records: AsyncIterable<Item>): AsyncGenerator<string> {
  let first = true;
  yield '[';
  for await (const record of records) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(record)}`;
    first = false;
  }
  yield first ? ']' : '\n]';
}

/** `format=jsonl`: one JSON object per line. */
export async function* renderJsonl(records: AsyncIterable<Item>): AsyncGenerator<string> {
  for await (const record of records) yield `${JSON.stringify(record)}\n`;
}
