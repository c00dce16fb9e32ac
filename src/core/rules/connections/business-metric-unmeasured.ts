// Connection: the business metric named as the objective is never measured (no online test, no monitoring).
import type { Rule } from '../rule.js';
import { BUSINESS_METRICS } from '../../items/business-metric.js';
import { connection, hitAt, phrases, place, says, sentencesWith, type Hit } from './find.js';
import { sectionAt } from '../../sections.js';

const METRIC = phrases(BUSINESS_METRICS);
/** An online test of the whole system against the status quo. */
const ONLINE_TEST = phrases([
  'a/b',
  'ab test*|testing',
  'split test*',
  'online experiment*|test*|evaluation',
  'controlled experiment*',
  'holdout|hold-out',
  'control group*',
  'randomised|randomized experiment*|trial*',
  'interleav*',
]);
/** Headings of sections that list what is measured. */
const METRICS_HEADING = /\b(?:metrics?|kpis?|measur\w*|success|evaluation|monitoring|experiment\w*|a\/b|online|dashboards?|impact)\b/i;

/** A verb that sets an objective on the metric after it. */
const OBJECTIVE_VERB = /\b(?:reduc|increas|improv|decreas|lower|cut|boost|grow|rais|minimi[sz]|maximi[sz]|lift|driv|sav|halv|doubl)\w*\b/gi;
/** Words that measure something in evaluation or production. */
const MEASURE =
  /\b(?:a\/b|ab[- ]test\w*|experiment\w*|online (?:test|evaluation|metric)\w*|hold-?out|control group|treatment|dashboard\w*|monitor\w*|track\w*|measur\w*|report\w*|alert\w*|compar\w*|uplift|lift|canary|shadow|pilot|baseline|evaluat\w*|kpi)\b/i;

/** The first word of a metric phrase, without a plural ending: "chargeback losses" → "chargeback". */
function stem(term: string): string {
  const words = term.toLowerCase().match(/[a-z][a-z-]*/g) ?? [];
  // A short first word says little ("net" of "net promoter"): keep the next one too.
  const w = (words[0] ?? '').length > 4 || words.length < 2 ? (words[0] ?? '') : `${words[0]} ${words[1]}`;
  return w.replace(/(?:ies|es|s)$/, '');
}

export const businessMetricUnmeasured: Rule = {
  meta: {
    id: 'business-metric-unmeasured',
    title: 'The business metric should be measured',
    group: 'connections',
    checklistItem: 'business-metric',
    defaultSeverity: 'warning',
    rationale:
      'A project tied to a business metric has to show that it moves that metric: model metrics are only proxies. If the metric named as the objective appears neither in the evaluation plan (an online test, an A/B experiment, a holdout) nor in what production monitors, nobody will know whether the system is worth its cost.',
    howToFix:
      'Measure the business metric itself: an A/B test or holdout that compares it with and without the model, and a dashboard or alert on it in production.',
  },
  check(doc) {
    const item = doc.items.find((i) => i.id === 'business-metric');
    if (!item?.facets.find((f) => f.id === 'metric' && f.found)) return [];
    // The metric as the objective names it: the business metric an objective verb acts on ("reduce fraud
    // losses", "increase user engagement"), in the sentences that state the objective or its target. Where
    // no sentence says it that plainly, the rule cannot tell which metric is meant, and stays quiet.
    let hit: Hit | undefined;
    let m: RegExpExecArray | null = null;
    for (const id of ['objective', 'target', 'metric']) {
      for (const e of item.facets.find((f) => f.id === id)?.evidence ?? []) {
        const text = doc.model.text.slice(e.start, e.end);
        OBJECTIVE_VERB.lastIndex = 0;
        for (let v = OBJECTIVE_VERB.exec(text); v && !m; v = OBJECTIVE_VERB.exec(text)) {
          METRIC.lastIndex = 0;
          const after = text.slice(v.index + v[0].length, v.index + v[0].length + 60);
          const found = METRIC.exec(after);
          const between = after.slice(0, found?.index ?? 0);
          if (found && found.index <= 30 && !/[,;:.()]/.test(between) && between.split(/\s+/).filter(Boolean).length <= 3) m = found;
        }
        if (m) {
          hit = { start: e.start, end: e.end, text, match: m[0] };
          break;
        }
      }
      if (m) break;
    }
    if (!hit || !m) return [];
    const term = stem(m[0]);
    if (term.length < 3) return [];
    // The metric's words, and its acronym when the objective gives one ("Net Promoter Score (NPS)").
    const acronym = /^[^()]{0,20}\(([A-Z]{2,6})\)/.exec(hit.text.slice(hit.text.indexOf(m[0]) + m[0].length));
    const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/-/g, '[-\\s]?');
    const termRe = new RegExp(`\\b(?:${escape(term)}${acronym ? `|${acronym[1]}\\b` : ''})`, 'i');
    // An online test (A/B, holdout, control group) measures business outcomes: trust it to cover this one.
    // (A heading that names the metric inside a metrics section, "Client NPS" under "Summary metrics", measures it too.)
    if (says(doc, ONLINE_TEST)) return [];
    // Measured: the metric in a heading of its own ("Client NPS"), in a sentence that measures, tracks or
    // monitors it, or in a section about metrics, evaluation or monitoring.
    const titled = doc.sections.some(
      (sec) =>
        sec.parent >= 0 &&
        termRe.test(sec.heading.text) &&
        (METRICS_HEADING.test(sec.heading.text) || METRICS_HEADING.test(doc.sections[sec.parent]!.heading.text)),
    );
    if (titled) return [];
    const measuring = doc.sections.map((sec) => METRICS_HEADING.test(sec.heading.text));
    // The sections holding an offset are the innermost one and its ancestors: walk those, not every section.
    const inMetricsSection = (offset: number) => {
      for (let k = sectionAt(doc.sections, offset); k >= 0; k = doc.sections[k]!.parent)
        if (measuring[k] && doc.sections[k]!.heading.end <= offset) return true;
      return false;
    };
    const measured = sentencesWith(doc, new RegExp(termRe.source, 'gi'), (_, t) => MEASURE.test(t)).filter((x) => x.start !== hit.start);
    const listed = sentencesWith(doc, new RegExp(termRe.source, 'gi')).filter((x) => x.start !== hit.start && inMetricsSection(x.start));
    if (measured.length || listed.length) return [];
    // A business metric that stands for it (click-through and play time for "engagement") in a list of
    // online or production metrics: the objective is measured, if under another name.
    const standIn = sentencesWith(doc, METRIC).filter((x) => x.start !== hit.start && (inMetricsSection(x.start) || /\bonline\b/i.test(x.text)));
    if (standIn.length) return [];
    const others: Array<{ hit: Hit; message: string }> = [];
    for (const id of ['evaluation', 'monitoring']) {
      const h = doc.items.find((i) => i.id === id)?.heading;
      if (h)
        others.push({
          hit: hitAt(doc, h),
          message: `${id === 'evaluation' ? 'the evaluation plan' : 'monitoring'}: no "${m[0]}"`,
        });
    }
    const where = others.length ? ` (${others.map((o) => o.message.split(':')[0]).join(', ')} never mention it)` : '';
    return [
      connection(
        hit,
        `${place(doc, `The objective is "${m[0]}"`, hit)}, but nothing measures it: no online test or monitoring of ${m[0]}${where}.`,
        others,
        'business-metric',
      ),
    ];
  },
};
