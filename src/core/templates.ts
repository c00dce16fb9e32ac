// Section scaffolds of the ML design-doc template, one per checklist item, in template order.
// The same data produces the plain Markdown template (fullTemplate) and the VS Code snippets
// in snippets/markdown.json (markdownSnippets), so the two cannot drift apart.

export interface SectionTemplate {
  /** Checklist item id (see checklist.md). */
  itemId: string;
  /** Heading text without the leading hashes. */
  heading: string;
  depth: 2 | 3;
  /** Plain Markdown skeleton of the section content, without the heading line; placeholders are `<...>`. */
  body: string;
  /** VS Code snippet for the whole section: heading line, blank line, then `body` with `<...>` turned into tab stops from 1. */
  snippetBody: string;
}

/** Heading of the parent section that holds the depth-3 requirement sections. */
export const REQUIREMENTS_HEADING = 'Requirements';

/** Front matter `type` that marks a document as an ML design doc. */
export const DESIGN_DOC_TYPE = 'ml-design-doc';

const RAW: ReadonlyArray<Omit<SectionTemplate, 'snippetBody'>> = [
  {
    itemId: 'ml-suitability',
    heading: 'Why machine learning',
    depth: 2,
    body: [
      '<problem the system solves, and for whom>',
      '',
      '- Why ML: <the pattern to learn, the data that shows it, and the cost of a wrong prediction>',
      '- Non-ML alternative: <heuristic or rule-based approach> scores <its current performance>',
      '- Why the alternative is not enough: <what it misses>',
    ].join('\n'),
  },
  {
    itemId: 'business-metric',
    heading: 'Business objective and metrics',
    depth: 2,
    body: [
      '- Business objective: <outcome the system serves>',
      '- Business metric: <metric>, from <current value> to <target> by <date>',
      '- Model metric that stands in for it: <model metric>, because <how it moves the business metric>',
      '- Guardrail metrics: <metrics that must not get worse>',
    ].join('\n'),
  },
  {
    itemId: 'stakeholders',
    heading: 'Stakeholders',
    depth: 2,
    body: [
      '| Stakeholder | Needs from the system |',
      '|---|---|',
      '| <team or user group> | <what they need> |',
      '| <team or user group> | <what they need> |',
      '',
      'Conflicts: <conflicting requirements and the trade-off chosen>',
    ].join('\n'),
  },
  {
    itemId: 'problem-framing',
    heading: 'Problem framing',
    depth: 2,
    body: [
      '- Task type: <regression, binary / multiclass / multilabel classification, ranking, ...>',
      '- Input: <what the model sees at prediction time>',
      '- Output: <what it returns, e.g. a score or a class>',
      '- Objective: <loss or objective being optimised>',
      '- Multiple objectives: <how they are combined, or why there is only one>',
    ].join('\n'),
  },
  {
    itemId: 'reliability',
    heading: 'Reliability',
    depth: 3,
    body: [
      '- Availability and error targets: <e.g. 99.9 % of requests succeed>',
      '- Fallback when the model fails or is too slow: <heuristic, cached prediction or previous model>',
      '- Bad inputs and silent failures: <how they are detected and handled>',
    ].join('\n'),
  },
  {
    itemId: 'scalability',
    heading: 'Scalability',
    depth: 3,
    body: [
      '- Load: <requests per second at peak>, <number of users>, <data volume per day>',
      '- Latency under load: <p99 latency at peak>',
      '- Scaling: <autoscaling, distributed training or serving>',
      '- Models and artefacts: <how many models, where their artefacts are kept>',
    ].join('\n'),
  },
  {
    itemId: 'maintainability',
    heading: 'Maintainability',
    depth: 3,
    body: [
      '- Owner: <team>',
      '- Versioning: code in <repository>, data in <data versioning>, models in <model registry>',
      '- Reproducibility: <how a training run can be repeated>',
      '- Testing and CI: <checks a model passes before it ships>',
    ].join('\n'),
  },
  {
    itemId: 'adaptability',
    heading: 'Adaptability',
    depth: 3,
    body: [
      '- Retraining: <cadence or trigger>, <stateless retraining or stateful fine-tuning>',
      '- Feedback loop: <how production outcomes flow back into training data>',
      '- Quick changes: <thresholds, rules or flags that change behaviour without retraining>',
    ].join('\n'),
  },
  {
    itemId: 'data-sources',
    heading: 'Data sources',
    depth: 2,
    body: [
      '| Source | Kind | Owner | Volume |',
      '|---|---|---|---|',
      '| <source name> | <first-party, second-party, third-party or public> | <owner> | <rows or events per day> |',
      '',
      'Access, privacy and licensing: <constraints on using this data>',
    ].join('\n'),
  },
  {
    itemId: 'data-pipeline',
    heading: 'Data pipeline and storage',
    depth: 2,
    body: [
      '- Storage: <data warehouse, data lake or database>, format <Parquet, JSON, CSV, ...>',
      '- Processing: <ETL or ELT>, batch jobs <schedule>, streaming <path, if any>',
      '- Data flow between services: <through a database, a service call or a real-time transport such as Kafka>',
      '- Features shared by training and serving: <batch features>, <streaming features>, through <mechanism>',
    ].join('\n'),
  },
  {
    itemId: 'training-data',
    heading: 'Training data',
    depth: 2,
    body: [
      '- Size: <number of examples> covering <time range>',
      '- Sampling: <how examples are selected, e.g. stratified by region>',
      '- Splits: train / validation / test = <proportions>, split by <time, user or random>',
      '- Class balance: <class ratio>, handled by <resampling or loss weighting>',
    ].join('\n'),
  },
  {
    itemId: 'labelling-plan',
    heading: 'Labelling',
    depth: 2,
    body: [
      '- Label source: <hand labels, natural labels or programmatic labels (weak supervision)>',
      '- Who labels, at what cost: <annotators, cost per label, throughput>',
      '- Feedback delay: <time from prediction to label>',
      '- Quality: <guidelines, agreement measure, how disagreements are resolved>',
      '- Lineage: <how the source and version of each label is tracked>',
    ].join('\n'),
  },
  {
    itemId: 'evaluation',
    heading: 'Evaluation',
    depth: 2,
    body: [
      '- Offline metrics: <metric> on <test set>, target <value>',
      '- Baseline to beat: <baseline>, scoring <value>',
      '- Slices: <critical slices and minimum metric for each>',
      '- Online evaluation: <A/B test or other experiment>, success metric <metric>, guardrails <metrics>',
    ].join('\n'),
  },
  {
    itemId: 'deployment',
    heading: 'Deployment',
    depth: 2,
    body: [
      '- Prediction mode: <online or batch prediction>, latency budget <p99 in ms> or refresh every <interval>',
      '- Serving infrastructure: <cloud service or edge device>',
      '- Rollout: <shadow deployment, canary or A/B test>, rollback when <condition>',
    ].join('\n'),
  },
  {
    itemId: 'monitoring',
    heading: 'Monitoring',
    depth: 2,
    body: [
      '- Model quality: <metric computed from natural labels or feedback>, alert when <threshold>',
      '- Data and distribution drift: <features and predictions watched>, using <statistic or test> over <window>',
      '- Operational metrics: <latency, throughput, error rate, uptime>',
      '- Alerts go to: <owner or on-call channel>',
    ].join('\n'),
  },
];

const PLACEHOLDER = /<([^<>\n]+)>/g;

/**
 * Turns a plain skeleton into VS Code snippet syntax: each `<text>` becomes `${n:<text>}`, numbered
 * from `firstTabStop` in order of appearance; other `$` and `\` are escaped.
 */
export function toSnippet(markdown: string, firstTabStop = 1): string {
  let n = firstTabStop;
  let out = '';
  let last = 0;
  const escapeText = (s: string): string => s.replace(/[\\$]/g, (c) => '\\' + c);
  for (const m of markdown.matchAll(PLACEHOLDER)) {
    out += escapeText(markdown.slice(last, m.index));
    // The tab stop keeps the angle brackets: a snippet expanded and left alone still reads as a template.
    out += '${' + n++ + ':' + m[0].replace(/[\\$}]/g, (c) => '\\' + c) + '}';
    last = m.index + m[0].length;
  }
  return out + escapeText(markdown.slice(last));
}

function headingLine(t: { heading: string; depth: 2 | 3 }): string {
  return '#'.repeat(t.depth) + ' ' + t.heading;
}

export const SECTION_TEMPLATES: readonly SectionTemplate[] = RAW.map((t) => ({
  ...t,
  snippetBody: toSnippet(headingLine(t) + '\n\n' + t.body),
}));

/** The section template of a checklist item, if there is one. */
export function sectionTemplate(itemId: string): SectionTemplate | undefined {
  return SECTION_TEMPLATES.find((t) => t.itemId === itemId);
}

function yamlScalar(value: string): string {
  return /^[A-Za-z0-9<(][^:#"'\n\\]*$/.test(value) && value === value.trim() ? value : JSON.stringify(value);
}

/** The whole design doc as plain Markdown; an empty title becomes the `<title>` placeholder. */
export function fullTemplate(title: string): string {
  const t = title.trim();
  const lines = ['---', `type: ${DESIGN_DOC_TYPE}`, `title: ${t ? yamlScalar(t) : '<title>'}`, 'owner: <owner>', 'status: draft', '---'];
  let inRequirements = false;
  for (const s of SECTION_TEMPLATES) {
    if (s.depth === 3 && !inRequirements) {
      lines.push('', '## ' + REQUIREMENTS_HEADING);
      inRequirements = true;
    } else if (s.depth === 2) {
      inRequirements = false;
    }
    lines.push('', headingLine(s), '', s.body);
  }
  return lines.join('\n') + '\n';
}

/** Snippet body (snippet syntax) of the whole design doc: `toSnippet(fullTemplate(''))`. */
export function fullSnippet(): string {
  return toSnippet(fullTemplate(''));
}

export interface SnippetDefinition {
  prefix: string;
  description: string;
  body: string[];
}

/** Exactly the content of snippets/markdown.json: snippet bodies are snippet text split into lines. */
export function markdownSnippets(): Record<string, SnippetDefinition> {
  const out: Record<string, SnippetDefinition> = {
    'ML design doc': {
      prefix: 'mldoc',
      description: 'Whole ML system design doc: front matter and one section per checklist item',
      body: fullSnippet().replace(/\n$/, '').split('\n'),
    },
  };
  for (const s of SECTION_TEMPLATES) {
    out[`ML design doc: ${s.heading}`] = {
      prefix: `mldoc-${s.itemId}`,
      description: `Design-doc section "${s.heading}" (checklist item ${s.itemId})`,
      body: s.snippetBody.split('\n'),
    };
  }
  return out;
}
