// Compiles the phrase lists that facets are written in into regular expressions.
//
// A phrase is a line a reviewer can read: words separated by spaces, matched case-insensitively as whole
// words. The few marks it understands:
//
//   monitor*            a word and its endings (monitor, monitoring, monitored)
//   alert|page|notify   one of these words in this place
//   (the)               an optional word
//   ...                 up to four words in between
//   ....                up to ten words in between
//   #                   a number (12, 3.5, 1,000, 20%, ~20, <30; not the digits of a name such as p95)
//   ##                  a large number (1,000 or more, or with a magnitude: 12k, 3.5 million)
//   click-through       a hyphen also matches a space or nothing ("click through", "clickthrough")
//   ^                   at the start of the sentence (first token only)
//
// Anything else (%, $, /, @, .) is literal. Alternatives may carry a star each: "retrain*|re-train*".

const WORD_CHAR = /[A-Za-z0-9_]/;
/** Between two words: spaces, with the punctuation that may cling to either word ("rare, about"). */
const SEPARATOR = '[,;:)"\'’]?\\s+[("\'‘]?';
/** A large number: 1,000 or more, or one with a magnitude (12k, 3.5 million, 2bn). */
const BIG_NUMBER = '\\b(?:\\d{1,3}(?:,\\d{3})+|\\d{4,}|\\d+(?:\\.\\d+)?\\s?(?:k|m|mm|bn|b|million|billion|thousand|hundred thousand)\\b)';

/** Numbers written as words in prose ("three days", "two clerks"); "one" is left out, it is more often a pronoun. */
const NUMBER_WORDS = '(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|dozens?|half)\\b';

/** A regular-expression source for one token of a phrase. */
function tokenSource(token: string): string {
  if (token === '...') return '(?:[^\\s]+\\s+){0,4}?';
  if (token === '....') return '(?:[^\\s]+\\s+){0,10}?';
  // A number stands on its own: the digits of a name (p95, ResNet50, EC2) are not a quantity.
  // "~20", "<30", "≤ 60": a bound or an approximation is still the number.
  if (token === '#') return `(?:(?:[~≈<>≤≥]\\s?)?\\b\\d[\\d,.]*(?:\\s?%)?|${NUMBER_WORDS})`;
  if (token === '##') return BIG_NUMBER;
  const optional = /^\(.*\)$/.test(token);
  const body = optional ? token.slice(1, -1) : token;
  const alternatives = body.split('|').map(alternativeSource);
  const src = alternatives.length > 1 ? `(?:${alternatives.join('|')})` : (alternatives[0] as string);
  return optional ? `(?:${src}${SEPARATOR})?` : src;
}

function alternativeSource(word: string): string {
  const prefix = word.endsWith('*');
  const w = prefix ? word.slice(0, -1) : word;
  let src = '';
  for (const ch of w) {
    if (ch === '-') src += '[-\\s]?';
    else if (ch === '#') src += '\\d[\\d,.]*';
    else src += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  if (prefix) src += '[\\w-]*';
  const first = w.charAt(0);
  const last = w.charAt(w.length - 1);
  // Whole words: a boundary where the phrase begins or ends with a letter or digit. (\b, not a Unicode
  // lookaround: the regular-expression engine can then skip quickly to where a phrase may start.)
  const lead = WORD_CHAR.test(first) ? '\\b' : '';
  const trail = !prefix && WORD_CHAR.test(last) ? '\\b' : '';
  return lead + src + trail;
}

/** The regular-expression source of one phrase. */
export function phraseSource(phrase: string): string {
  const tokens = phrase.trim().split(/\s+/).filter(Boolean);
  let anchored = false;
  if (tokens[0] === '^') {
    anchored = true;
    tokens.shift();
  }
  let src = '';
  tokens.forEach((t, i) => {
    const s = tokenSource(t);
    if (i === 0) src += s;
    // Optional words and gaps carry their own trailing space.
    else if (/^\(.*\)$/.test(tokens[i - 1] as string) || tokens[i - 1] === '...' || tokens[i - 1] === '....') src += s;
    else src += SEPARATOR + s;
  });
  // "(the) model": an optional first word followed by the rest.
  return anchored ? `^\\W*${src}` : src;
}

/** One regular expression that matches any of the phrases (case-insensitive). */
export function compilePhrases(phrases: readonly string[]): RegExp {
  if (phrases.length === 0) return /(?!)/;
  return new RegExp(phrases.map(phraseSource).join('|'), 'i');
}
