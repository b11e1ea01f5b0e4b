/** Customers: the Pareto chart of the ABC list (Simplified Chinese). */
export const paretoZh = {
  title: '前 {{n}} 个（共 {{total}} 个）带来 {{value}}% 的价值（A 类）',
  subtitle: '各客户或细分的价值（柱，按类别着色），按价值排序，以及价值累计占比（%，折线，右轴）和分类界限',
  summary:
    '按价值排序：排在前面的累计价值未达 {{a}}% 时为 A 类（{{aRows}} 行），未达 {{b}}% 时为 B 类（{{bRows}} 行），其余为 C 类（{{cRows}} 行）。',
  valueAxis: '价值',
  cumulativeAxis: '累计占比（%）',
  cumulative: '价值累计占比',
  cutoff: '{{cls}} 类界限 {{share}}%',
  others: '其余 {{n}} 个',
  unnamed: '未命名（第 {{rank}} 名）',
};
