// Checklist item: how degradation in production is noticed.
import type { ChecklistItem } from './item.js';

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
  strong:
    /\b(?:monitor(?:ing|ed|s)?|alert(?:s|ing|ed)?|drift\w*|distribution(?:al)? shifts?|dashboards?|grafana|prometheus|datadog|splunk|new relic|cloudwatch|stackdriver|observability|(?:error|latency|performance|metric|usage)[- ]tracking|track(?:ing|ed|s)? (?:of )?(?:the )?(?:model|metrics|performance|errors?|latency|predictions?|accuracy|quality)|\bpsi\b|population stability|kl[- ]divergence|wasserstein|kolmogorov|ks[- ]test|chi-?squared? test|feedback (?:is )?(?:collected|collection|monitored)|pagerduty|sentry|opsgenie|error (?:logs?|log files?)|logg(?:ed|ing) (?:every|all|each|predictions?|requests?))\b/i,
  weak: /\b(?:logs?|logging|track\w*|observ\w+)\b/i,
};
