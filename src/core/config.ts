// The repository config file (JSONC): rule severities and include / exclude globs, validated with a schema.
import { parse as parseJsonc, printParseErrorCode, findNodeAtLocation, parseTree, createScanner, type ParseError, type Node } from 'jsonc-parser';
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
      include: {
        type: 'array',
        maxItems: MAX_GLOBS,
        items: { type: 'string', minLength: 1, maxLength: MAX_GLOB_LENGTH },
        description: 'Globs of design docs to review, relative to this file.',
      },
      exclude: {
        type: 'array',
        maxItems: MAX_GLOBS,
        items: { type: 'string', minLength: 1, maxLength: MAX_GLOB_LENGTH },
        description: 'Globs never reviewed, relative to this file.',
      },
    },
  };
}

let validator: ReturnType<Ajv['compile']> | undefined;

/** jsonc-parser's token kinds (its `SyntaxKind` is a const enum, which isolated modules cannot read). */
const SyntaxKind = {
  OpenBraceToken: 1,
  CloseBraceToken: 2,
  OpenBracketToken: 3,
  CloseBracketToken: 4,
  ColonToken: 6,
  StringLiteral: 10,
  LineCommentTrivia: 12,
  BlockCommentTrivia: 13,
  LineBreakTrivia: 14,
  Trivia: 15,
  EOF: 17,
} as const;

/** Limits that keep a hostile config from costing more than it could ever be worth. */
const MAX_DEPTH = 32;
const MAX_GLOBS = 1000;
const MAX_GLOB_LENGTH = 1024;
/** Errors reported per file; the rest are counted. */
const MAX_ERRORS = 20;
/** Keys that would reach an object's prototype rather than set a value. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Checks what a schema cannot see, with the scanner (no recursion, so depth cannot overflow the stack):
 * nesting deeper than any config needs, duplicate keys (the later one would silently win), and keys that
 * reach the prototype. Returns the offending offsets and messages.
 */
function structuralErrors(text: string): Array<{ offset: number; message: string }> {
  const out: Array<{ offset: number; message: string }> = [];
  const scanner = createScanner(text, false);
  // One entry per open object ({} keys seen) or array (null).
  const open: Array<Set<string> | null> = [];
  let pendingKey: { name: string; offset: number } | undefined;
  for (let t: number = scanner.scan(); t !== SyntaxKind.EOF; t = scanner.scan()) {
    if (t === SyntaxKind.OpenBraceToken || t === SyntaxKind.OpenBracketToken) {
      open.push(t === SyntaxKind.OpenBraceToken ? new Set() : null);
      if (open.length > MAX_DEPTH) {
        out.push({ offset: scanner.getTokenOffset(), message: `nested too deeply (more than ${MAX_DEPTH} levels)` });
        return out;
      }
    } else if (t === SyntaxKind.CloseBraceToken || t === SyntaxKind.CloseBracketToken) {
      open.pop();
    } else if (t === SyntaxKind.StringLiteral) {
      pendingKey = { name: scanner.getTokenValue(), offset: scanner.getTokenOffset() };
      continue;
    } else if (t === SyntaxKind.ColonToken && pendingKey) {
      const keys = open[open.length - 1];
      if (keys) {
        if (RESERVED_KEYS.has(pendingKey.name)) out.push({ offset: pendingKey.offset, message: `"${pendingKey.name}" is not allowed as a key` });
        else if (keys.has(pendingKey.name)) out.push({ offset: pendingKey.offset, message: `duplicate key "${pendingKey.name}"` });
        keys.add(pendingKey.name);
      }
      if (out.length >= MAX_ERRORS) return out;
    }
    if (t !== SyntaxKind.Trivia && t !== SyntaxKind.LineBreakTrivia && t !== SyntaxKind.LineCommentTrivia && t !== SyntaxKind.BlockCommentTrivia)
      pendingKey = undefined;
  }
  return out;
}

/** Parses and validates config text; errors name the file, line and what is wrong. */
export function parseConfig(text: string, file: string): { config: Config; errors: ConfigError[] } {
  const index = new LineIndex(text);
  const errors: ConfigError[] = [];
  const at = (offset: number, message: string) => {
    const p = index.lineColumn(offset);
    errors.push({ file, line: p.line, column: p.column, message });
  };
  // A byte-order mark (editors on Windows write one) is not an error; a blank keeps every offset.
  if (text.charCodeAt(0) === 0xfeff) text = ' ' + text.slice(1);
  const structural = structuralErrors(text);
  for (const e of structural) at(e.offset, e.message);
  if (structural.length) return { config: defaultConfig(), errors };
  const parseErrors: ParseError[] = [];
  const data = parseJsonc(text, parseErrors, { allowTrailingComma: true, disallowComments: false }) as unknown;
  for (const e of parseErrors.slice(0, MAX_ERRORS)) at(e.offset, `syntax error: ${humanParseError(printParseErrorCode(e.error))}`);
  if (parseErrors.length > MAX_ERRORS) at(parseErrors[MAX_ERRORS]!.offset, `${parseErrors.length - MAX_ERRORS} more syntax errors`);
  if (parseErrors.length) return { config: defaultConfig(), errors };
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(configSchema());
  if (!validator(data)) {
    const tree = parseTree(text) as Node;
    const all = validator.errors ?? [];
    for (const e of all.slice(0, MAX_ERRORS)) at(offsetOf(tree, e), describe(e));
    if (all.length > MAX_ERRORS) at(offsetOf(tree, all[MAX_ERRORS]!), `${all.length - MAX_ERRORS} more errors like these`);
    return { config: defaultConfig(), errors };
  }
  const d = (data ?? {}) as Partial<Config>;
  // Rules in an object with no prototype: a rule id is looked up as itself, never as an inherited name.
  const rules = Object.assign(Object.create(null) as Config['rules'], d.rules ?? {});
  return { config: { rules, include: d.include ?? [], exclude: [...DEFAULT_EXCLUDE, ...(d.exclude ?? [])] }, errors };
}

function humanParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function offsetOf(tree: Node, e: ErrorObject): number {
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
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
  if (e.keyword === 'enum') return `${where} must be one of ${(e.params as { allowedValues: string[] }).allowedValues.join(', ')}`;
  return `${where} ${e.message ?? 'is invalid'}`;
}
