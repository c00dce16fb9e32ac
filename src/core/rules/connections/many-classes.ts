// Connection: many classes against a dataset too small to give each about 100 examples.
import type { Rule } from '../rule.js';
import { connection, lineOf, phrases, place, sentencesWith, says, type Hit } from './find.js';

// Not the digits of a name ("COVID-19 images", "ResNet50").
const NUMBER = String.raw`(?<![-\w.])(\d[\d,]*(?:\.\d+)?)\s?(k|m|thousand|million)?`;
const CLASSES = new RegExp(
  String.raw`\b${NUMBER}\s+(?:distinct\s+|different\s+|possible\s+|target\s+|output\s+|fine-grained\s+)?(?:classes|categories|labels|intents|species|product types|topics|genres|tags|diseases|conditions|breeds|brands|skus|departments|queues|codes)\b`,
  'gi',
);
const EXAMPLES = new RegExp(
  String.raw`\b${NUMBER}\s+(?:labell?ed\s+|annotated\s+|hand-labell?ed\s+|training\s+|historical\s+|tagged\s+|past\s+)?(?:examples|samples|images|records|rows|documents|photos|tickets|messages|reviews|emails|sentences|utterances|recordings|videos|data points|instances|observations|transactions|cases|scans|claims)\b`,
  'gi',
);
/** Something in the doc classifies (not "every field is classified in the data card"). */
const CLASSIFIES =
  /\b(?:classifiers?|multi-?class|multi-?label|softmax)\b|\bclassification (?:model|task|problem|head|layer)|\b(?:classif(?:y|ies)|categori[sz]es?) (?:each|every|the|a|an|incoming)\b/i;
/** Ways around too few examples per class. */
const REMEDY = phrases([
  'few-shot|zero-shot|one-shot',
  'transfer learning',
  'pre-trained',
  'fine-tun*',
  'augment*',
  'collect* more',
  'active learning',
  'hierarch*',
  'merge* ... classes|categories',
  'group* ... classes|categories',
  'long-tail',
  'embedding* ... nearest|similarity',
  'weak supervision',
  'label more',
  'more labels',
]);

function value(m: RegExpExecArray): number {
  const n = Number((m[1] as string).replace(/,/g, ''));
  const unit = (m[2] ?? '').toLowerCase();
  return unit === 'k' || unit === 'thousand' ? n * 1e3 : unit === 'm' || unit === 'million' ? n * 1e6 : n;
}

export const manyClassesLittleData: Rule = {
  meta: {
    id: 'many-classes-little-data',
    title: 'Many classes need enough examples each',
    group: 'connections',
    checklistItem: 'training-data',
    defaultSeverity: 'warning',
    rationale:
      'A classifier over many classes (high cardinality) needs examples of every class: if a model needs on average about 100 examples to learn a class, n classes need about 100n examples, more for rare ones. A dataset far smaller than that leaves most classes with a handful of examples and the model guessing on them.',
    howToFix:
      'Give the examples per class (or the smallest classes), and if they are far below about 100 each, plan for it: collect or label more, merge or group rare classes, use a pretrained model, few-shot methods or augmentation.',
  },
  check(doc) {
    let classes: { hit: Hit; n: number } | undefined;
    // Items that are not classes unless something classifies them ("17,000 SKUs" of a price regression).
    let classifies: boolean | undefined;
    const accept = (m: RegExpExecArray) =>
      value(m) >= 10 && (/\b(?:classes|categories|labels|intents)\b/i.test(m[0]) || (classifies ??= CLASSIFIES.test(doc.model.text)));
    for (const h of sentencesWith(doc, CLASSES, accept)) {
      CLASSES.lastIndex = 0;
      const m = CLASSES.exec(h.text);
      if (m) classes = classes ?? { hit: h, n: value(m) };
    }
    if (!classes) return [];
    let size: { hit: Hit; n: number } | undefined;
    // A total, not a count per class ("each of our 19 classes has at least 1,200 images").
    const perClass = /\b(?:per|each|every)\s+(?:\w+\s+){0,3}?(?:class(?:es)?|categor(?:y|ies)|labels?|queues?|intents?)\b/i;
    for (const h of sentencesWith(doc, EXAMPLES, (m, t) => value(m) >= 10 && !perClass.test(t))) {
      EXAMPLES.lastIndex = 0;
      for (let m = EXAMPLES.exec(h.text); m; m = EXAMPLES.exec(h.text)) {
        const n = value(m);
        if (!size || n > size.n) size = { hit: h, n };
      }
    }
    if (!size || size.n / classes.n >= 100 || says(doc, REMEDY)) return [];
    const per = Math.max(1, Math.round(size.n / classes.n));
    return [
      connection(
        size.hit,
        `${place(doc, `${classes.n.toLocaleString('en')} classes`, classes.hit)}, but about ${size.n.toLocaleString('en')} examples in all (line ${lineOf(doc, size.hit.start)}): roughly ${per} per class, far below the ~100 per class a model needs; collect more, merge rare classes, or start from a pretrained model.`,
        [{ hit: classes.hit, message: 'the number of classes' }],
        'training-data',
      ),
    ];
  },
};
