/**
 * The budgets `npm run bench` reports against (issue "Quality gates and
 * benchmarks"). Bytes and load times are ratios to the stock Starlight site
 * holding the same transcript, measured in the same run (its own figures are
 * printed above the table), since absolute figures drift between machines and
 * runs; the absolute limits are the issues' own (JavaScript on load, warm
 * search, quote check, Lighthouse). Figures, not pass/fail tests.
 */
export interface Budget {
  label: string;
  /** Our limit; `max` means lower is better, `min` higher is better. */
  limit: number;
  kind: 'max' | 'min';
  unit: string;
}

export const BUDGETS = {
  // Ratios to the Starlight peer measured in the same run (tools/bench/first-visit.ts, versus-peer.ts).
  firstVisitIdleVsPeer: {
    label: 'first visit to the transcript + 30 s idle, bytes the host sent, ours / Starlight',
    limit: 1,
    kind: 'max',
    unit: '×',
  },
  transcriptWireVsPeer: {
    label: 'transcript on the wire on load, ours / Starlight',
    limit: 0.46,
    kind: 'max',
    unit: '×',
  },
  transcriptLcpVsPeer: {
    label: 'transcript LCP (Lighthouse mobile), ours / Starlight',
    limit: 0.8,
    kind: 'max',
    unit: '×',
  },
  transcriptJs: {
    label: 'JavaScript executed on load, transcript (gz)',
    limit: 10_000,
    kind: 'max',
    unit: 'B',
  },
  lighthousePerformance: {
    label: 'Lighthouse mobile performance, transcript',
    limit: 100,
    kind: 'min',
    unit: '',
  },
  lighthouseAccessibility: {
    label: 'Lighthouse mobile accessibility, transcript',
    limit: 100,
    kind: 'min',
    unit: '',
  },
  lighthouseBestPractices: {
    label: 'Lighthouse mobile best practices, transcript',
    limit: 100,
    kind: 'min',
    unit: '',
  },
  lighthouseSeo: { label: 'Lighthouse mobile SEO, transcript', limit: 100, kind: 'min', unit: '' },
  cls: { label: 'Cumulative layout shift, transcript', limit: 0, kind: 'max', unit: '' },
  // Ratios to the Starlight peer measured live in the same run (tools/bench-search.ts compareSearch).
  searchColdBytesVsStarlight: {
    label: 'cold search bytes ÷ Starlight’s, same run',
    limit: 1,
    kind: 'max',
    unit: '×',
  },
  searchSlow4gVsStarlight: {
    label: 'cold first result on slow 4G ÷ Starlight’s, same run',
    limit: 0.8,
    kind: 'max',
    unit: '×',
  },
  searchWarmMs: {
    label: 'warm search, keystroke to first result',
    limit: 100,
    kind: 'max',
    unit: 'ms',
  },
  quoteCheckWarmMs: {
    label: 'quote check, Enter to verdict (warm)',
    limit: 300,
    kind: 'max',
    unit: 'ms',
  },
  // Measured in the same run as the peer's warm rebuild (tools/bench/peer.ts rebuildPeer), so the figure is a ratio.
  warmRebuildRatio: {
    label: 'warm rebuild, ours ÷ the Starlight peer’s',
    limit: 1.2,
    kind: 'max',
    unit: '×',
  },
} as const satisfies Record<string, Budget>;

export type BudgetName = keyof typeof BUDGETS;

/** Whether a measured value is within its budget. */
export const withinBudget = (budget: Budget, value: number): boolean =>
  budget.kind === 'max' ? value <= budget.limit : value >= budget.limit;
