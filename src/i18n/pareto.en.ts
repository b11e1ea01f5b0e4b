/** Customers: the Pareto chart of the ABC list (English). */
export const paretoEn = {
  title: 'The first {{n}} of {{total}} bring {{value}}% of the value (class A)',
  subtitle:
    'Value of each customer or segment (bars, coloured by class), ranked, with the cumulative share of the value (%, line, right axis) and the cut-offs',
  summary:
    'Ranked by value, a row is A while the rows before it hold less than {{a}}% of the value ({{aRows}} rows), B while less than {{b}}% ({{bRows}}), and C after that ({{cRows}}).',
  valueAxis: 'Value',
  cumulativeAxis: 'Cumulative share (%)',
  cumulative: 'Cumulative share of value',
  cutoff: '{{cls}} cut-off {{share}}%',
  others: '{{n}} others',
  unnamed: 'Unnamed (rank {{rank}})',
};
