// Checklist item: how the system copes with growth in traffic, data or number of models.
import type { ChecklistItem } from './item.js';

export const scalability: ChecklistItem = {
  id: 'scalability',
  title: 'Scalability',
  area: 'requirements',
  question: 'How does it cope with growth in traffic, data or number of models?',
  rationale:
    'An ML system grows in model size, in traffic and in the number of models it runs. A design should know its load (requests per second, users, data volume), how serving and training scale out, and how the artefacts of many models are kept and managed as the pipeline is automated.',
  howToFix:
    'Give load figures (peak QPS, users, data volume and growth), the latency under that load, and how the system scales: autoscaling, distributed training or serving, batching, artefact management.',
  heading: /\b(?:scalab\w*|scale|scaling|capacity|load|throughput|growth)\b/i,
  strong:
    /(?:\b\d[\d,.]*\s*(?:k|m|million|billion|thousand|hundred)?\+?\s*(?:qps|rps|tps|requests?|queries|users|customers|transactions|events|records|rows|documents|images|calls|messages|predictions|sessions|items|products|stores|devices|sensors)\b(?:\s*(?:per|a|\/|each)\s*(?:second|sec|s|minute|min|hour|day|month|week))?|(?<![$€£]\s?)\b\d[\d,.]*\s*(?:k|m|bn|million|billion|thousand)\s+(?!a\b|an\b|per\b|of\b|in\b)[a-z]+|\b(?:qps|rps|throughput|partitioned by|(?:\d+|more|extra) (?:workers|nodes|machines|gpus|pods)|auto-?scal\w*|horizontal(?:ly)? scal\w*|scal(?:e|es|ed|ing) (?:out|up|horizontally|vertically|to \d)|load[- ]balanc\w*|shard(?:s|ed|ing)|distributed (?:training|serving|inference|processing|computing)|concurrent (?:users|requests|connections)|peak (?:load|traffic|demand)|\d+\s*(?:tb|gb|pb)|terabytes?|petabytes?|millions of|billions of|thousands of|replicas|gpu clusters?|multi-?gpu|data parallel\w*|partition(?:ed|ing) (?:the )?data|latency under load|load test\w*|stress test\w*|not (?:intended|designed|meant) to (?:be )?scal\w*))\b/i,
  weak: /\bscal(?:e|able|ability|ing)\b/i,
  notApplicable: /\b(?:not (?:intended|designed|meant|expected|required) to (?:be )?scal\w*|scal(?:e|ability) is not (?:a concern|needed|required|in scope))\b/i,
};
