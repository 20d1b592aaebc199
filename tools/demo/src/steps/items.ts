import type { Run } from '@apify-runs/client';
import type { DemoContext } from '../context.js';
import { bar, count, seconds } from '../terminal.js';

/** The fields the demo reads; items are typed through `iterateItems<T>()`. */
interface Product {
  price?: number;
  category?: string;
}

/** Milestones printed when the output is not a TTY (CI, a pipe). */
const MILESTONES = [0.25, 0.5, 0.75, 1];

/**
 * Every item of the run's dataset with `iterateItems<Product>()`, pinned to the run by ID (a newer successful run
 * must not take its place mid-way), with a progress bar: redrawn on a TTY, a few milestone lines otherwise.
 */
export async function iterateDataset({ term, target, signal }: DemoContext, run: Run) {
  term.step(`All items of ${run.id}'s dataset  (client.run(id).dataset.iterateItems<Product>())`);
  const dataset = target.client.run(run.id).dataset;
  const { itemCount: total } = await dataset.get({ signal });
  const started = Date.now();
  let seen = 0;
  let milestone = 0;
  let drawn = 0;
  let priced = 0;
  let priceSum = 0;
  const categories = new Set<string>();
  const progress = () => `   ${bar(total ? seen / total : 1)} ${count(seen)} / ${count(total)} items`;
  for await (const item of dataset.iterateItems<Product>({}, { signal })) {
    seen += 1;
    if (typeof item.price === 'number') {
      priced += 1;
      priceSum += item.price;
    }
    if (typeof item.category === 'string') categories.add(item.category);
    if (term.tty) {
      if (Date.now() - drawn > 50) {
        drawn = Date.now();
        term.live(progress());
      }
    } else {
      while (total && milestone < MILESTONES.length && seen >= (MILESTONES[milestone] ?? 1) * total) {
        milestone += 1;
        term.line(progress());
      }
    }
  }
  const ms = Date.now() - started;
  if (term.tty || milestone < MILESTONES.length) term.line(progress());
  term.line(
    `   ${count(seen)} items in ${seconds(ms)} (${count(Math.round(seen / Math.max(ms / 1000, 0.001)))} items/s)`,
  );
  if (priced > 0) {
    term.line(`   ${categories.size} categories, average price ${(priceSum / priced).toFixed(2)}`);
  }
  return { count: seen, ms };
}
