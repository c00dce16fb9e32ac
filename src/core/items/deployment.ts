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
  strong:
    /\b(?:deploy(?:ed|ment|ing|s)?|serv(?:e|ed|es|ing) (?:the )?(?:model|predictions?|requests?|results|users|recommendations)|model serving|inference (?:service|server|endpoints?|engine|api|pipeline|jobs?)|endpoints?|rest(?:ful)? api|grpc|fastapi|flask|http api|api (?:gateway|service)|batch (?:predictions?|inference|scoring|jobs?)|online (?:predictions?|inference|serving)|real[- ]time (?:predictions?|inference|scoring|serving|api)|latency (?:budgets?|requirements?|targets?|of|under|below|<)|\d+\s*ms\b|edge (?:devices?|deployment)|on[- ]device|mobile app|in the browser|cloud run|lambda|sagemaker|vertex ai|azure ml|kubernetes|k8s|docker|containers?|canary|shadow (?:mode|deployment|traffic)|blue[- ]green|roll-?outs?|roll(?:ed|ing)? out|tensorrt|onnx|triton|torchserve|kserve|seldon|bentoml|streamlit|gradio|web app)\b/i,
  weak: /\b(?:production|serv(?:e|ing)|api|latency)\b/i,
};
