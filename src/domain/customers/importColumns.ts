/** Which column of a customer data export holds what: guessed from its header (English or Chinese), then confirmed. */

/** One purchase per row (id, date, amount), or one customer per row with its R, F and M already worked out. */
export type ImportKind = 'transactions' | 'summary';

export const COLUMN_ROLES = {
  transactions: ['customerId', 'date', 'amount'],
  summary: ['customerId', 'recencyDays', 'frequency', 'monetary'],
} as const;

export type ColumnRole = (typeof COLUMN_ROLES)[ImportKind][number];

/** The column index of each role, or null while it is not chosen. */
export type ColumnMapping = Partial<Record<ColumnRole, number | null>>;

// Header words per role, compared after lower-casing and dropping spaces, underscores, hyphens and dots.
const EXACT: Record<ColumnRole, readonly string[]> = {
  customerId: [
    'customer',
    'customerid',
    'customerno',
    'customernumber',
    'clientid',
    'client',
    'custid',
    'id',
    'memberid',
    'userid',
    '客户',
    '客户编号',
    '客户id',
    '客户号',
    '客户代码',
    '顾客',
    '顾客编号',
    '会员',
    '会员编号',
    '会员号',
    '用户id',
  ],
  date: [
    'date',
    'orderdate',
    'invoicedate',
    'transactiondate',
    'purchasedate',
    'datetime',
    'time',
    '日期',
    '交易日期',
    '订单日期',
    '下单日期',
    '购买日期',
    '消费日期',
    '时间',
    '交易时间',
  ],
  amount: [
    'amount',
    'revenue',
    'sales',
    'total',
    'value',
    'spend',
    'price',
    'ordervalue',
    '金额',
    '消费金额',
    '交易金额',
    '订单金额',
    '销售额',
    '实付金额',
    '支付金额',
  ],
  recencyDays: [
    'recency',
    'recencydays',
    'dayssincelast',
    'dayssincelastpurchase',
    '最近购买天数',
    '距今天数',
    '最近一次消费距今天数',
    '最近购买',
  ],
  frequency: [
    'frequency',
    'orders',
    'purchases',
    'transactions',
    'ordercount',
    '购买次数',
    '消费次数',
    '购买频率',
    '频率',
    '次数',
    '订单数',
  ],
  monetary: [
    'monetary',
    'monetaryvalue',
    'totalspend',
    'totalamount',
    'revenue',
    'sales',
    '消费总额',
    '购买金额',
    '累计金额',
    '总金额',
    '金额',
  ],
};
// Words a header may contain, tried when no header matches exactly.
const CONTAINS: Record<ColumnRole, readonly string[]> = {
  customerId: ['customer', 'client', '客户', '顾客', '会员'],
  date: ['date', '日期', '时间'],
  amount: ['amount', 'revenue', 'sales', '金额', '销售'],
  recencyDays: ['recency', '最近', '天数'],
  frequency: ['frequency', 'count', '次数', '频'],
  monetary: ['monetary', 'spend', '金额', '总额'],
};

const normalise = (header: string) =>
  header
    .replace(/^\ufeff/, '')
    .toLowerCase()
    .replace(/[\s_\-.]/g, '');

/** The column each role most likely is, by its header: an exact word first, then a word it contains; each column once. */
export function guessColumns(headers: readonly string[], kind: ImportKind): ColumnMapping {
  const names = headers.map(normalise);
  const taken = new Set<number>();
  const mapping: ColumnMapping = {};
  const pick = (
    role: ColumnRole,
    match: (name: string, word: string) => boolean,
    words: readonly string[],
  ) => {
    if (mapping[role] != null) return;
    for (const word of words) {
      const index = names.findIndex((name, i) => !taken.has(i) && match(name, word));
      if (index >= 0) {
        mapping[role] = index;
        taken.add(index);
        return;
      }
    }
  };
  const roles = COLUMN_ROLES[kind];
  for (const role of roles) pick(role, (name, word) => name === word, EXACT[role]);
  for (const role of roles) pick(role, (name, word) => name.includes(word), CONTAINS[role]);
  for (const role of roles) mapping[role] ??= null;
  return mapping;
}

/** Problems with a mapping: a role without a column, a column chosen twice or one the file does not have. */
export function mappingProblems(
  mapping: ColumnMapping,
  kind: ImportKind,
  columnCount: number,
): Array<{ role: ColumnRole; problem: 'missing' | 'twice' | 'outside' }> {
  const out: Array<{ role: ColumnRole; problem: 'missing' | 'twice' | 'outside' }> = [];
  const seen = new Set<number>();
  for (const role of COLUMN_ROLES[kind]) {
    const index = mapping[role];
    if (index == null) out.push({ role, problem: 'missing' });
    else if (!Number.isInteger(index) || index < 0 || index >= columnCount)
      out.push({ role, problem: 'outside' });
    else if (seen.has(index)) out.push({ role, problem: 'twice' });
    else seen.add(index);
  }
  return out;
}
