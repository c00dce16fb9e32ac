// Checklist item: where the data comes from.
import type { ChecklistItem } from './item.js';

export const dataSources: ChecklistItem = {
  id: 'data-sources',
  title: 'Data sources',
  area: 'data',
  question: 'Where does the data come from?',
  rationale:
    'Data comes from first-party sources (logs and user data the product collects), second-party sources (another company\'s data about its own users) and third-party sources (data collected on the public). Each has its own noise, freshness, cost and legal terms; user data in particular needs validation before a model trusts it.',
  howToFix:
    'Name each source concretely (which logs, tables, vendors or public datasets), who owns it, how fresh it is, and any access or privacy constraints.',
  heading: /\b(?:data(?: sources?| collection| acquisition| availability| inventory)?|datasets?|inputs?|sources)\b/i,
  facets: [
    {
      id: 'named-source', core: true,
      label: 'names where the data comes from',
      lacking: 'no concrete data source (logs, databases, third-party or public datasets)',
      phrases: [
        'data comes|come from', 'data is|are collected|sourced', 'data source* is|are|include*|:',
        'event|application|server|access|system|transaction|audit|query|search|call|chat|click|web|app|usage logs', 'clickstream*', 'click-log*|event-log*|web-log*|app-log*|server-log*|access-log*|search-log*|query-log*|usage-log*|transaction-log*|audit-log*|chat-log*|call-log*', 'log data',
        'logs of', 'user data|interactions|events|profiles|activity|history|behavior|behaviour|reviews|ratings', 'transaction* data|history|records',
        'purchase|order|browsing|viewing|listening|payment history', 'first-party', 'second-party', 'third-party', 'public* available (data|dataset*)',
        'public dataset*|data|corpus|corpora', 'open dataset*|data', 'kaggle', 'hugging-face', 'internal|production|operational|relational database*|tables|systems|data',
        'data warehouse', 'crm', 'erp', 'sensor*', 'telemetry', 'survey*', 'recordings', 'medical|health|patient|electronic records', 'ehr',
        'wikipedia', 'common crawl', 'imagenet', 'coco', 'mimic', 'images|photos|videos|scans from|of|collected',
        'dataset of|from|with|contains|consists|includes', '# (k|m|million|thousand) images|recordings|samples|records|rows|documents|examples|transactions|reviews|tickets|emails|messages',
        'api* from', 'api* provided by', 'provided by (the) partner*|vendor*|client*|customer*', 'vendor data', 'emails', 'support tickets', 'documentation pages|site',
      ],
    },
    {
      id: 'collected-from', core: true,
      label: 'says where the data is collected from',
      lacking: 'no concrete data source (logs, databases, third-party or public datasets)',
      phrases: ['collected|sourced|gathered|pulled|exported|scraped|ingested|obtained|extracted|retrieved|streamed|received|coming|comes|come|taken|drawn|sampled|derived|loaded|imported from'],
      with: ['data*', 'dataset*', 'record*', 'log*', 'event*', 'images', 'photos', 'videos', 'audio', 'text*', 'samples', 'examples', 'signals', 'information', 'corpus', 'documents', 'transactions', 'history', 'table*', 'feed*', 'measurements', 'readings', 'reviews', 'tickets', 'posts', 'messages', 'emails', 'clicks', 'interactions', 'labels', 'features'],
    },
    {
      id: 'mention',
      label: 'mentions data',
      lacking: 'only a generic mention of data',
      phrases: ['data source*', 'historical|customer|user|patient|transaction|sales|sensor|clinical|ehr|usage|production|log|text|image|audio|video data'],
      anyInSection: true,
    },
  ],
  addressedWhen: [['named-source'], ['collected-from']],
};
