// The phrase language facets are written in: what each mark means, and that every facet of every item
// compiles to a matcher that cannot match empty text (a phrase that matches nothing would make every
// sentence evidence).
import assert from 'node:assert/strict';
import { compilePhrases, phraseSource } from '../../src/core/facets/phrases.js';
import { CHECKLIST } from '../../src/core/items/index.js';

const matches = (phrase: string, text: string) => compilePhrases([phrase]).exec(text)?.[0];

describe('facet phrases', () => {
  it('a star keeps the endings of a word', () => {
    assert.equal(matches('monitor*', 'We are monitoring it'), 'monitoring');
    assert.equal(matches('monitor*', 'The monitors'), 'monitors');
  });
  it('words match whole, case-insensitively', () => {
    assert.equal(matches('slo', 'a slow job'), undefined);
    assert.equal(matches('slo', 'The SLO is 99.9%'), 'SLO');
  });
  it('a hyphen matches a hyphen, a space or nothing', () => {
    for (const t of ['click-through rate', 'click through rate', 'clickthrough rate']) assert.equal(matches('click-through rate', t), t);
  });
  it('alternatives, optional words and gaps', () => {
    assert.equal(matches('reduce|lower ... churn', 'lower the monthly churn'), 'lower the monthly churn');
    assert.equal(matches('(the) model accuracy', 'track model accuracy'), 'model accuracy');
    assert.equal(matches('reduce ... churn', 'reduce one two three four five churn'), undefined);
  });
  it('# is a number and ## a large one', () => {
    assert.equal(matches('# ms', 'p95 under 120 ms'), '120 ms');
    assert.equal(matches('## users', '2,500,000 users'), '2,500,000 users');
    assert.equal(matches('## users', '40k users'), '40k users');
    assert.equal(matches('## users', '500 users'), undefined);
  });
  it('# reads a bound or an approximation, and not the digits of a name', () => {
    assert.equal(matches('latency ... #', 'The P95 latency of ~20 seconds'), 'latency of ~20');
    assert.equal(matches('response time ... #', 'Response Time | ≤ 60 seconds'), 'Response Time | ≤ 60');
    assert.equal(matches('latency ... #', 'latency <30 seconds'), 'latency <30');
    assert.equal(matches('# ... latency', 'We track p50 and p95 latency'), undefined);
    assert.equal(matches('## images', 'ResNet1000 images'), undefined);
  });
  it('^ anchors a phrase at the start of the sentence', () => {
    assert.equal(matches('^ we', 'We do it'), 'We');
    assert.equal(matches('^ we', 'Then we do it'), undefined);
  });
  it('every phrase of every facet compiles and none matches empty text', () => {
    let n = 0;
    for (const item of CHECKLIST) {
      const lists = [item.notApplicable ?? [], ...item.facets.flatMap((f) => [f.phrases, f.inSection ?? [], f.with ?? [], f.unless ?? []])];
      for (const list of lists) {
        for (const p of list) {
          n++;
          const re = new RegExp(phraseSource(p), 'i');
          assert.ok(!re.test(''), `${item.id}: "${p}" matches empty text`);
          assert.ok(!re.test('   '), `${item.id}: "${p}" matches blank text`);
        }
      }
    }
    assert.ok(n > 300, `only ${n} phrases`);
  });
  it('every item has core facets, and addressedWhen names only facets it has', () => {
    for (const item of CHECKLIST) {
      const ids = new Set(item.facets.map((f) => f.id));
      assert.equal(ids.size, item.facets.length, `${item.id}: duplicate facet ids`);
      assert.ok(
        item.facets.some((f) => f.core),
        `${item.id}: no core facet`,
      );
      for (const set of item.addressedWhen) for (const id of set) assert.ok(ids.has(id), `${item.id}: addressedWhen names unknown facet ${id}`);
    }
  });
});
