// A project at every count the schema allows (LIMITS in src/domain/project/limits.ts), built from the example
// so that every page has something to draw: 800 SWOT items, 400 TOWS strategies, 1,000 drivers, 200 PEST(EL)
// factors, 60 service models, 20 alternatives scoring every key factor, 50 criteria with every AHP judgment,
// 20 competitors, 50 value factors and 50 CPM factors rated for every player, 500 customer segments and an
// RFM import keeping 1,000 customers and 100 bad lines, a survey of 50 attributes. Used by `npm run bench:ui`.
// Plain JavaScript so that the Node benchmark script can import it without a build step.

const QUADRANTS = ['strengths', 'weaknesses', 'opportunities', 'threats'];
const CELLS = ['SO', 'ST', 'WO', 'WT'];
const FORCES = ['entrants', 'suppliers', 'buyers', 'substitutes', 'rivalry'];
const PESTEL = ['political', 'economic', 'social', 'technological', 'environmental', 'legal'];
const LINKS_PER_STRATEGY = 8;

/** Text about as long as a careful team writes (two lines), numbered so that every row differs. */
const sentence = (what, i) =>
  `${what} ${i + 1}: a finding written out in full, with the evidence and the figure behind it (source, 2026)`;

/** @param {any} example the example project (public/examples/swift-express.en.json) */
export function atLimitsProject(example, limits) {
  const p = structuredClone(example);
  p.id = 'bench-at-limits';
  p.name = 'At the limits (benchmark)';
  const per = limits.itemsPerQuadrant;
  for (const [q, quadrant] of QUADRANTS.entries())
    p.swot[quadrant] = Array.from({ length: per }, (_, i) => ({
      id: `${quadrant[0]}${i}`,
      text: sentence(quadrant, i),
      source: null,
      note: i % 3 === 0 ? `Note ${i}` : '',
      weight: 1 / per,
      rating: q < 2 ? 1 + (i % 4) : 1 + ((i + 1) % 4),
    }));
  const keyIds = QUADRANTS.flatMap((quadrant) => p.swot[quadrant].map((item) => item.id));
  // A TOWS strategy links items of its two quadrants: S or W (first letter) with O or T (second letter).
  const idsOf = (letter) =>
    p.swot[QUADRANTS.find((q) => q[0] === letter.toLowerCase())].map((item) => item.id);
  for (const cell of CELLS) {
    const internal = idsOf(cell[0]);
    const external = idsOf(cell[1]);
    p.tows[cell] = Array.from({ length: limits.strategiesPerCell }, (_, i) => ({
      id: `${cell.toLowerCase()}${i}`,
      text: sentence(`${cell} strategy`, i),
      links: Array.from({ length: LINKS_PER_STRATEGY }, (_, k) =>
        k % 2 === 0
          ? internal[(i * 7 + k * 13) % internal.length]
          : external[(i * 11 + k * 17) % external.length],
      ),
    }));
  }
  for (const force of FORCES)
    p.forces[force] = Array.from({ length: limits.driversPerForce }, (_, i) => ({
      id: `${force}${i}`,
      text: sentence(`${force} driver`, i),
      note: i % 2 === 0 ? `Driver note ${i}` : '',
      now: 1 + (i % 5),
      future: 1 + ((i + 2) % 5),
    }));
  p.pestel = Array.from({ length: limits.pestelFactors }, (_, i) => ({
    id: `pf${i}`,
    category: PESTEL[i % PESTEL.length],
    text: sentence('factor', i),
    note: '',
    impact: 1 + (i % 5),
    likelihood: 1 + ((i * 3) % 5),
    direction: i % 2 === 0 ? 'opportunity' : 'threat',
    horizon: ['short', 'medium', 'long'][i % 3],
  }));
  const models = example.serviceModels;
  p.serviceModels = Array.from({ length: limits.serviceModels }, (_, i) => ({
    ...structuredClone(models[i % models.length]),
    id: `model${i}`,
    name: `Model ${i + 1}`,
    baselineId: null,
  }));
  p.strategy.valueFactors = Array.from({ length: limits.valueFactors }, (_, i) => ({
    id: `vf${i}`,
    name: `Value factor ${i + 1}`,
  }));
  const curve = (shift) =>
    Object.fromEntries(p.strategy.valueFactors.map((f, i) => [f.id, (i + shift) % 11]));
  p.strategy.firm.valueCurve = curve(3);
  p.strategy.competitors = Array.from({ length: limits.competitors }, (_, i) => ({
    id: `comp${i}`,
    name: `Competitor ${i + 1}`,
    price: i % 11,
    quality: (i * 3) % 11,
    share: 1 + (i % 9),
    valueCurve: curve(i),
  }));
  const players = ['firm', ...p.strategy.competitors.map((c) => c.id)];
  p.strategy.cpm = Array.from({ length: limits.cpmFactors }, (_, i) => ({
    id: `csf${i}`,
    name: `Success factor ${i + 1}`,
    weight: 1 / limits.cpmFactors,
    ratings: Object.fromEntries(players.map((player, k) => [player, 1 + ((i + k) % 4)])),
  }));
  p.strategy.criteria = Array.from({ length: limits.criteria }, (_, i) => ({
    id: `crit${i}`,
    name: `Criterion ${i + 1}`,
    weight: 1 / limits.criteria,
  }));
  const ahp = {};
  for (let a = 0; a < limits.criteria; a += 1)
    for (let b = a + 1; b < limits.criteria; b += 1) ahp[`crit${a}|crit${b}`] = 1 + ((a + b) % 5);
  p.strategy.ahp = ahp;
  const base = example.strategy.alternatives;
  p.strategy.alternatives = Array.from({ length: limits.alternatives }, (_, i) => ({
    ...structuredClone(base[i % base.length]),
    id: `alt${i}`,
    name: i < base.length ? '' : `Alternative ${i + 1}`,
    kind: i < base.length ? base[i].kind : 'custom',
    modelId: null,
    towsId: null,
    scores: Object.fromEntries(keyIds.map((id, k) => [id, 1 + ((i + k) % 4)])),
    valueCurve: curve(i + 5),
  }));
  p.strategy.chosenId = 'alt0';
  p.customers.segments = Array.from({ length: limits.segments }, (_, i) => ({
    id: `seg${i}`,
    name: sentence('customer', i).slice(0, 60),
    value: 1000 + ((i * 7919) % 100_000),
    customers: 1 + (i % 40),
  }));
  // Each class served by a model of its own (a call centre first, as in the example).
  p.customers.abc.service = {
    A: { modelId: 'model0', periodsPerYear: 17_520 },
    B: { modelId: 'model1', periodsPerYear: 17_520 },
    C: { modelId: 'model2', periodsPerYear: 12 },
  };
  const rfm = p.customers.rfm;
  const scored = rfm.top;
  // Scores and segment from the example's customers in turn, so that each pair is one the map gives.
  rfm.top = Array.from({ length: limits.rfmCustomersKept }, (_, i) => ({
    ...scored[i % scored.length],
    id: `customer-${String(i).padStart(6, '0')}`,
    monetary: 1_000_000 - i * 37.5,
  }));
  rfm.badLines = Array.from({ length: limits.rfmBadLinesKept }, (_, i) => ({
    line: 2 + i * 97,
    toLine: null,
    reason: i % 2 ? 'dateUnreadable' : 'amountUnreadable',
  }));
  p.customers.satisfaction.attributes = Array.from({ length: limits.satisfactionAttributes }, (_, i) => ({
    id: `att${i}`,
    name: `Service attribute ${i + 1}`,
    importance: 1 + (i % 5),
    expectation: 1 + ((i * 3) % 5),
    performance: 1 + ((i * 2) % 5),
  }));
  rfm.badRows = 5000;
  rfm.rows += 5000;
  const callCentre = p.serviceModels.find((m) => m.kind === 'callCentre');
  p.objectives = {
    objectives: Array.from({ length: limits.objectives }, (_, i) => ({
      id: `objective${i}`,
      text: `Objective ${i + 1}: a strategic objective worded at some length for the page`,
      target: `${80 + (i % 20)}% by the end of the year`,
      owner: i % 3 ? `Owner ${i + 1}` : '',
      due: i % 4 ? `2027-${String(1 + (i % 12)).padStart(2, '0')}-15` : '',
    })),
    standards: Array.from({ length: limits.standards }, (_, i) => ({
      id: `standard${i}`,
      kind: ['answerTime', 'responseTime', 'resolution', 'satisfaction', 'complaints', 'onTime', 'other'][
        i % 7
      ],
      metric: `Standard ${i + 1}`,
      target: '≥ 90%',
      measure: 'Monthly report',
      link:
        i % 5 === 0 && callCentre
          ? { kind: 'model', modelId: callCentre.id }
          : i % 5 === 1
            ? { kind: 'satisfaction' }
            : null,
    })),
  };
  p.implementation = {
    philosophy: 'Service is what we sell: every contact should leave the customer surer of us. '.repeat(40),
    actions: Array.from({ length: limits.actions }, (_, i) => ({
      id: `action${i}`,
      text: `Action ${i + 1}: something the team will do, worded at some length for the plan`,
      owner: `Owner ${(i % 7) + 1}`,
      start: `2027-${String(1 + (i % 12)).padStart(2, '0')}-01`,
      due: `2027-${String(1 + ((i + 2) % 12)).padStart(2, '0')}-28`,
      kpi: 'Share of agents trained',
      status: ['planned', 'doing', 'done', 'blocked'][i % 4],
      objectiveId: `objective${i % limits.objectives}`,
      lever: i % 3 ? 'trainStaff' : null,
    })),
    recovery: {
      steps: Object.fromEntries(
        ['receive', 'record', 'analyse', 'resolve', 'followUp', 'feedBack'].map((k) => [
          k,
          { how: `How we ${k}, worded at some length`, owner: 'Complaints desk', within: '24 h' },
        ]),
      ),
      complaints: Array.from({ length: limits.complaintCauses }, (_, i) => ({
        id: `cause${i}`,
        cause: `Cause ${i + 1} of complaints`,
        count: 1000 - i * 13,
      })),
    },
  };
  return p;
}
