// The checklist (v1): the 15 items in the contract's order.
import { mlSuitability } from './ml-suitability.js';
import { businessMetric } from './business-metric.js';
import { stakeholders } from './stakeholders.js';
import { problemFraming } from './problem-framing.js';
import { reliability } from './reliability.js';
import { scalability } from './scalability.js';
import { maintainability } from './maintainability.js';
import { adaptability } from './adaptability.js';
import { dataSources } from './data-sources.js';
import { dataPipeline } from './data-pipeline.js';
import { trainingData } from './training-data.js';
import { labellingPlan } from './labelling-plan.js';
import { evaluation } from './evaluation.js';
import { deployment } from './deployment.js';
import { monitoring } from './monitoring.js';
import type { ChecklistItem, Area } from './item.js';

export type { ChecklistItem, Area };

/** All checklist items, in the order of `checklist.md`. */
export const CHECKLIST: readonly ChecklistItem[] = [
  mlSuitability,
  businessMetric,
  stakeholders,
  problemFraming,
  reliability,
  scalability,
  maintainability,
  adaptability,
  dataSources,
  dataPipeline,
  trainingData,
  labellingPlan,
  evaluation,
  deployment,
  monitoring,
];

/** Human names of the four areas. */
export const AREAS: Record<Area, string> = {
  framing: 'Framing and value',
  requirements: 'Requirements',
  data: 'Data',
  lifecycle: 'Model lifecycle',
};

/** Looks an item up by id. */
export function checklistItem(id: string): ChecklistItem | undefined {
  return CHECKLIST.find((i) => i.id === id);
}
