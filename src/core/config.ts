// The repository config file (JSONC): rule severities and include / exclude globs, validated with a schema.
import { parse as parseJsonc, printParseErrorCode, findNodeAtLocation, parseTree, type ParseError, type Node } from 'jsonc-parser';
import { Ajv, type ErrorObject } from 'ajv';
import { RULES } from './rules/index.js';
import { LineIndex } from './positions.js';
import type { SeveritySetting } from './types.js';

/** Names the config file may have, in the order they are looked for. */
export const CONFIG_FILE_NAMES = ['.ml-design-review.jsonc', '.ml-design-review.json'];

/** The validated configuration. */
export interface Config {
  /** Severity per rule id; `off` disables the rule. */
  rules: Record<string, SeveritySetting>;
  /** Globs of files to review (relative to the config file's folder). Empty: every Markdown file. */
  include: string[];
  /** Globs never reviewed. */
  exclude: string[];
}

/** A problem in a config file, positioned for people (1-based line and column). */
export interface ConfigError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**'];

/** The default configuration. */
export function defaultConfig(): Config {
  return { rules: {}, include: [], exclude: [...DEFAULT_EXCLUDE] };
}

const SEVERITIES = ['off', 'error', 'warning', 'info', 'hint'];

/** The JSON schema of the config file, generated from rule metadata. */
export function configSchema(): Record<string, unknown> {
  const ruleProps: Record<string, unknown> = {};
  for (const r of RULES) {
    ruleProps[r.meta.id] = {
      enum: SEVERITIES,
      markdownDescription: `${r.meta.title}. Default: \`${r.meta.defaultSeverity}\`.`,
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://ml-design-review.dev/schemas/config.schema.json',
    title: 'ML Design Review configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        type: 'object',
        description: 'Severity per rule id; "off" disables a rule.',
        properties: ruleProps,
        additionalProperties: false,
      },
      include: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Globs of design docs to review, relative to this file.' },
      exclude: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Globs never reviewed, relative to this file.' },
    },
  };
}

let validator: ReturnType<Ajv['compile']> | undefined;

/** Parses and validates config text; errors name the file, line and what is wrong. */
export function parseConfig(text: string, file: string): { config: Config; errors: ConfigError[] } {
  const index = new LineIndex(text);
  const errors: ConfigError[] = [];
  const at = (offset: number, message: string) => {
    const p = index.lineColumn(offset);
    errors.push({ file, line: p.line, column: p.column, message });
  };
  const parseErrors: ParseError[] = [];
  const data = parseJsonc(text, parseErrors, { allowTrailingComma: true, disallowComments: false }) as unknown;
  for (const e of parseErrors) at(e.offset, `syntax error: ${humanParseError(printParseErrorCode(e.error))}`);
  if (parseErrors.length) return { config: defaultConfig(), errors };
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(configSchema());
  if (!validator(data)) {
    const tree = parseTree(text) as Node;
    for (const e of validator.errors ?? []) at(offsetOf(tree, e), describe(e));
    return { config: defaultConfig(), errors };
  }
  const d = (data ?? {}) as Partial<Config>;
  return { config: { rules: d.rules ?? {}, include: d.include ?? [], exclude: [...DEFAULT_EXCLUDE, ...(d.exclude ?? [])] }, errors };
}

function humanParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function offsetOf(tree: Node, e: ErrorObject): number {
  const path = e.instancePath.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
  if (e.keyword === 'additionalProperties') {
    const key = (e.params as { additionalProperty: string }).additionalProperty;
    const node = findNodeAtLocation(tree, [...path, key]);
    if (node?.parent?.children?.[0]) return node.parent.children[0].offset;
  }
  const node = findNodeAtLocation(tree, path);
  return node ? node.offset : 0;
}

function describe(e: ErrorObject): string {
  const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : 'the top level';
  if (e.keyword === 'additionalProperties') {
    const key = (e.params as { additionalProperty: string }).additionalProperty;
    if (e.instancePath === '/rules') return `unknown rule id "${key}"`;
    return `unknown setting "${key}" in ${where}`;
  }
  if (e.keyword === 'enum') return `${where} must be one of ${((e.params as { allowedValues: string[] }).allowedValues).join(', ')}`;
  return `${where} ${e.message ?? 'is invalid'}`;
}
