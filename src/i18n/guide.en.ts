/** The guide on each page: what belongs here and common mistakes, in the course's terms (English). */
export const guideEn = {
  summary: 'Guide: what belongs here, common mistakes',
  what: 'What belongs here',
  mistakes: 'Common mistakes',
  pages: {
    pestel: {
      what: 'Factors of the macro-environment that the firm cannot control: political-legal, economic, socio-cultural and technological (PESTEL adds environmental and legal). Rate each for impact and likelihood, and send the important ones to the SWOT as opportunities or threats.',
      m1: 'Listing the firm’s own strengths or weaknesses: they are internal and belong in the SWOT.',
      m2: 'A factor without a consequence: say what it changes for the service (“ageing population → more home delivery”).',
      m3: 'Leaving factors unrated: impact × likelihood decides which go forward.',
    },
    forces: {
      what: 'Porter’s five forces of the industry: threat of new entrants, bargaining power of suppliers and of buyers, threat of substitutes, rivalry among existing competitors. Drivers make each force strong or weak; rate them today and in three years to judge how attractive the industry is.',
      m1: 'Naming a competitor instead of a driver: say why rivalry is intense (many similar firms, slow growth, high fixed costs).',
      m2: 'Confusing substitutes (another way to meet the need) with rivals (the same service).',
      m3: 'Ratings without evidence: note where each rating comes from.',
    },
    customers: {
      what: 'What a customer is worth (spend × visits × years, the retention lifetime value, word of mouth); ABC classes (about 5% of customers give 80% of the profit), each with a service tier; RFM from transactions; satisfaction as performance against expectation.',
      m1: 'Serving every class the same: the course gives class A the most service and class C the standard.',
      m2: 'Reading satisfaction from performance alone: the gap is performance minus expectation.',
      m3: 'Ranking the ABC list by revenue for some customers and by profit for others.',
    },
    swot: {
      what: 'Internal strengths and weaknesses (what the firm controls) and external opportunities and threats (from PEST(EL) and the five forces). Weights show importance: strengths and weaknesses together sum to 1.00, and so do opportunities and threats; type 0.10 or 10%.',
      m1: 'An “opportunity” that is really a strategy (“open a branch”): opportunities are conditions outside the firm.',
      m2: 'Vague items (“good service”): say what, how much, compared with whom.',
      m3: 'Weights that do not sum to 1.00 on each side: use “Normalise” on the IFE / EFE page.',
    },
    scoring: {
      what: 'The IFE and EFE matrices: each factor’s weight (each side summing to 1.00) times its rating. IFE: major weakness 1, minor weakness 2, minor strength 3, major strength 4; EFE: 1–4 for how well the firm responds. Totals run from 1 to 4 with 2.5 the average; the IE matrix places the firm.',
      m1: 'Rating a strength 1 or 2 (strengths take 3 or 4, weaknesses 1 or 2).',
      m2: 'Putting importance in the rating: importance is the weight, the rating is how the firm performs.',
      m3: 'Weights that sum to 0.99 or 1.01 after rounding: normalise them.',
    },
    objectives: {
      what: 'Strategic objectives (the course’s second step): what is to be achieved, a measurable target with a number, an owner and a date. Service standards say what customers can count on, each measurable: answer within N s, response time, first-contact resolution, satisfaction ≥ 90%, complaint rate, on-time rate.',
      m1: 'A target without a number (“improve service”).',
      m2: 'A standard nobody measures: say how, by whom and how often.',
      m3: 'Objectives that do not follow from the analysis: each should answer an opportunity, a threat or a weakness.',
    },
    tows: {
      what: 'TOWS strategies pair the SWOT quadrants: SO uses strengths to seize opportunities (growth), WO overcomes weaknesses by using opportunities (turnaround), ST uses strengths to meet threats (diversification), WT reduces weaknesses and avoids threats (defensive). Link each strategy to the items it draws on.',
      m1: 'Strategies linked to nothing in the SWOT.',
      m2: 'Restating an item as a strategy (“strong brand” → “use the brand”): say what the firm will do.',
      m3: 'Leaving a cell empty: every cell is an option to weigh.',
    },
    service: {
      what: 'Service level against cost: each point of service costs more the nearer it is to 100%. Find the optimum where marginal cost meets marginal revenue, and name moves by the course’s four cost–service relationships. A call centre uses Erlang C: calls per interval, handle time, the 80/20 target, shrinkage.',
      m1: 'Planning for 100%: queueing models never reach it; show what 95% and 99% cost instead.',
      m2: 'Typing a day’s calls as one interval’s: count the calls per 30- or 60-minute interval.',
      m3: 'Forgetting shrinkage: the agents paid are more than the agents on the phones.',
    },
    positioning: {
      what: 'How customers see the firm beside its competitors: the price–quality map, value curves (eliminate, reduce, raise, create) over the factors customers compare, the strategy clock, and the positioning statement “For (target), our (brand) is (concept), that (point of difference).”',
      m1: 'Factors customers do not use when they choose.',
      m2: 'Placing the firm where it wants to be, not where customers see it today.',
      m3: 'A statement without a real point of difference.',
    },
    strategy: {
      what: 'Choose among cost leadership, differentiation and focus with the QSPM: an attractiveness score 1–4 per key factor, times the factor’s weight; check the sensitivity and the Monte Carlo. Name the levers of the choice, e.g. standardised service and less human element (cost leadership), or making the intangible tangible and training staff (differentiation).',
      m1: 'Scoring every factor: leave a dash where a factor does not bear on the choice.',
      m2: 'Choosing by the total alone: a lead that flips under the sensitivity analysis is no lead.',
      m3: '“Stuck in the middle”: a strategy needs levers that fit it.',
    },
    summary: {
      what: 'The complete service strategy in the course’s six parts: service philosophy, customer service needs, service design and delivery, managing service staff, service quality management, customer satisfaction and loyalty. Each part draws on the pages before; what is missing links to where it is made.',
      m1: 'A philosophy that is a slogan: say what service is for and what the firm will not compromise on.',
      m2: 'Parts that contradict each other (cost leadership with a premium, staff-heavy design).',
      m3: 'Leaving out the staff: the people who serve carry the strategy.',
    },
    plan: {
      what: 'The implementation plan: concrete actions, each with one owner, a start and a due date, a KPI and a status, serving an objective and pulling a lever of the chosen strategy; and service recovery: receive, record, analyse, resolve, follow up, file and feed back — with complaints counted by cause.',
      m1: 'Actions without an owner or a date.',
      m2: 'KPIs that count effort (“hold training”) instead of results (“share of agents certified”).',
      m3: 'Fixing complaints one by one without counting their causes: the Pareto shows the few that matter.',
    },
    report: {
      what: 'The printable report follows the course’s steps: environment analysis, objectives, strategy formulation, evaluation and choice, implementation. Name the authors and the course on the cover, and check the contents before printing.',
      m1: 'Handing in with empty sections: the steps beside show what is missing.',
      m2: 'Charts copied without their source line.',
      m3: 'Numbers in the text that differ from the charts: edit the project, not the printout.',
    },
  },
} as const;
