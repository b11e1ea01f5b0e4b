// A transaction export of `rows` purchases by `customers` customers over two years (seeded, so every run reads
// the same file): the RFM import's benchmark input, in Node (`npm run bench`) and in Chromium (`bench:ui`).

/** @returns {string} CSV text with a header, one purchase per line */
export function transactionsCsv(rows = 1_000_000, customers = 50_000) {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const lines = ['customer_id,order_date,amount'];
  const first = Date.UTC(2024, 3, 1);
  for (let i = 0; i < rows; i += 1) {
    // A few customers buy often, most rarely: squared uniform draws favour the low ids.
    const customer = Math.floor(customers * random() ** 2);
    const day = new Date(first + Math.floor(730 * random()) * 86_400_000).toISOString().slice(0, 10);
    lines.push(`C${customer},${day},${(5 + 995 * random()).toFixed(2)}`);
  }
  return lines.join('\n') + '\n';
}
