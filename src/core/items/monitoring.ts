// Checklist item: how degradation in production is noticed.
import type { ChecklistItem } from './item.js';

/** What monitoring is about: the model, its data and the service around it. */
const SYSTEM_OBJECTS: readonly string[] = [
  'model*', 'prediction*', 'feature*', 'input*', 'output*', 'data', 'drift*', 'latency', 'error*', 'pipeline*', 'service*', 'api', 'endpoint*',
  'performance', 'accuracy', 'precision', 'recall', 'metric*', 'throughput', 'traffic', 'requests', 'quality', 'distribution*', 'score*',
  'job*', 'training', 'inference', 'server*', 'system', 'uptime', 'availability', 'anomal*', 'degrad*', 'failure*', 'incident*', 'health',
  'cpu', 'memory', 'gpu', 'auc', 'f1', 'kpi*', 'shift*', 'logs',
];
/** People a product sends alerts to as a feature (not monitoring of the model). */
const PRODUCT_ALERT_AUDIENCE: readonly string[] = [
  'alert*|notif*|send*|email*|message*|text*|warn* (the|a|an) ... customer*|user*|manager*|driver*|clinician*|doctor*|patient*|merchant*|cardholder*|buyer*|seller*|shopper*|parent*|member*|subscriber*|owner*|farmer*|technician*|operator*|staff',
  'push notification*', 'alert* are|is sent to (the) ... customer*|user*|manager*|driver*|clinician*|patient*|merchant*|cardholder*|technician*|operator*|staff',
];

export const monitoring: ChecklistItem = {
  id: 'monitoring',
  title: 'Monitoring',
  area: 'lifecycle',
  question: 'How do we notice when it degrades in production?',
  rationale:
    'ML systems fail silently: the service stays up while predictions get worse as data distributions shift. Monitoring has to cover operational metrics (latency, errors, throughput), the model\'s own quality where labels allow, and input and prediction distributions for drift, with alerts that reach someone who can act.',
  howToFix:
    'Name what is monitored (operational metrics, prediction quality, feature and prediction distributions), the drift test or threshold, where dashboards live, and who is alerted.',
  heading: /\b(?:monitoring|observability|alerting|drift|post-?deployment)\b/i,
  facets: [
    {
      id: 'watched', core: true,
      label: 'names what is watched',
      lacking: 'nothing on what is watched (model quality, drift, operational metrics)',
      phrases: [
        'monitor*', 'dashboard*', 'grafana', 'prometheus', 'datadog', 'splunk', 'new relic', 'cloudwatch', 'stackdriver', 'observability', 'evidently', 'whylabs', 'arize',
        'error-tracking|latency-tracking|performance-tracking|metric-tracking|usage-tracking',
        'track* (the) model|metrics|performance|errors|latency|predictions|accuracy|quality|drift|distribution*',
        'log* every|all|each prediction*|request*|input*|output*', 'log* predictions|requests|inputs|outputs',
        'error log*', 'log*|record*|track*|measur* ... latency|error rate*|throughput|uptime', 'online metrics are', 'online metrics will be', 'watch* ... model|prediction*|metric*|latency|error*|drift|distribution*',
      ],
      with: [...SYSTEM_OBJECTS],
      inSection: ['track*', 'watch*', 'measur*', 'report*', 'log*', 'check*', 'observ*'],
    },
    {
      id: 'drift', core: true,
      label: 'tests for drift with a threshold',
      lacking: 'no drift test or threshold',
      phrases: [
        'drift*', 'distribution* shift*', 'covariate|label|concept|prior shift', 'psi', 'population stability', 'kl-divergence', 'wasserstein', 'kolmogorov*',
        'ks-test', 'chi-square*|chi-squared', 'jensen-shannon', 'out-of-distribution', 'data quality check*',
        'alert* ... threshold*', 'threshold* ... alert*|drift*|monitor*|degrad*|exceed*|breach*', 'falls|drops|goes below|under|beneath ... threshold*',
      ],
      with: [...SYSTEM_OBJECTS],
    },
    {
      id: 'alerting', core: true,
      label: 'alerts someone who can act',
      lacking: 'no one alerted',
      phrases: ['alert*', 'pag* (the) on-call|team|engineer*', 'pagerduty', 'opsgenie', 'sentry', 'on-call', 'notif* (the) team|on-call|engineer*|owner*|ml', 'escalat* to (the) team|on-call|owner*'],
      with: [...SYSTEM_OBJECTS, 'on-call', 'team', 'engineer*', 'pagerduty', 'opsgenie', 'slack'],
      unless: [...PRODUCT_ALERT_AUDIENCE],
    },
    {
      id: 'feedback',
      label: 'collects feedback on quality',
      lacking: 'no feedback on quality in production',
      phrases: ['feedback ... collect*|gather*|gauge*|track*|review*|identify*', 'collect*|gather*|track*|review* ... feedback', 'thumbs up|down', 'user reports|ratings'],
      with: ['model*', 'prediction*', 'performance', 'quality', 'accuracy', 'answer*', 'response*', 'issues', 'satisfaction', 'chatbot', 'assistant', 'system', 'recommendation*'],
    },
    {
      id: 'mention',
      label: 'mentions monitoring',
      lacking: 'only a generic statement',
      phrases: ['post-deployment', 'monitor*', 'observ* (the) model|system|performance', 'running|rolling|moving average* ... latency|error*|accuracy|score*', 'in production ... metric*|accuracy|performance|quality'],
      anyInSection: true,
    },
  ],
  addressedWhen: [['watched', 'drift'], ['watched', 'alerting'], ['drift', 'alerting']],
};
