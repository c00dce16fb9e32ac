// Regenerates files derived from rule metadata: the config schema, the rule docs and the snippets.
import { writeFileSync, mkdirSync } from 'node:fs';
import { configSchema } from '../src/core/config.js';
import { renderRuleDocs } from '../src/core/docs.js';
import { markdownSnippets } from '../src/core/templates.js';

mkdirSync('schemas', { recursive: true });
mkdirSync('docs', { recursive: true });
writeFileSync('schemas/config.schema.json', JSON.stringify(configSchema(), null, 2) + '\n');
writeFileSync('docs/rules.md', renderRuleDocs());
writeFileSync('snippets/markdown.json', JSON.stringify(markdownSnippets(), null, 2) + '\n');
console.log('wrote schemas/config.schema.json, docs/rules.md, snippets/markdown.json');
