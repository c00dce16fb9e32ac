// The writing loop in the core: an unfilled template reads as one, an unfilled section is one finding,
// placeholders people actually leave are seen, and a section deleted leaves an insert fix behind.
import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse.js';
import { fullTemplate, fullSnippet, SECTION_TEMPLATES } from '../../src/core/templates.js';
import { placeholderMatches } from '../../src/core/guidance.js';

/** The text VS Code leaves when a snippet is expanded and every tab stop is left as it is. */
function expandUntouched(snippet: string): string {
  let out = snippet;
  for (let i = 0; i < 4; i++) out = out.replace(/\$\{\d+:((?:[^{}\\]|\\.)*)\}/g, '$1');
  return out.replace(/\$\d+/g, '').replace(/\\([\\$}])/g, '$1');
}

const FRONT = '---\ntype: ml-design-doc\n---\n';
/** 1-based line of an offset. */
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

describe('writing loop: an unfilled template', () => {
  const routes: Array<[string, string]> = [
    ['"New ML Design Doc"', fullTemplate('Spam filter for marketplace messages')],
    ['the mldoc snippet left untouched', expandUntouched(fullSnippet())],
  ];
  for (const [route, text] of routes) {
    it(`from ${route} scores 0 of 15, with one finding per section`, () => {
      const r = analyse(text, { path: 'spam-filter-design.md' });
      assert.equal(r.designDoc.designDoc, true);
      assert.deepEqual(
        r.checklist.filter((c) => c.status !== 'missing').map((c) => `${c.id}: ${c.status}`),
        [],
      );
      const unfilled = r.findings.filter((f) => /: not filled in yet \(\d+ placeholders left/.test(f.message));
      assert.equal(unfilled.length, SECTION_TEMPLATES.length, r.findings.map((f) => f.message.slice(0, 60)).join('\n'));
      // Nothing else: no per-placeholder warnings, no "is missing" on top of "not filled in yet".
      assert.deepEqual(
        r.findings.filter((f) => !unfilled.includes(f)).map((f) => f.message.slice(0, 80)),
        [],
      );
      // Each finding sits on a section heading.
      for (const f of unfilled) assert.match(text.split('\n')[lineAt(text, f.start) - 1] ?? '', /^#{2,3} /);
    });
  }

  it('the snippet keeps its placeholders in angle brackets inside the tab stops', () => {
    assert.match(fullSnippet(), /\$\{\d+:<metric>\}/);
  });
});

describe('writing loop: unfilled sections and placeholders', () => {
  it('an inserted section left as it is gives one finding, not one per placeholder', () => {
    const text = `${FRONT}# Fraud scoring\n\n## Monitoring\n\n${SECTION_TEMPLATES.find((t) => t.itemId === 'monitoring')!.body}\n`;
    const r = analyse(text);
    const mine = r.findings.filter((f) => lineAt(text, f.start) >= 6);
    assert.deepEqual(
      mine.map((f) => `${lineAt(text, f.start)}:${f.ruleId}`),
      ['6:no-placeholder'],
    );
    assert.match(mine[0]!.message, /^Monitoring: not filled in yet \(\d+ placeholders left/);
  });

  it('placeholders left in a written section are reported one by one, where they stand', () => {
    const text = `${FRONT}# Fraud scoring\n\n## Monitoring\n\nWe watch the share of flagged payments per hour and alert the on-call analyst through PagerDuty when it doubles; the drift test is TBD.\n\nOwner: TBD\n`;
    const r = analyse(text);
    const p = r.findings.filter((f) => f.ruleId === 'no-placeholder');
    assert.deepEqual(
      p.map((f) => lineAt(text, f.start)),
      [8, 10],
    );
    assert.ok(p.every((f) => f.message.startsWith('Placeholder "TBD"')));
  });

  it('recognises the placeholders authors leave: **TBC**, X%, X ms, "higher than X", $X', () => {
    const seen = (t: string) => placeholderMatches(t).map((m) => m.text);
    assert.deepEqual(seen('Launch date: **TBC**'), ['TBC']);
    assert.deepEqual(seen('Lift conversion by X% in Q3'), ['X%']);
    assert.deepEqual(seen('p99 latency under X ms at peak'), ['X ms']);
    assert.deepEqual(seen('Precision must be higher than X on the test set'), ['X']);
    assert.deepEqual(seen('It costs $X per month'), ['$X']);
  });

  it('does not take real text for a placeholder: an escaped title, X-rays, 3x, a formula, <a/b> tags', () => {
    const none = (t: string) => assert.deepEqual(placeholderMatches(t), [], t);
    none('# \\<Recommendation System for Ecommerce\\>');
    none('We classify X-ray images from partner clinics.');
    none('Batching gives a 3x speed-up.');
    none('The model maps x to y with a linear layer.');
    none('Posts from Twitter/X and Reddit.');
    const r = analyse(`${FRONT}# \\<Recommendation System for Ecommerce\\>\n\nWe recommend products to shoppers.\n`);
    assert.deepEqual(
      r.findings.filter((f) => f.ruleId === 'no-placeholder'),
      [],
    );
  });
});

describe('writing loop: a deleted section', () => {
  it('an item left with passing mentions and no section offers the insert fix', () => {
    const text = `${FRONT}# Fraud scoring\n\n## Overview\n\nA warning banner is shown to the buyer when a payment is held.\n\n## Deployment\n\nThe model runs as a REST service behind the payments API, p99 under 80 ms.\n`;
    const r = analyse(text);
    const monitoring = r.checklist.find((c) => c.id === 'monitoring')!;
    assert.notEqual(monitoring.status, 'addressed');
    const f = r.findings.find((x) => x.ruleId === 'require-monitoring');
    assert.ok(f, 'a require-monitoring finding');
    assert.ok(
      f.fixes?.some((x) => x.title === 'Insert section "Monitoring"'),
      JSON.stringify(f.fixes),
    );
  });
});
