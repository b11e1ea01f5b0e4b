import { bench, describe } from 'vitest';
import { importCsv, type ImportRequest } from '../../src/workers/rfmImportPipeline';
import { transactionsCsv } from './transactionsCsv.mjs';

// 1,000,000 transactions of 50,000 customers over two years, as a transaction export would hold them
// (the same CSV text the worker reads from a File). The worker runs exactly this pipeline: parse in 4 MB
// chunks, aggregate per customer, score and summarise.
const ROWS = 1_000_000;
const csv = transactionsCsv(ROWS, 50_000);
const request: ImportRequest = {
  fileName: 'bench.csv',
  headers: ['customer_id', 'order_date', 'amount'],
  settings: {
    kind: 'transactions',
    columns: { customerId: 0, date: 1, amount: 2 },
    dateOrder: 'ymd',
    decimal: '.',
    analysisDate: null,
  },
};

describe(`RFM import of ${ROWS.toLocaleString('en')} transactions (${(csv.length / 1e6).toFixed(0)} MB of CSV)`, () => {
  bench(
    'parse, aggregate, score and summarise (the worker’s pipeline)',
    async () => {
      const before = process.resourceUsage().maxRSS;
      const outcome = await importCsv(csv, request);
      if (!outcome.ok || outcome.analysis.goodRows !== ROWS)
        throw new Error('the import did not read every row');
      const after = process.resourceUsage().maxRSS;
      // Peak resident memory of the process (KB → MB), and how far this run raised it.
      console.log(
        `peak RSS ${(after / 1024).toFixed(0)} MB (+${((after - before) / 1024).toFixed(0)} MB this run)`,
      );
    },
    { iterations: 3, warmupIterations: 0, time: 0 },
  );
});
