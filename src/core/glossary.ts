// Domain glossary for hovers: ML system design terms, explained in a few sentences each,
// with what a design doc should say about them. Pure data plus one lookup function.

/** A domain term the hover explains. */
export interface GlossaryEntry {
  /** Stable kebab-case id. */
  id: string;
  /** Display name; alternatives separated by " / " or " vs ". */
  term: string;
  /** Case-insensitive, word-bounded patterns (never global; findTermAt makes global copies). */
  patterns: RegExp[];
  /** Markdown, 2–4 sentences. */
  text: string;
}

// Shared fragment: label, labels, labelled, labeled, labelling, labeling.
const LABEL = 'label(?:s|l?ed|l?ing)?';
/** Builds a case-insensitive, word-bounded pattern from a regex source. */
function w(source: string): RegExp {
  return new RegExp(`\\b(?:${source})\\b`, 'i');
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  // ── Framing and value ────────────────────────────────────────────────────────────────
  {
    id: 'business-metric',
    term: 'Business metric / business objective',
    patterns: [/\bbusiness[- ](?:metrics?|objectives?|goals?|kpis?|outcomes?)\b/i],
    text:
      'An outcome the business already tracks: revenue, conversion, click-through, retention, cost, fraud loss, time saved. ' +
      'An ML project needs one to justify what it costs, together with a **target** and an argument for how the model metric will move it, ' +
      'because a better model metric does not automatically produce a better business result.',
  },
  {
    id: 'stakeholders',
    term: 'Stakeholder',
    patterns: [/\bstake[- ]?holders?\b/i],
    text:
      'The people and teams with an interest in the system: ML engineers, product, sales, platform or infrastructure teams, managers, and the users whose experience the predictions shape. ' +
      'Their wishes often pull in different directions (accuracy vs latency, engagement vs revenue). ' +
      'A design doc should name them, say what each needs, and record how conflicts are settled.',
  },
  {
    id: 'baseline',
    term: 'Baseline',
    patterns: [/\bbase[- ]?lines?\b/i, w('(?:rule[- ]based|heuristic) (?:baselines?|approach(?:es)?|solutions?|systems?)')],
    text:
      'A simple reference the model has to beat: random guessing, always predicting the majority class, a heuristic such as "most popular items", human performance, or the system in place today. ' +
      'A metric with nothing to compare it to says little, and a heuristic that comes close to the model is an argument against using ML at all. ' +
      'Name the baseline and report its score on the same test set as the model.',
  },
  {
    id: 'objective-function',
    term: 'Objective function / loss function',
    patterns: [w('(?:objective|loss|cost)[- ]functions?'), w('training objectives?')],
    text:
      'The quantity training optimises, for example cross-entropy for classification or squared error for regression. ' +
      'The way a problem is framed decides the objective, so the doc should state it and explain why lowering it should move the business metric.',
  },
  {
    id: 'multiple-objectives',
    term: 'Multiple objectives / decoupling objectives',
    patterns: [
      w('multiple (?:learning |training |business )?objectives'),
      w('multi[- ]?objectives?'),
      w('decoupl(?:e|es|ed|ing) (?:the )?objectives'),
      w('decoupling objectives'),
    ],
    text:
      'A system that must serve several goals at once, such as ranking a feed for engagement while demoting low-quality posts. ' +
      'Folding them into one combined loss fixes their weights at training time, so rebalancing means retraining. ' +
      '**Decoupling** trains one model per objective and mixes their scores with weights that can be tuned in production without retraining, and each model can be maintained on its own schedule. ' +
      'The doc should say which approach it takes.',
  },
  {
    id: 'regression',
    term: 'Regression',
    patterns: [/(?<!logistic[- ])\bregression(?:s)?\b(?![- ]tests?)/i, w('regressors?')],
    text:
      'Predicting a continuous quantity: a price, a delivery time, a demand forecast. ' +
      'Regression and classification can be swapped by thresholding a score or bucketing a value, so the framing is a design choice worth stating. ' +
      'The doc should name the target, its unit and the error metric (RMSE, MAE).',
  },
  {
    id: 'binary-classification',
    term: 'Binary classification',
    patterns: [w('binary[- ]classi(?:fication|fiers?)'), w('binary (?:labels?|tasks?|outcomes?)')],
    text:
      'Assigning each input to one of two classes: fraud or not, spam or not. ' +
      'The model usually outputs a score and a threshold turns it into a decision; where that threshold sits trades false positives against false negatives. ' +
      'The doc should tie that choice to what each kind of error costs.',
  },
  {
    id: 'multiclass-classification',
    term: 'Multiclass classification',
    patterns: [w('multi[- ]?class(?:[- ]classi(?:fication|fiers?))?')],
    text:
      'Assigning each input to exactly one of more than two classes, such as the category of a product listing. ' +
      'Every class needs enough examples, so the data requirement grows with the number of classes (see *high cardinality*). ' +
      'The doc should say how many classes there are and where their definitions come from.',
  },
  {
    id: 'multilabel-classification',
    term: 'Multilabel classification',
    patterns: [w('multi[- ]?label(?:[- ]classi(?:fication|fiers?))?')],
    text:
      'An input can belong to several classes at once, like an article tagged both *politics* and *economy*. ' +
      'It can be modelled with one multi-hot output or with one binary classifier per class. ' +
      'Labelling is harder because annotators may disagree on how many labels apply, and the doc should state how the predicted set is chosen (per-class thresholds, top-k).',
  },
  {
    id: 'high-cardinality',
    term: 'High cardinality',
    patterns: [w('high[- ]cardinality'), w('large number of classes')],
    text:
      'A very large number of possible values: many classes to predict, or a categorical feature with many distinct values. ' +
      'If each class needs on the order of a hundred examples, a thousand classes need on the order of a hundred thousand labelled examples. ' +
      'Hierarchical classification (first a coarse group, then the fine class) helps for outputs; hashing or embeddings help for features.',
  },

  // ── Requirements ─────────────────────────────────────────────────────────────────────
  {
    id: 'silent-failure',
    term: 'Silent failure',
    patterns: [w('silent(?:ly)? fail(?:s|ed|ing|ures?)?'), w('fail(?:s|ed|ing)? silently')],
    text:
      'ML systems often break without raising any error: the service stays up and answers fast, but its predictions are wrong, for instance after an upstream schema change or a shift in the inputs. ' +
      'Only monitoring of outputs, input data and label-based quality notices it, so a reliability section should say how such failures are caught.',
  },
  {
    id: 'fallback',
    term: 'Fallback / graceful degradation',
    patterns: [w('fall[- ]?backs?'), w('graceful(?:ly)? degrad(?:ation|es?|ing)'), w('smooth(?:ly)? fail(?:s|ing)?')],
    text:
      'What the system serves when the main model fails, is too slow or is not confident enough: a heuristic, a smaller model, a cached or precomputed prediction, or the previous model version. ' +
      'Naming the fallback and its trigger (timeout, error, low confidence) lets failures lower quality instead of surfacing as errors to users.',
  },
  {
    id: 'slo',
    term: 'SLO / SLA',
    patterns: [w('SL[AO]s?'), w('service[- ]level (?:objectives?|agreements?|indicators?)')],
    text:
      'A service-level objective is a measurable reliability target, for example 99.9 % of requests answered successfully within 200 ms over a month; a service-level agreement is the contractual promise built on top of it. ' +
      'Writing one down turns "the system should be reliable" into something that can be monitored and alerted on.',
  },
  {
    id: 'latency-percentiles',
    term: 'Latency percentiles (p50, p99)',
    patterns: [w('p(?:99\\.9|999|99|95|90|50)'), w('tail[- ]latency'), w('latency (?:percentiles?|budgets?)')],
    text:
      'Latency is a distribution rather than a single number: p50 describes a typical request, p90 and p99 the slowest ones. ' +
      'Averages hide slow outliers, and the slowest requests tend to come from the users with the most data, who are often the most valuable. ' +
      'State latency budgets as a percentile at a given load, such as p99 under 100 ms at peak.',
  },
  {
    id: 'autoscaling',
    term: 'Autoscaling',
    patterns: [w('auto[- ]?scal(?:ing|ed|es|er|e)')],
    text:
      'Adding and removing serving or processing capacity automatically as load changes, so the system survives peaks (a holiday, a promotion) without paying for peak capacity all the time. ' +
      'The doc should give the expected peak load and how quickly new capacity must be ready, including the start-up time of large models.',
  },

  // ── Data sources ─────────────────────────────────────────────────────────────────────
  {
    id: 'first-party-data',
    term: 'First-party data',
    patterns: [w('(?:first|1st)[- ]party(?:[- ](?:data|logs?|sources?))?')],
    text:
      'Data the company collects about its own users and customers (interactions, transactions, profiles), together with logs the system itself generates. ' +
      'It is usually the most relevant source, but data typed in by users is noisy and needs validation, and its use is bounded by consent and the privacy policy.',
  },
  {
    id: 'second-party-data',
    term: 'Second-party data',
    patterns: [w('(?:second|2nd)[- ]party(?:[- ](?:data|sources?))?')],
    text:
      'Data another company collects about its own customers and shares with you, usually under a partnership or for a fee. ' +
      'The doc should cover the agreement, the format and freshness of deliveries, and what happens if the partner stops supplying it.',
  },
  {
    id: 'third-party-data',
    term: 'Third-party data',
    patterns: [w('(?:third|3rd)[- ]party (?:data(?:sets?)?|sources?|data providers?|data vendors?)')],
    text:
      'Data gathered by companies about people who are not their own customers, for example aggregated from apps or browsing behaviour, and then sold. ' +
      'Its origin and quality are hard to verify and privacy rules keep narrowing what may be collected, so a design that depends on it should name a fallback.',
  },
  {
    id: 'structured-data',
    term: 'Structured data vs unstructured data',
    patterns: [w('(?:un|semi[- ]?)?structured data'), w('schema[- ]on[- ](?:read|write)')],
    text:
      'Structured data follows a predefined schema (fields and types), so every reader knows what it holds; the schema is enforced when data is written. ' +
      'Unstructured data (text, images, free-form logs, loosely shaped JSON) has no enforced schema: it is easy to collect, but each reader must interpret it. ' +
      'The choice shapes where data lives (warehouse or lake) and how much validation the pipeline needs.',
  },

  // ── Storage and formats ──────────────────────────────────────────────────────────────
  {
    id: 'etl',
    term: 'ETL',
    patterns: [w('ETL'), w('extract,? transform,? (?:and )?load')],
    text:
      '**Extract, transform, load**: data is pulled from its sources, cleaned, validated and reshaped into the target schema, and only then written to storage such as a warehouse. ' +
      'Structure is enforced at ingestion, so consumers get tidy data, but the transformations have to be designed up front and rerun when they change.',
  },
  {
    id: 'elt',
    term: 'ELT',
    patterns: [w('ELT'), w('extract,? load,? (?:and )?transform')],
    text:
      '**Extract, load, transform**: raw data is stored first (typically in a data lake) and transformed later, when someone needs it. ' +
      'Ingestion is quick and nothing is discarded, but storage grows and querying large volumes of raw data becomes slow and costly. ' +
      'A doc should say which approach each source follows.',
  },
  {
    id: 'data-lake',
    term: 'Data lake',
    patterns: [w('data[- ]?lakes?'), w('lake[- ]?houses?')],
    text:
      'Storage for raw data kept in its original form, often unstructured, with no schema imposed when it is written. ' +
      'It suits ELT pipelines and data whose future use is not yet known; whoever reads it has to make sense of its structure.',
  },
  {
    id: 'data-warehouse',
    term: 'Data warehouse',
    patterns: [w('data[- ]?warehous(?:e|es|ing)')],
    text:
      'Storage for data that has already been processed into a defined structure and is ready for analytical queries. ' +
      'It is the usual destination of ETL, and training sets are often assembled from it with SQL; naming the warehouse tables a model uses helps reviewers judge freshness and ownership.',
  },
  {
    id: 'parquet',
    term: 'Parquet',
    patterns: [w('(?:apache )?parquet')],
    text:
      'A binary, column-major file format common for training data and analytics. ' +
      'Values of one column are stored together, so reading a few features across many rows is fast, and files compress much better than text formats. ' +
      'It is not human-readable and is a poor fit for appending single records.',
  },
  {
    id: 'text-formats',
    term: 'JSON / CSV',
    patterns: [w('JSON(?:L| lines)?'), w('[CT]SV')],
    text:
      'Text formats: JSON holds key-value records with flexible nesting; CSV holds rows of comma-separated values and is row-major. ' +
      'Both are readable by humans and by nearly every tool, but they are bulky and slow to parse at scale. ' +
      'For large training sets, a doc should justify a text format or use a binary columnar one such as Parquet.',
  },
  {
    id: 'row-column-major',
    term: 'Row-major vs column-major',
    patterns: [w('(?:row|column)[- ]major'), w('columnar(?: (?:storage|formats?))?'), w('row[- ]oriented|column[- ]oriented')],
    text:
      'Row-major layouts (CSV, row stores) keep the fields of one record together, which favours writing records and reading whole examples. ' +
      'Column-major layouts (Parquet) keep the values of one column together, which favours reading a subset of features across many examples. ' +
      'pandas DataFrames are column-major, so looping over them row by row is slow — worth knowing when a feature pipeline drags.',
  },
  {
    id: 'relational-model',
    term: 'Relational data model',
    patterns: [/(?<!non[- ])\brelational (?:data ?models?|models?|databases?|DBs?|tables?)\b/i, w('SQL databases?')],
    text:
      'Data organised as tables of rows with a schema declared up front, normalised to avoid duplication, and queried declaratively with SQL. ' +
      'It fits structured, consistent business data well; the price is schema migrations when things change and joins across normalised tables.',
  },
  {
    id: 'nosql',
    term: 'NoSQL / non-relational data models',
    patterns: [
      w('NoSQL'),
      w('non[- ]relational(?: data ?models?| models?| databases?)?'),
      w('document (?:model|stores?|databases?)'),
      w('graph (?:model|databases?)'),
    ],
    text:
      'Data models that leave tables behind: the **document model** stores self-contained records (often JSON) with flexible schemas, and the **graph model** treats relationships between items as first-class data. ' +
      'They suit evolving or highly connected data; in return, joins and queries across records are harder and readers carry more of the schema burden.',
  },
  {
    id: 'acid',
    term: 'ACID',
    patterns: [w('ACID(?:[- ]complian(?:t|ce))?')],
    text:
      'Atomicity, consistency, isolation, durability: the guarantees a transactional database gives that each transaction is applied entirely or not at all, is not disturbed by concurrent ones, and survives crashes. ' +
      'They matter when features or decisions depend on exact, current records (payments, inventory); they cost throughput, and many NoSQL stores relax them.',
  },
  {
    id: 'oltp',
    term: 'Transactional processing (OLTP)',
    patterns: [w('OLTP'), w('(?:online )?transactional (?:processing|databases?|workloads?|systems?)')],
    text:
      'Transactional processing handles many small reads and writes as events happen (an order, a ride, a payment) and needs low latency and high availability. ' +
      'It produces much of the first-party data, but it is poorly suited to the large aggregate queries that build training sets, which belong on analytical systems.',
  },
  {
    id: 'olap',
    term: 'Analytical processing (OLAP)',
    patterns: [w('OLAP'), w('(?:online )?analytical (?:processing|databases?|workloads?|queries|query|systems?)')],
    text:
      'Analytical processing is optimised for queries that aggregate columns across many rows, such as average basket size per city per day; training data and batch features are usually computed there. ' +
      'Modern engines blur the line between transactional and analytical processing, and often separate storage from compute.',
  },

  // ── Data flow and processing ─────────────────────────────────────────────────────────
  {
    id: 'real-time-transport',
    term: 'Real-time transport',
    patterns: [
      w('real[- ]?time transports?'),
      w('(?:apache )?kafka'),
      w('(?:amazon |aws )?kinesis'),
      w('pub[/-]?sub'),
      w('message (?:queues?|brokers?|bus)'),
      w('event (?:bus|streams?)'),
    ],
    text:
      'Infrastructure such as Apache Kafka or Amazon Kinesis that carries events between services: producers publish to topics or queues and consumers read from them, without the services calling each other directly. ' +
      'It decouples services, keeps latency low, and feeds stream processing and streaming features. ' +
      'A doc should say which events flow through it and how long they are retained.',
  },
  {
    id: 'batch-processing',
    term: 'Batch processing / batch features',
    patterns: [w('batch (?:processing|features?|jobs?|pipelines?|computation)'), w('static features?')],
    text:
      'Periodic jobs (Spark, SQL on a warehouse) that compute over large amounts of historical data. ' +
      "The **batch** or **static features** they produce, like a seller's average rating over 30 days, change slowly and are refreshed hourly or daily. " +
      'State the refresh schedule and how stale each feature is allowed to be.',
  },
  {
    id: 'stream-processing',
    term: 'Stream processing / streaming features',
    patterns: [w('stream(?:ing)? (?:processing|features?|computation|pipelines?|engines?|jobs?)'), w('dynamic features?'), w('(?:apache )?flink')],
    text:
      'Computation over events as they arrive through a real-time transport, with engines such as Apache Flink. ' +
      'It yields **streaming** or **dynamic features** that change quickly, like the number of orders in the last ten minutes: fresher inputs than batch, at the price of more operational complexity. ' +
      'The same feature must be computed the same way for training (see *training-serving skew*).',
  },
  {
    id: 'batch-prediction',
    term: 'Batch prediction / offline prediction',
    patterns: [w('(?:batch|offline|asynchronous|pre-?computed) (?:predictions?|inference|scoring)'), w('batch[- ]scor(?:ed|ing)')],
    text:
      'Predictions are computed periodically for a known set of inputs (say, all active users every night), stored, and looked up at request time. ' +
      'It allows heavy models and high throughput, but predictions go stale, compute is spent on users who never come back, and inputs not known in advance get nothing. ' +
      'It is often a workaround for a model that cannot yet answer fast enough online; the doc should state the refresh cadence and coverage.',
  },
  {
    id: 'online-prediction',
    term: 'Online prediction',
    patterns: [w('(?:online|on[- ]demand|synchronous|real[- ]?time) (?:predictions?|inference|serving|scoring)')],
    text:
      'Predictions are computed when a request arrives and returned right away. ' +
      'It handles any input and can use fresh streaming features, but every request has to fit a latency budget. ' +
      'The doc should state that budget (a percentile in milliseconds) and which features are computed at request time.',
  },
  {
    id: 'training-serving-skew',
    term: 'Training-serving skew',
    patterns: [
      w('train(?:ing)?[-/ ]+(?:serving|serve|production|inference)[- ]skew'),
      w('(?:online|offline)[-/ ]+(?:offline|online) (?:skew|mismatch|inconsistenc(?:y|ies))'),
      w('feature skew'),
    ],
    text:
      'A mismatch between the inputs a model was trained on and those it gets in production, often because features are computed by two pipelines (batch for training, streaming for serving) that slowly diverge. ' +
      'The model then runs on data it never saw, without any error. ' +
      'Prevent it with one feature definition for both paths, a feature store, or checks comparing logged serving features with training features.',
  },
  {
    id: 'feature-store',
    term: 'Feature store',
    patterns: [w('feature[- ]?stores?'), w('feast|tecton')],
    text:
      'A shared service that holds feature definitions, computes or materialises their values, and serves the same features to training (historical, point-in-time correct) and to online prediction (low latency). ' +
      "It reduces training-serving skew and lets teams discover and reuse each other's features; Feast and Tecton are examples.",
  },

  // ── Training data ────────────────────────────────────────────────────────────────────
  {
    id: 'simple-random-sampling',
    term: 'Simple random sampling',
    patterns: [w('simple random(?:ly)? (?:sampl(?:ing|es?|ed))'), w('uniform(?:ly)? random(?:ly)? sampl(?:ing|es?|ed)')],
    text:
      'Every item in the population has the same chance of being selected. ' +
      'It is easy to implement, but rare categories may end up with few or no examples, which hurts precisely the cases an imbalanced problem cares about.',
  },
  {
    id: 'stratified-sampling',
    term: 'Stratified sampling',
    patterns: [w('stratified (?:random )?(?:sampl(?:ing|es?|ed)|splits?|splitting)'), w('strat(?:a|um|ify|ified|ification)')],
    text:
      'The population is divided into groups (strata) such as classes, regions or user segments, and each group is sampled separately so that every one is represented in a chosen proportion. ' +
      'It does not work cleanly when an item belongs to several groups, as in multilabel tasks. ' +
      'Name the strata when describing how the training or test set is built.',
  },
  {
    id: 'weighted-sampling',
    term: 'Weighted sampling',
    patterns: [w('weighted (?:random )?sampl(?:ing|es?|ed)')],
    text:
      'Each item gets a weight that sets its probability of being chosen, letting domain knowledge shape the sample, for example favouring recent data or matching the mix expected in production. ' +
      'The doc should say which weights are used and why. It is different from sample weights in the loss, which change how much each chosen example counts in training.',
  },
  {
    id: 'reservoir-sampling',
    term: 'Reservoir sampling',
    patterns: [w('reservoir sampl(?:ing|es?|ed)')],
    text:
      'An algorithm that maintains a uniform random sample of fixed size k from a stream of unknown length, so every item seen so far has the same chance of being in the sample. ' +
      'Useful when training data is drawn from continuously arriving events.',
  },
  {
    id: 'importance-sampling',
    term: 'Importance sampling',
    patterns: [w('importance sampl(?:ing|es?|ed)'), w('importance weight(?:s|ing)?')],
    text:
      'Drawing samples from a distribution that is convenient to sample from and reweighting each one by the ratio of its target probability to its sampling probability, so estimates still reflect the target distribution. ' +
      'It appears in policy-based reinforcement learning and when evaluating a new policy on data logged under an old one.',
  },
  {
    id: 'non-probability-sampling',
    term: 'Non-probability sampling',
    patterns: [w('non[- ]?probability(?:[- ]based)? sampl(?:ing|es?)'), w('(?:convenience|snowball|quota|judge?ment) sampl(?:ing|es?)')],
    text:
      'Choosing data by criteria other than chance: convenience (whatever is easiest to get), snowball, expert judgement or quotas. ' +
      'It is quick, but the sample seldom represents the population the model will face in production, which introduces selection bias. ' +
      'If the training set comes from such a sample, the doc should say so and how the bias is assessed.',
  },
  {
    id: 'class-imbalance',
    term: 'Class imbalance',
    patterns: [
      w('class[- ]imbalances?d?'),
      w('imbalanced (?:class(?:es|ification)?|data(?:sets?)?|labels?|problems?)'),
      w('(?:minority|majority|rare) class(?:es)?'),
      w('skewed (?:class(?:es)?|labels?) distributions?'),
    ],
    text:
      'One class (fraud, a rare disease) is far rarer than the others, so the model learns little about it and accuracy misleads: always predicting the majority can score 99 %. ' +
      'A doc should state the class ratio and its handling: imbalance-aware metrics (precision, recall, PR-AUC), resampling of the training split, or class-weighted or focal loss.',
  },
  {
    id: 'resampling',
    term: 'Resampling (oversampling / undersampling)',
    patterns: [w('(?:over|under|re|down|up)[- ]?sampl(?:ing|ed|es?)'), w('SMOTE'), w('tomek links?')],
    text:
      'Changing the class mix of the training data: **oversampling** duplicates or synthesises minority examples (SMOTE), **undersampling** drops majority examples (Tomek links). ' +
      'Apply it to the training split only, after splitting, evaluate on data with the real distribution, and recalibrate if outputs are read as probabilities. ' +
      'Undersampling throws information away; oversampling risks overfitting to repeated examples.',
  },
  {
    id: 'data-augmentation',
    term: 'Data augmentation',
    patterns: [w('data[- ]augment(?:ation|ations|ed|ing)?'), w('augment(?:ed|ing)? (?:training )?data'), w('synthetic data')],
    text:
      'Creating extra training examples with transformations that keep the label: cropping or flipping images, swapping words for synonyms, adding noise, or synthesising new examples. ' +
      'It helps with scarce data and robustness, but must stay inside the training data; evaluating on augmented examples flatters the numbers.',
  },
  {
    id: 'data-splits',
    term: 'Train/validation/test split',
    patterns: [
      w('(?:train(?:ing)?|validation|dev(?:elopment)?|hold[- ]?out|test(?:ing)?|evaluation)[- ](?:splits?|sets?)'),
      w('train(?:ing)?\\s*/\\s*(?:val(?:idation)?|dev)(?:\\s*/\\s*test)?'),
      w('train(?:ing)?\\s*/\\s*test'),
    ],
    text:
      'The training, validation and test sets, and how they are cut. ' +
      'Split by time when data changes over time, keep all rows of a user or session on one side, remove duplicates before splitting, and fit scalers, imputers and resampling on the training split alone. ' +
      'Otherwise leakage inflates every offline number.',
  },
  {
    id: 'data-leakage',
    term: 'Data leakage',
    patterns: [w('(?:data |label |target |feature )?leak(?:age|s|ed|ing|y)?'), w('leaky features?')],
    text:
      'Information about the label reaching the model in training that will not be available when predicting: a random split of time-ordered data, duplicates shared by train and test, a feature produced by the labelling process itself. ' +
      'It yields excellent offline results that collapse in production. ' +
      'A doc should explain how splits and features are checked, for example by ablating features whose predictive power looks too good to be true.',
  },
  {
    id: 'missing-values',
    term: 'Missing values / imputation',
    patterns: [w('missing (?:values?|data)'), w('imput(?:ation|ations|ed|es?|ing)'), w('MNAR|MCAR')],
    text:
      'Values can be missing because of the value itself (not at random: people with high incomes skipping the income field), because of another observed variable (at random), or with no pattern at all (completely at random). ' +
      'The cause decides whether deleting rows or columns, or filling with a default or statistic, is safe; imputation statistics must come from the training split only.',
  },
  {
    id: 'hashing-trick',
    term: 'Hashing trick',
    patterns: [w('hashing trick'), w('feature hashing'), w('hash(?:ed)? buckets?')],
    text:
      'Mapping the values of a categorical feature into a fixed number of buckets with a hash function, so values never seen in training (a new product, a new brand) still get an index. ' +
      'Collisions occur but usually cost little when the hash space is large enough. ' +
      'It is a standard answer to high cardinality and to categories that keep changing in production.',
  },

  // ── Labelling ────────────────────────────────────────────────────────────────────────
  {
    id: 'hand-labels',
    term: 'Hand labels',
    patterns: [
      w(`hand[- ]?${LABEL}`),
      w(`manual(?:ly)?[- ]${LABEL}`),
      w('human (?:labels?|label(?:l)?ers?|annotat(?:ion|ions|ors?|ed))'),
      w('(?:data )?annotators?'),
    ],
    text:
      '**Hand labels** are produced by people. They are slow and costly, often need subject-matter experts, and may be impossible when data cannot be shown to annotators for privacy reasons; any change to the data or the label schema can mean waiting for relabelling. ' +
      'The doc should say who labels, at what cost and throughput, and how quality and disagreement (*label multiplicity*) are handled.',
  },
  {
    id: 'natural-labels',
    term: 'Natural labels',
    patterns: [w(`natural[- ]${LABEL}`), w('natural ground[- ]truth'), w('implicit (?:labels?|feedback)')],
    text:
      'Labels the system obtains for free because the real outcome becomes observable after the prediction: whether a recommendation was clicked, how long a trip actually took. ' +
      'They make fast, cheap evaluation and retraining possible, but only once the outcome arrives. ' +
      'A doc relying on them should state the **feedback delay** and how the absence of a signal (no click) is turned into a negative label.',
  },
  {
    id: 'weak-supervision',
    term: 'Programmatic labelling / weak supervision',
    patterns: [w('weak(?:ly)?[- ]supervis(?:ion|ed)'), w(`programmatic(?:ally)?[- ]${LABEL}`), w('labell?ing functions?'), w('snorkel')],
    text:
      'Instead of labelling examples one by one, engineers write **labelling functions**: heuristics such as keyword rules, regular expressions, database lookups or the outputs of other models. ' +
      'Their votes are noisy and can conflict, so a label model (Snorkel is the best-known tool) combines them, and a small hand-labelled set is still needed to measure their accuracy. ' +
      'It is cheap, privacy-friendly and easy to rerun when rules change; the doc should list the functions and how label noise is measured.',
  },
  {
    id: 'semi-supervision',
    term: 'Semi-supervised learning',
    patterns: [w('semi[- ]?supervis(?:ion|ed)'), w('self[- ]training|pseudo[- ]?labels?|pseudo[- ]?labell?ing')],
    text:
      "Training from a small labelled set plus a large unlabelled one, using assumptions about the data: the model's confident predictions become new labels (self-training), similar examples share labels, or small perturbations should not change a label. " +
      'The doc should state the size of the seed set and how results are checked on held-out labelled data.',
  },
  {
    id: 'transfer-learning',
    term: 'Transfer learning',
    patterns: [w('transfer[- ]learning'), w('pre[- ]?trained (?:models?|weights|embeddings?)'), w('foundation models?')],
    text:
      'Starting from a model trained on another, usually much larger task (a pretrained language or vision model) and adapting it to the task at hand, by fine-tuning or by using its embeddings. ' +
      'It cuts the amount of labelled data needed; the doc should name the base model, its licence and the fine-tuning data.',
  },
  {
    id: 'active-learning',
    term: 'Active learning',
    patterns: [w('active[- ]learning'), w('uncertainty sampling'), w('query[- ]by[- ]committee')],
    text:
      'The model picks which unlabelled examples people should label next, typically those it is least sure about or on which several models disagree, so each new label teaches as much as possible. ' +
      'It saves labelling cost but needs a loop between model and annotators; state the selection strategy and the labelling budget per round.',
  },
  {
    id: 'label-multiplicity',
    term: 'Label multiplicity',
    patterns: [
      w('label multiplicity'),
      w('(?:inter|intra)[- ](?:annotator|rater|labell?er) (?:agreement|reliability|disagreement)'),
      w('(?:annotator|labell?er|label) (?:disagreements?|conflicts?)'),
      w("cohen'?s kappa"),
    ],
    text:
      'Several labels for the same example that disagree, because different annotators or label sources judged it differently; common when the task needs expertise or judgement. ' +
      'Plan for it with a precise labelling guideline, a measured agreement rate, and a rule for resolving conflicts.',
  },
  {
    id: 'data-lineage',
    term: 'Data lineage',
    patterns: [w('(?:data |label |dataset )?lineage'), w('(?:data |label )?provenance')],
    text:
      'A record of where each example and label came from: the source, the annotator batch, the version of a labelling function. ' +
      'When a model gets worse after new data arrives, lineage is what lets the team find and remove the faulty batch, so designs that mix label sources or annotator pools should say how it is kept.',
  },
  {
    id: 'feedback-delay',
    term: 'Feedback delay',
    patterns: [
      w('feedback (?:delays?|lags?|latency|loop length)'),
      w('(?:length|duration) of the feedback loop'),
      w(`label(?:l?ing)? (?:delays?|lags?|latency)`),
      w('delayed (?:labels?|feedback)'),
    ],
    text:
      'The time between serving a prediction and learning whether it was right, also called the length of the feedback loop. ' +
      'It ranges from minutes for recommendation clicks to weeks or months for fraud, where a chargeback is the label. ' +
      'It bounds how fast the model can be evaluated and retrained, so any plan built on natural labels should state it.',
  },
  {
    id: 'feedback-loop',
    term: 'Feedback loop',
    patterns: [w('feedback[- ]loops?'), w('user feedback')],
    text:
      'The path by which outcomes of predictions come back as labels or new training data. ' +
      'A short, dependable loop is what makes monitoring and continual learning possible, so the doc should describe how feedback is collected, joined to the predictions that caused it, and used. ' +
      "Watch for loops in which the model's own outputs shape what it learns next (see *degenerate feedback loop*).",
  },
  {
    id: 'degenerate-feedback-loop',
    term: 'Degenerate feedback loop',
    patterns: [w('degenerate feedback[- ]loops?'), w('popularity bias'), w('filter bubbles?|echo chambers?')],
    text:
      "The model's predictions steer user behaviour, and that behaviour becomes training data that reinforces the same predictions; a recommender that keeps showing popular items makes them more popular still. " +
      'It narrows what users see and hides poor performance on rarely shown items. ' +
      'Detect it through output diversity or accuracy per popularity bucket; counter it with exploration (randomisation, bandits) or positional features.',
  },

  // ── Model development and evaluation ────────────────────────────────────────────────
  {
    id: 'precision-recall',
    term: 'Precision / recall / F1',
    patterns: [w('precision'), w('recall'), w('F1(?:[- ]scores?)?'), w('F-(?:1|beta|measure|score)')],
    text:
      'Precision is the share of predicted positives that are truly positive; recall is the share of actual positives the model finds; F1 combines the two as their harmonic mean. ' +
      'They are the usual metrics for imbalanced classification, where accuracy hides failures on the rare class. ' +
      'Which one matters more depends on whether a false alarm or a miss costs more, and the doc should say which.',
  },
  {
    id: 'roc-auc',
    term: 'ROC-AUC / PR-AUC',
    patterns: [w('(?:ROC|PR)[- ]?AUC'), w('AUC(?:[- ]?(?:ROC|PR))?'), w('ROC(?: curves?)?'), w('precision[- ]recall curves?')],
    text:
      'Summaries of a classifier across all thresholds: the ROC curve plots true-positive rate against false-positive rate, and AUC is the area under it. ' +
      'Under heavy class imbalance the precision-recall curve (PR-AUC) is more informative, because ROC-AUC can look high while the rare class is handled badly.',
  },
  {
    id: 'regression-metrics',
    term: 'RMSE / MAE',
    patterns: [w('R?MSE|MAE|MAPE'), w('(?:root )?mean (?:squared|absolute) (?:percentage )?errors?')],
    text:
      'Error metrics for regression: MAE averages the absolute errors, RMSE the squared errors (then takes the root), so RMSE punishes large misses more. ' +
      "Report them in the target's unit and next to a baseline, such as predicting the historical mean.",
  },
  {
    id: 'ranking-metrics',
    term: 'NDCG / ranking metrics',
    patterns: [
      w('ranking metrics?'),
      w('N?DCG'),
      w('MRR|mean reciprocal rank'),
      w('(?:precision|recall|hit[- ]?rate)\\s?@\\s?(?:k|\\d+)'),
      w('mean average precision'),
    ],
    text:
      'Metrics for ordered results: NDCG rewards relevant items near the top, MRR looks at the rank of the first relevant item, precision@k and recall@k count relevant items among the top k. ' +
      'They measure offline ranking quality; whether users engage more still needs an online test.',
  },
  {
    id: 'calibration',
    term: 'Calibration',
    patterns: [w('(?:mis|re)?calibrat(?:ion|ed|es?|ing)'), w('platt scaling'), w('temperature scaling'), w('isotonic regression')],
    text:
      'A model is calibrated when its predicted probabilities match observed frequencies: of the items scored 0.8, about 80 % are positive. ' +
      "It matters whenever scores are used as probabilities, for instance in expected-value calculations, ad bidding, or when mixing several models' scores. " +
      'Resampling the training data breaks calibration; Platt scaling or a similar method restores it, and the doc should say whether it is measured.',
  },
  {
    id: 'slice-evaluation',
    term: 'Slice-based evaluation',
    patterns: [
      w('slic(?:e|ing)[- ]based (?:evaluation|metrics?|analysis)'),
      w('(?:critical|data) slices?|per[- ]slice'),
      w('per[- ](?:segment|subgroup|cohort) (?:metrics?|evaluation)'),
      w("simpson'?s paradox"),
    ],
    text:
      'Reporting metrics for important subgroups (slices) such as user segments, regions, devices or rare classes, not only overall. ' +
      "A model can improve on average while getting worse for a critical slice, and aggregates can even reverse the per-group picture (Simpson's paradox). " +
      'List the critical slices and a minimum acceptable metric for each.',
  },
  {
    id: 'behavioural-tests',
    term: 'Behavioural tests (perturbation, invariance, directional expectation)',
    patterns: [
      w('perturbation (?:tests?|testing)'),
      w('invariance (?:tests?|testing)'),
      w('directional expectation (?:tests?|testing)'),
      w('behaviou?ral (?:tests?|testing)'),
    ],
    text:
      'Checks of behaviour beyond the test-set score. **Perturbation** tests add realistic noise and measure how much outputs move; **invariance** tests change attributes that should not matter (a name, a gender) and expect the same output; **directional expectation** tests change an input that should push the output one way and check that it does. ' +
      'They catch brittleness and bias that aggregate metrics miss.',
  },
  {
    id: 'experiment-tracking',
    term: 'Experiment tracking',
    patterns: [w('experiment[- ]tracking'), w('(?:track(?:ed|ing)?|log(?:ged|ging)?) (?:experiments|runs)'), w('mlflow|weights (?:&|and) biases')],
    text:
      'Recording, for every training run, the code and data versions, hyperparameters, random seeds, metrics over time and the artefacts produced, so runs can be compared and repeated. ' +
      'Without it, the best model is often impossible to rebuild; the doc should name the tool or store used.',
  },
  {
    id: 'model-compression',
    term: 'Model compression',
    patterns: [
      w('model compression'),
      w('quanti[sz](?:ation|ed|e|ing)'),
      w('(?:knowledge )?distillation|distilled models?'),
      w('(?:weight |model )?pruning|pruned models?'),
      w('low[- ]rank factori[sz]ation'),
    ],
    text:
      'Ways to make a model smaller or faster: low-rank factorisation, knowledge distillation (a small student trained to imitate a large teacher), pruning, and quantisation (fewer bits per weight). ' +
      'They help meet latency, memory and cost budgets, especially on edge devices. ' +
      'Re-check accuracy afterwards, including on small slices, which can suffer most.',
  },

  // ── Deployment ───────────────────────────────────────────────────────────────────────
  {
    id: 'edge-deployment',
    term: 'Edge deployment',
    patterns: [
      w('(?:on the )?edge (?:deployment|devices?|computing|inference|models?)'),
      w('on[- ]device(?: inference| models?)?'),
      w('edge vs\\.? cloud|cloud vs\\.? edge'),
    ],
    text:
      "Running the model on the user's device (phone, browser, car, sensor) instead of in the cloud. " +
      "It removes network latency and dependency, keeps data on the device and lowers cloud cost, but the model must fit the device's memory, compute and battery budget, which often calls for compression and compiling for the target hardware. " +
      'The doc should name the target devices and those budgets.',
  },
  {
    id: 'model-registry',
    term: 'Model versioning / model registry',
    patterns: [
      w('model (?:registry|registries|stores?|versioning|versions?)'),
      w('versioned models?'),
      w('(?:data|dataset) versioning|versioned data(?:sets?)?'),
    ],
    text:
      'A store of trained models with what is needed to reproduce and audit them: code version, training-data version, hyperparameters, metrics, dependencies and owner. ' +
      'It lets a team roll back to an earlier model and trace a production prediction to the run that produced it; maintainability sections should say where models and data are versioned.',
  },
  {
    id: 'ab-testing',
    term: 'A/B testing',
    patterns: [w('A/B(?:[- ]?(?:tests?|testing|tested|experiments?))?'), w('split[- ]tests?'), w('online experiments?|controlled experiments?')],
    text:
      'Randomly routing users or requests to the current model and the candidate, then comparing a chosen metric with a statistical test. ' +
      'The doc should name the randomisation unit, traffic split, success and guardrail metrics, and how long the test runs to collect enough samples. ' +
      'It is the standard way to confirm that an offline gain holds on live traffic.',
  },
  {
    id: 'shadow-deployment',
    term: 'Shadow deployment',
    patterns: [w('shadow (?:deployments?|mode|testing|tests?|traffic|models?)'), w('shadow[- ]deploy(?:ed|ing|s)?'), w('dark launch(?:es|ed|ing)?')],
    text:
      'The candidate model receives a copy of production requests and its predictions are logged but never shown, while the current model keeps serving users. ' +
      'It is the safest way to compare models on real traffic, but it doubles inference cost and cannot show how users react to the new predictions.',
  },
  {
    id: 'canary-release',
    term: 'Canary release',
    patterns: [w('canar(?:y|ies)(?:[- ](?:release|deployment|rollout|analysis|tests?)s?)?')],
    text:
      'The candidate model first serves a small share of traffic; if its metrics stay healthy the share grows step by step, otherwise it is rolled back. ' +
      'The doc should state the starting share, the metrics watched and the rollback criteria.',
  },
  {
    id: 'interleaving',
    term: 'Interleaving experiments',
    patterns: [w('interleav(?:ing|ed)(?: (?:experiments?|tests?))?')],
    text:
      'For ranking and recommendation: results from two models are merged into one list shown to the same user, and clicks reveal whose items users prefer. ' +
      'It usually needs far fewer samples than an A/B test, but measures preference rather than downstream business metrics.',
  },
  {
    id: 'bandits',
    term: 'Bandits',
    patterns: [w('(?:multi[- ]armed |contextual )?bandits?'), w('exploration[- /]exploitation|explore[- /]exploit')],
    text:
      'Traffic is routed between models adaptively, sending more to whichever currently performs better while still exploring the others. ' +
      'Compared with a fixed A/B split, bandits waste less traffic on weak models and need fewer samples, but they require online prediction, short feedback loops and careful bookkeeping.',
  },

  // ── Monitoring and continual learning ────────────────────────────────────────────────
  {
    id: 'distribution-shift',
    term: 'Data distribution shift',
    patterns: [
      w('(?:data )?distribution(?:al)? (?:shifts?|drifts?|changes?)'),
      w('(?:data|dataset|feature|model|prediction) (?:shifts?|drifts?)'),
      w('drift(?:s|ed|ing)?'),
    ],
    text:
      'The joint distribution of inputs and labels in production moves away from the one the model learnt from. ' +
      'It comes in kinds (covariate shift, label shift, concept drift) and patterns (sudden, gradual, seasonal). ' +
      'A design should say which shifts are plausible, how they are detected (summary statistics or two-sample tests over a stated window), and treat a shift as a problem when it hurts performance.',
  },
  {
    id: 'covariate-shift',
    term: 'Covariate shift',
    patterns: [w('covariate (?:shifts?|drifts?)'), w('input (?:shifts?|drifts?)')],
    text:
      'The input distribution P(X) changes while the relationship P(Y|X) stays the same, for instance when a campaign brings in a younger audience. ' +
      'It also arises when training data was sampled differently from production traffic. ' +
      'Detect it by comparing feature distributions in training and serving.',
  },
  {
    id: 'label-shift',
    term: 'Label shift',
    patterns: [w('label (?:shifts?|drifts?)'), w('prior (?:probability )?shifts?|target shifts?')],
    text:
      'The output distribution P(Y) changes while P(X|Y) stays the same, for example when the share of fraudulent transactions rises. ' +
      'Watch the distribution of predictions and, once labels arrive, of the true labels.',
  },
  {
    id: 'concept-drift',
    term: 'Concept drift',
    patterns: [w('concept (?:drifts?|shifts?)'), w('posterior shifts?')],
    text:
      'The relationship between inputs and output P(Y|X) changes: the same input now calls for a different answer, as when the price of the same flat moves after an economic shock. ' +
      'Watching inputs alone will not reveal it, so label-based performance monitoring and retraining on recent data are needed; some concept drift is cyclic or seasonal.',
  },
  {
    id: 'two-sample-test',
    term: 'Two-sample test',
    patterns: [
      w('two[- ]sample (?:tests?|testing)'),
      w('kolmogorov[- –]smirnov|KS[- ]tests?'),
      w('maximum mean discrepancy|MMD'),
      w('PSI|population stability index'),
    ],
    text:
      "A statistical test of whether two samples (last month's training features and today's serving features, say) come from the same distribution; Kolmogorov-Smirnov suits one-dimensional data, MMD multivariate data. " +
      'A statistically significant difference is not necessarily a harmful one, so pair tests with performance monitoring; on high-dimensional data, reduce dimensionality first.',
  },
  {
    id: 'alerting',
    term: 'Alert fatigue',
    patterns: [w('alert fatigue'), w('alert(?:ing)? (?:polic(?:y|ies)|rules?|thresholds?)'), w('run[- ]?books?'), w('on-call')],
    text:
      'Too many alerts, most of them unimportant, teach people to ignore all of them, including the one that matters. ' +
      'A monitoring plan should set meaningful thresholds, send each alert to an owner, and attach a runbook saying what to do.',
  },
  {
    id: 'continual-learning',
    term: 'Continual learning / retraining',
    patterns: [w('continual(?:ly)? (?:learning|learn|train(?:ing|ed)?|updat(?:e|ed|ing))'), w('re-?train(?:s|ed|ing)?'), w('model (?:refresh|updates?)')],
    text:
      'Updating a model regularly as new data arrives instead of training it once. ' +
      'Updates are triggered by time, a drop in performance, data volume or detected drift, and can retrain from scratch or fine-tune the current model (see *stateful training*). ' +
      'The doc should state the cadence or trigger and justify it, ideally with an experiment measuring how much fresher data helps.',
  },
  {
    id: 'stateful-training',
    term: 'Stateful vs stateless training',
    patterns: [w('state(?:ful|less)(?: (?:re-?)?train(?:ing)?)?'), w('incremental (?:training|learning)'), w('warm[- ]start(?:ed|ing)?')],
    text:
      '**Stateless retraining** trains each new model from scratch on a window of data; **stateful training** continues training the current model on new data only. ' +
      'Stateful updates need less data and compute and converge faster, though an occasional full retrain is still common. ' +
      'A retraining plan should say which one it uses.',
  },
  {
    id: 'data-freshness',
    term: 'Data freshness',
    patterns: [w('(?:data|feature|model) freshness'), w('stale (?:features?|predictions?|models?|data)'), w('staleness')],
    text:
      'How recent the data behind a feature, a prediction or a model is. ' +
      'Staleness costs accuracy when the world changes quickly; measure how performance decays with model or feature age to choose refresh and retraining cadences instead of guessing.',
  },
];

// Global copies of the patterns, built once (findTermAt runs on every hover).
let globalPatterns: Array<{ entry: GlossaryEntry; re: RegExp }> | undefined;

function compiled(): Array<{ entry: GlossaryEntry; re: RegExp }> {
  if (!globalPatterns) {
    globalPatterns = [];
    for (const entry of GLOSSARY) {
      for (const p of entry.patterns) {
        const flags = p.flags.includes('g') ? p.flags : p.flags + 'g';
        globalPatterns.push({ entry, re: new RegExp(p.source, flags) });
      }
    }
  }
  return globalPatterns;
}

/**
 * Finds the glossary entry whose pattern matches the text around a 0-based UTF-16 offset in `line`,
 * or undefined. Returns also the matched range (half-open: start <= character < end).
 * When several matches cover the offset, the longest wins (ties: earlier entry), so
 * "degenerate feedback loop" beats "feedback loop".
 */
export function findTermAt(line: string, character: number): { entry: GlossaryEntry; start: number; end: number } | undefined {
  if (character < 0 || character >= line.length) return undefined;
  let best: { entry: GlossaryEntry; start: number; end: number } | undefined;
  for (const { entry, re } of compiled()) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(line)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) {
        re.lastIndex++;
        continue;
      }
      if (start > character) break;
      if (character < end) {
        if (!best || end - start > best.end - best.start) best = { entry, start, end };
        break;
      }
    }
  }
  return best;
}
