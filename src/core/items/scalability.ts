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
  facets: [
    {
      id: 'load', core: true,
      label: 'gives load figures',
      lacking: 'no load figures (peak QPS, users, data volume, growth)',
      phrases: [
        '# (k|m|million|billion|thousand|hundred) (+) qps|rps|tps|requests|queries|calls|predictions|inferences',
        '## (+) (total|active|daily|monthly|registered|unique|concurrent|paying) users|customers|transactions|events|records|rows|documents|images|messages|sessions|items|products|stores|devices|sensors|visitors|orders|tickets|files|videos|posts|members|accounts|merchants|subscribers|patients|vehicles|machines',
        'qps', 'rps', 'requests|queries|predictions|transactions|events|messages per second|minute|hour|day', '# ... sales|orders|visits|sessions|users|calls|tickets|transactions|requests|images|documents per|a|each second|minute|hour|day', 'throughput of #', '# ... per second',
        'millions|billions|thousands|hundreds of', 'peak load|traffic|demand|hours', 'concurrent users|requests|connections|sessions',
        '# tb|gb|pb|terabytes|petabytes|gigabytes', 'terabyte*|petabyte*', 'data volume*', 'traffic grow*', 'growth in|of traffic|users|data',
      ],
    },
    {
      id: 'scaling', core: true,
      label: 'says how it scales',
      lacking: 'nothing on how serving or training scales out',
      unless: ['image*|pixel*|photo*|feature*|values|resolution|score* ... scaled|scaling|rescal*', 'scaled|scaling|rescal* ... image*|pixel*|features|values|resolution'],
      phrases: [
        'auto-scal*|autoscal*', 'horizontal* scal*', 'scale|scales|scaled|scaling out|up|horizontally|vertically', 'scale to #',
        'load-balanc*', 'shard*', 'distributed training|serving|inference|processing|computing|system', 'replica*', 'gpu cluster*', 'multi-gpu',
        'data|model parallel*', 'partition* (the) data', 'load test*', 'stress test*', 'batch* requests|inference|predictions',
        '# workers|nodes|machines|gpus|pods|instances|servers', 'kubernetes ... replica*|pods|nodes', 'serverless', 'elastic scaling|compute|cluster*|capacity',
      ],
    },
    {
      id: 'mention',
      label: 'mentions scale',
      lacking: 'only a generic statement about scale',
      phrases: ['scalab*', 'scale', 'scaling', 'throughput', 'high volume|load|traffic', 'handl* ... users|requests|load|traffic|volume|queries', 'concurren*', 'volume*', 'grow*', 'not scalable'],
      anyInSection: true,
    },
  ],
  addressedWhen: [['load'], ['scaling']],
  notApplicable: [
    'not intended|designed|meant|expected|required to (be) scal*', 'scal* is|are not a concern', 'scal* is not needed|required',
    'no need to scale', 'will never need to scale',
  ],
};
