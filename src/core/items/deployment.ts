// Checklist item: how the model is served.
import type { ChecklistItem } from './item.js';

export const deployment: ChecklistItem = {
  id: 'deployment',
  title: 'Deployment',
  area: 'lifecycle',
  question: 'How is the model served?',
  rationale:
    'Serving decides cost and user experience: batch prediction precomputes results on a schedule, online prediction answers each request within a latency budget, and edge deployment moves the model onto the device. A design should also say how a new model reaches users safely (shadow, canary, staged rollout).',
  howToFix:
    'Say whether predictions are batch or online, where the model runs (service, infrastructure, edge or cloud), the latency budget, and how new versions are rolled out and rolled back.',
  heading: /\b(?:deploy\w*|serving|inference|prediction service|productioni[sz]ation|rollout|release|infrastructure|system architecture|architecture)\b/i,
  facets: [
    {
      id: 'mode', core: true,
      label: 'says batch or online prediction',
      lacking: 'no serving mode (batch or online prediction)',
      phrases: [
        'batch prediction*|inference|scoring|job*', 'online prediction*|inference|serving|scoring', 'real-time prediction*|inference|scoring|serving|api|predictions',
        'streaming prediction*|inference', 'on-demand', 'not require|need real-time|online|low-latency', 'precomput*', 'pre-comput*', 'synchronous*|asynchronous*',
      ],
    },
    {
      id: 'infra', core: true,
      label: 'describes the serving infrastructure',
      lacking: 'no serving infrastructure',
      unless: ['clinical|primary|secondary|study|trial endpoint*'],
      phrases: [
        'deploy* (the|a|an|our|each|new|it) ... model*|service*|api|endpoint*|container*|classifier*|pipeline*|app*|system|version*|it|ranker*|detector*|predictor*|recommender*|chatbot|assistant',
        'deployed to|on|as|behind|in|via|with|at', 'deployment to|on|via|with|pipeline*|target*|environment*|strateg*|process', 'serv* (the) model|predictions|requests|results|users|recommendations|traffic', 'model serving', 'inference service|server|endpoint*|engine|api|pipeline|job*|cluster',
        'endpoint*', 'rest* api', 'grpc', 'fastapi', 'flask', 'http api', 'api gateway|service', 'cloud run', 'lambda', 'sagemaker', 'vertex ai', 'azure ml',
        'kubernetes', 'k8s', 'docker', 'container*', 'tensorrt', 'onnx', 'triton', 'torchserve', 'kserve', 'seldon', 'bentoml', 'streamlit', 'gradio', 'web app',
        'microservice*', 'edge device*|deployment', 'on-device', 'mobile app', 'in the browser', 'tf serving|lite', 'vllm', 'gpu instance*',
      ],
    },
    {
      id: 'latency-budget', core: true,
      label: 'sets a latency budget',
      lacking: 'no latency budget',
      phrases: ['latency budget*|requirement*|target*|slo|slos|sla|slas', 'latency of|under|below|<', '# ms', '#ms', 'p9# latency', 'p9#', 'within # (milli)seconds|seconds|ms', 'response time* ... #', 'response time* under|below|of|<'],
    },
    {
      id: 'rollout', core: true,
      label: 'plans the rollout',
      lacking: 'no rollout plan (shadow, canary, staged)',
      phrases: ['canary', 'shadow mode|deployment|traffic', 'blue-green', 'roll-out*|rollout*', 'roll* out', 'staged|gradual|phased release|rollout|launch', 'feature flag*', 'rollback*'],
    },
    {
      id: 'mention',
      label: 'mentions deployment',
      lacking: 'only a generic mention',
      phrases: ['in production', 'productioni*', 'deploy* (the|a|an|our|this|it) ... model*|service*|system|app*|solution|tool|assistant|classifier*|pipeline*', 'serv* (the) model|predictions', 'serving'],
      anyInSection: true,
    },
  ],
  addressedWhen: [['mode'], ['infra'], ['latency-budget'], ['rollout']],
};
