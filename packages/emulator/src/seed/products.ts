/** Deterministic synthetic data: the same index always gives the same item, so scenes and tests are stable. */

const ADJECTIVES = ['Classic', 'Ultra', 'Eco', 'Compact', 'Deluxe', 'Smart', 'Rugged', 'Vintage', 'Pro', 'Light'];
const PRODUCTS = ['Backpack', 'Headphones', 'Desk Lamp', 'Water Bottle', 'Sneakers', 'Coffee Grinder', 'Keyboard'];
const CATEGORIES = ['bags', 'audio', 'home', 'outdoor', 'shoes', 'kitchen', 'computers'];
const BRANDS = ['Acme', 'Northwind', 'Globex', 'Initech', 'Umbrella', 'Hooli'];

/** The moment every synthetic `scrapedAt` counts from. */
export const SCRAPE_EPOCH = Date.parse('2025-01-15T10:00:00.000Z');

/** A scraped product page as a web scraper would store it: `index`, `url`, `title`, `price` and a few more. */
export function productItem(index: number): Record<string, unknown> {
  const product = PRODUCTS[index % PRODUCTS.length] as string;
  const adjective = ADJECTIVES[Math.floor(index / PRODUCTS.length) % ADJECTIVES.length] as string;
  // A multiplicative hash spreads prices and ratings without any randomness.
  const hash = (index * 2_654_435_761) >>> 0;
  return {
    index,
    url: `https://shop.example.com/products/${index}`,
    title: `${adjective} ${product} #${index}`,
    price: Math.round(500 + (hash % 49_500)) / 100,
    currency: 'USD',
    inStock: hash % 7 !== 0,
    category: CATEGORIES[index % CATEGORIES.length] as string,
    brand: BRANDS[(hash >>> 8) % BRANDS.length] as string,
    rating: Math.round(10 + ((hash >>> 4) % 41)) / 10,
    scrapedAt: new Date(SCRAPE_EPOCH + index * 250).toISOString(),
  };
}

/** Replaces `{index}` in every string of `template` (deeply); a string that is exactly `{index}` becomes the number. */
export function fillTemplate(template: unknown, index: number): unknown {
  if (typeof template === 'string') {
    return template === '{index}' ? index : template.replaceAll('{index}', String(index));
  }
  if (Array.isArray(template)) return template.map((value) => fillTemplate(value, index));
  if (typeof template === 'object' && template !== null) {
    const filled: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(template)) filled[key] = fillTemplate(value, index);
    return filled;
  }
  return template;
}
