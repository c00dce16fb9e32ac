// The second read: consistency rules that connect two places of a document, as a senior reviewer would.
import { rareClassImbalance } from './rare-class.js';
import { randomSplitTimeData } from './random-split.js';
import { businessMetricUnmeasured } from './business-metric-unmeasured.js';
import { slowLabelsNoProxy } from './slow-labels.js';
import { latencyServingMode } from './latency-serving.js';
import { manyClassesLittleData } from './many-classes.js';
import { costlyMistakesSafeguard } from './costly-mistakes.js';
import { stakeholderTradeoff } from './stakeholder-tradeoff.js';
import { trainProductionGap } from './train-production-gap.js';
import type { Rule } from '../rule.js';

/** Consistency rules ("Connections"), in the order they are documented. */
export const CONNECTION_RULES: Rule[] = [
  rareClassImbalance,
  randomSplitTimeData,
  businessMetricUnmeasured,
  slowLabelsNoProxy,
  latencyServingMode,
  manyClassesLittleData,
  costlyMistakesSafeguard,
  stakeholderTradeoff,
  trainProductionGap,
];
