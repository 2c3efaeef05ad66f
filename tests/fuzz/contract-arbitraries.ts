// Payload arbitraries derived from the contract's own zod schemas, so a channel added to the contract is fuzzed
// without a line here, and a schema construct this file does not know fails loudly instead of going unfuzzed.
//
// A generated payload is a template: plain data, plus `PoolPick`s where a string could name something that exists
// (an id, an undo token, a backup's name), resolved only when the call is made against a live journal, and `Lazy`
// values for anything too big to keep in a counterexample (megabyte strings, deep nesting), built when the call is made.
import fc from 'fast-check';
import type { z } from 'zod';
import { emailSchema } from '../../shared/email';
import { ownDomainSchema } from '../../shared/email-domains';
import { quickLogShortcutSchema } from '../../shared/model';
import { referenceOf, type PoolSnapshot, type Reference } from './string-pool';

type Schema = z.ZodType;
type PathKey = string | number;
export type Path = PathKey[];

/** The part of zod's internal definition this file reads; zod 4 keeps every schema's constraints there. */
interface SchemaDef {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  format?: string;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  element?: Schema;
  keyType?: Schema;
  valueType?: Schema;
  innerType?: Schema;
  options?: Schema[];
  entries?: Record<string, string | number>;
  values?: unknown[];
}

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

const defOf = (schema: Schema): SchemaDef => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

function unsupported(schema: Schema, what: string): never {
  throw new Error(`contract-arbitraries: no arbitrary for ${what} (zod type '${defOf(schema).type}'); teach this file about it`);
}

/** A string that may name something in the live journal: the `index`th pool string this leaf accepts. */
export class PoolPick {
  constructor(
    readonly schema: Schema,
    readonly reference: Reference,
    readonly index: number,
    /** Used when no pool string fits, and whenever the call is resolved without a pool. */
    readonly fallback: string,
  ) {}

  [fc.toStringMethod](): string {
    return `pool[${this.index}] ?? ${JSON.stringify(this.fallback)}`;
  }
}

/** A value built only when the call is made; its label stands in for it in counterexamples. */
export class Lazy {
  constructor(
    readonly label: string,
    readonly make: () => unknown,
  ) {}

  [fc.toStringMethod](): string {
    return `<${this.label}>`;
  }
}

interface Bounds {
  min: number;
  max: number;
}

function lengthBounds(schema: Schema): Bounds {
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  for (const { _zod } of defOf(schema).checks ?? []) {
    const check = _zod.def;
    if (check.check === 'min_length') min = Math.max(min, check.minimum ?? 0);
    else if (check.check === 'max_length') max = Math.min(max, check.maximum ?? max);
    else if (check.check === 'length_equals') unsupported(schema, 'an exact length');
  }
  return { min, max };
}

interface NumberRules extends Bounds {
  integer: boolean;
}

function numberRules(schema: Schema): NumberRules {
  const rules: NumberRules = { min: Number.NEGATIVE_INFINITY, max: Number.POSITIVE_INFINITY, integer: false };
  for (const { _zod } of defOf(schema).checks ?? []) {
    const check = _zod.def;
    if (check.check === 'number_format') rules.integer = check.format === 'safeint' || check.format === 'int32';
    else if (check.check === 'greater_than') rules.min = check.value ?? rules.min;
    else if (check.check === 'less_than') rules.max = check.value ?? rules.max;
    else unsupported(schema, `the number check '${check.check}'`);
  }
  return rules;
}

/** The regex a string must match, if any; other string formats need an arbitrary of their own. */
function stringPattern(schema: Schema): RegExp | undefined {
  let pattern: RegExp | undefined;
  for (const { _zod } of defOf(schema).checks ?? []) {
    const check = _zod.def;
    if (check.check === 'string_format') {
      if (check.format !== 'regex' || !check.pattern) unsupported(schema, `the string format '${check.format}'`);
      pattern = check.pattern;
    } else if (!['min_length', 'max_length', 'overwrite', 'custom'].includes(check.check)) {
      unsupported(schema, `the string check '${check.check}'`);
    }
  }
  return pattern;
}

/** Optional, default and nullable wrappers peeled off: the schema that says what a present value looks like. */
export function coreOf(schema: Schema): Schema {
  const def = defOf(schema);
  return ['optional', 'default', 'nullable', 'prefault', 'readonly'].includes(def.type) && def.innerType ? coreOf(def.innerType) : schema;
}

/** Optional and default wrappers peeled off: what a field holds when its key is there. */
function presentOf(schema: Schema): Schema {
  const def = defOf(schema);
  return (def.type === 'optional' || def.type === 'default') && def.innerType ? presentOf(def.innerType) : schema;
}

export const accepts = (schema: Schema, value: unknown): boolean => schema.safeParse(value).success;

/** Rejections in a row after which a filter is taken to be hopeless. */
const HOPELESS = 100_000;

/**
 * `arbitrary` filtered through `schema` (`payloadOf` turns a value into what the schema sees). fast-check retries a
 * filter without end, so a rule that random values almost never meet (an e-mail address, a shortcut with a modifier)
 * would hang the run without a word; it fails loudly instead.
 */
function acceptedBy<T>(schema: Schema, arbitrary: fc.Arbitrary<T>, payloadOf: (value: T) => unknown = (value) => value): fc.Arbitrary<T> {
  let rejectedInARow = 0;
  return arbitrary.filter((value) => {
    if (accepts(schema, payloadOf(value))) {
      rejectedInARow = 0;
      return true;
    }
    rejectedInARow += 1;
    if (rejectedInARow >= HOPELESS) {
      throw new Error(`contract-arbitraries: ${HOPELESS} values in a row refused by a schema; give it a hand-written arbitrary (handWritten)`);
    }
    return false;
  });
}

/** Electron's modifier names, as `quickLogShortcutSchema` knows them; Shift alone is not enough. */
const modifiers = ['CommandOrControl', 'CmdOrCtrl', 'Command', 'Cmd', 'Control', 'Ctrl', 'Alt', 'Option', 'AltGr', 'Super', 'Meta'];

/**
 * Arbitraries for strings whose rule is a refinement no random string meets by chance. They stay filtered through
 * the schema, so a rule that tightens shows up as a failure rather than as payloads the contract refuses.
 */
const handWritten = new Map<Schema, fc.Arbitrary<string>>([
  [
    emailSchema,
    fc.oneof(
      fc.emailAddress(),
      // Letters of other scripts in both parts, and spaces around that the schema trims.
      fc
        .tuple(
          fc.constantFrom('zoë', 'jürgen.müller', '李.雷', 'ørsted+news', "o'neil", 'a'),
          fc.constantFrom('müller.de', '例え.jp', 'example.test', 'x-1.co'),
          fc.constantFrom('', ' ', '\t'),
        )
        .map(([local, domain, space]) => `${space}${local}@${domain}${space}`),
    ),
  ],
  [
    ownDomainSchema,
    fc
      .tuple(fc.constantFrom('firma', 'müller-bau', 'x1', 'vertrieb.firma-gruppe'), fc.constantFrom('de', 'com', 'example'), fc.constantFrom('', ' ', '@'))
      .map(([name, top, prefix]) => `${prefix}${name}.${top}`.toUpperCase()),
  ],
  [
    quickLogShortcutSchema,
    fc
      .tuple(fc.uniqueArray(fc.constantFrom(...modifiers), { minLength: 1, maxLength: 3 }), fc.boolean(), fc.stringMatching(/^(?:[A-Z0-9]|F\d{1,2}|Space|Tab|Plus|\w{1,12})$/))
      .map(([chosen, shift, key]) => [...chosen, ...(shift ? ['Shift'] : []), key].join('+')),
  ],
]);

/** For the hand-written rules: values one step from valid, which the schema must refuse (a test says it does). */
export const nearMisses = new Map<Schema, string[]>([
  [emailSchema, ['sabine@', '@example.test', 'sabine@example', 'sabine@@example.test', 'sa?bine@example.test', 'a b@example.test', 'sabine@example.1', `${'x'.repeat(65)}@example.test`]],
  [ownDomainSchema, ['firma', 'firma.', '.de', 'firma..de', 'fir ma.de', '-firma.de', 'firma.123', 'firma.de/x']],
  [quickLogShortcutSchema, ['E', 'Shift+E', 'Alt+Shift', 'Alt+', '+E', 'Alt++E', 'Ctrl-E', 'Alt+E+F', 'Hyper+E']],
]);

/** Free text stays short in most cases, so thousands of calls stay cheap; the mutations below push the limits. */
const TYPICAL_TEXT = 24;
/** Longer valid text, up to this many characters (limits beyond are the mutations' job). */
const LONG_TEXT = 20_000;

function freshString(schema: Schema): fc.Arbitrary<string> {
  const handMade = handWritten.get(schema);
  if (handMade) return acceptedBy(schema, handMade);
  const def = defOf(schema);
  if (def.format === 'datetime') {
    return fc
      .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true })
      .map((date) => date.toISOString());
  }
  if (def.format !== undefined && def.format !== 'regex') unsupported(schema, `the string format '${def.format}'`);
  const { min, max } = lengthBounds(schema);
  const pattern = stringPattern(schema);
  // A regex cannot say which days a month has, so patterned strings are filtered through the schema's refinements.
  if (pattern) return acceptedBy(schema, fc.stringMatching(pattern));
  const typical = Math.max(min, Math.min(max, TYPICAL_TEXT));
  const long = Math.max(min, Math.min(max, LONG_TEXT));
  return acceptedBy(
    schema,
    fc.oneof(
      { weight: 6, arbitrary: fc.string({ unit: 'grapheme', minLength: min, maxLength: typical }) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: min, maxLength: typical }) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }), fc.integer({ min, max: long }))
          .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length)),
      },
    ),
  );
}

/** Where a value sits: its channel and the name of the field that holds it, which may say what it refers to. */
interface Place {
  channel: string;
  key: string;
}

/** Arbitraries for a valid payload of `schema`. Throws for a construct it does not know. */
export function validTemplate(schema: Schema, place: Place = { channel: '', key: '' }): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
      return fc.option(validTemplate(def.innerType!, place), { nil: undefined, freq: 4 });
    case 'nullable':
      return fc.option(validTemplate(def.innerType!, place), { nil: null, freq: 4 });
    case 'string': {
      const fresh = freshString(schema);
      const reference = referenceOf(place.channel, place.key);
      // A field that names a record mostly names one that exists; free text now and then repeats what is there.
      const namesRecord = 'names' in reference;
      return fc.oneof(
        { weight: namesRecord ? 1 : 2, arbitrary: fresh },
        { weight: namesRecord ? 5 : 1, arbitrary: fc.tuple(fc.noBias(fc.nat()), fresh).map(([index, fallback]) => new PoolPick(schema, reference, index, fallback)) },
      );
    }
    case 'number': {
      const { min, max, integer } = numberRules(schema);
      const arbitrary = integer
        ? fc.integer({ min: Math.max(min, Number.MIN_SAFE_INTEGER), max: Math.min(max, Number.MAX_SAFE_INTEGER) })
        : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
      return acceptedBy(schema, arbitrary);
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries!));
    case 'literal':
      return fc.constantFrom(...def.values!);
    case 'array': {
      const { min, max } = lengthBounds(schema);
      return fc.array(validTemplate(def.element!, place), { minLength: min, maxLength: Math.max(min, Math.min(max, 4)) });
    }
    case 'record': {
      // Keys are plain strings: a key cannot name a record of the journal in any record the contract has.
      return fc.dictionary(freshString(def.keyType!), validTemplate(def.valueType!, place), { maxKeys: 4, noNullPrototype: true });
    }
    case 'union':
      return fc.oneof(...def.options!.map((option) => validTemplate(option, place)));
    case 'object': {
      const shape = def.shape!;
      const requiredKeys = Object.keys(shape).filter((key) => !accepts(shape[key]!, undefined));
      // A key left out stands for an optional field; a present one holds a value (or null, where that is allowed).
      const fields = Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, validTemplate(presentOf(field), { ...place, key })]));
      const object = fc.record(fields, { requiredKeys, noNullPrototype: true });
      // Refinements across fields (an event ends after it starts) are kept by filtering.
      return (def.checks?.length ?? 0) > 0 ? acceptedBy(schema, object, (value) => resolveTemplate(value, undefined)) : object;
    }
    default:
      return unsupported(schema, 'a payload');
  }
}

/** The schema at `path` inside `schema`, wrappers included: what the value found there must satisfy. */
export function schemaAt(schema: Schema, path: Path): Schema {
  let current = schema;
  for (const key of path) {
    const def = defOf(coreOf(current));
    if (def.type === 'object') current = def.shape![key as string] ?? def.catchall ?? unsupported(current, `the key ${String(key)}`);
    else if (def.type === 'array') current = def.element!;
    else if (def.type === 'record') current = def.valueType!;
    else unsupported(current, 'a path step');
  }
  return current;
}

/** Every place in a template a mutation can hit: the root, each present field, element and record value. */
export function sitesOf(template: unknown, schema: Schema, path: Path = []): Path[] {
  const sites: Path[] = [path];
  if (template instanceof PoolPick || template instanceof Lazy || template === null || typeof template !== 'object') return sites;
  const def = defOf(coreOf(schema));
  if (def.type === 'object' || def.type === 'record') {
    for (const key of Object.keys(template)) {
      const field = def.type === 'object' ? def.shape![key] : def.valueType;
      if (field) sites.push(...sitesOf(ownValue(template, key), field, [...path, key]));
    }
  } else if (def.type === 'array' && Array.isArray(template)) {
    template.forEach((element, index) => sites.push(...sitesOf(element, def.element!, [...path, index])));
  }
  return sites;
}

/** One change to an otherwise valid payload. */
export type Change =
  | { kind: 'replace'; path: Path; value: unknown }
  | { kind: 'addKey'; path: Path; key: string; value: unknown }
  | { kind: 'dropKey'; path: Path; key: string };

const repeated = (length: number, unit = 'x') => new Lazy(`${length} × ${JSON.stringify(unit)}`, () => unit.repeat(length));

/** Strings a careless parser, exporter or terminal would trip over; all within any limit of the contract. */
const awkwardText = [
  '',
  ' ',
  '\t\n ',
  '\u0000',
  'a\u0000b',
  '\u001b[31mred\u001b[0m',
  'line one\r\nline two',
  'END:VCARD\r\nBEGIN:VCARD',
  'a;b:c,d\\e',
  '=HYPERLINK("https://evil.test")',
  '\u202eevil\u202c',
  '\u200b',
  '\ud800',
  '\udfff\ud800',
  'Zoë Ünal-Ørsted',
  '👩‍👩‍👧‍👦',
  'ﬁ',
  '../../etc/passwd',
  '<img src=x onerror=alert(1)>',
  '%00%0d%0a',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
];

/** Keys that mean something to a JavaScript object, plus one that means something only to a careless service. */
const awkwardKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'isAdmin', ''];

const prototypeBait = () => ({ polluted: 'yes' });

/** Values a transport could carry that no schema in the contract should take for anything but itself. */
const strangerValues: unknown[] = [null, undefined, true, false, 0, -0, 1, -1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '', 'text', [], {}];

function nestedLabel(depth: number, kind: 'object' | 'array') {
  return new Lazy(`${kind} nested ${depth} deep`, () => {
    let value: unknown = 'bottom';
    for (let level = 0; level < depth; level += 1) value = kind === 'object' ? { a: value } : [value];
    return value;
  });
}

/** Whole-value replacements meant to break a parser or a service: huge, deep, exotic or shaped to pollute prototypes. */
export const hostileValues: unknown[] = [
  ...strangerValues,
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_VALUE,
  repeated(1_000_000),
  repeated(100_000, '\u0000'),
  repeated(50_000, '😀'),
  nestedLabel(2_000, 'object'),
  nestedLabel(2_000, 'array'),
  new Lazy('object with 10,000 keys', () => Object.fromEntries(Array.from({ length: 10_000 }, (_, index) => [`k${index}`, index]))),
  new Lazy('array of 100,000 zeros', () => new Array<number>(100_000).fill(0)),
  new Lazy('sparse array', () => {
    const sparse: unknown[] = [];
    sparse[2] = 'x';
    return sparse;
  }),
  new Lazy('JSON {"__proto__":{"polluted":"yes"}}', () => JSON.parse('{"__proto__":{"polluted":"yes"}}')),
  new Lazy('{constructor:{prototype:{polluted}}}', () => ({ constructor: { prototype: prototypeBait() } })),
  new Lazy('Date(0)', () => new Date(0)),
  new Lazy('10n', () => 10n),
  new Lazy('Map', () => new Map([['id', 'x']])),
  new Lazy('Set', () => new Set(['x'])),
  new Lazy('Uint8Array(8)', () => new Uint8Array(8)),
  new Lazy('RegExp', () => /x/g),
];

/** Changes near a valid payload at one site: one field off by type, length, range, key or spelling. */
function nearChanges(channel: string, template: unknown, schema: Schema, path: Path): fc.Arbitrary<Change>[] {
  const siteSchema = schemaAt(schema, path);
  const core = coreOf(siteSchema);
  const def = defOf(core);
  const value = valueAt(template, path);
  const replace = (values: unknown[]): fc.Arbitrary<Change> => fc.constantFrom(...values).map((v) => ({ kind: 'replace', path, value: v }));
  const changes: fc.Arbitrary<Change>[] = [replace(strangerValues)];

  switch (def.type) {
    case 'string': {
      const { min, max } = lengthBounds(core);
      const lengths = [max + 1, max, min - 1, min].filter((length) => length >= 0 && Number.isFinite(length));
      changes.push(replace([...lengths.map((length) => repeated(length)), ...awkwardText, ...(nearMisses.get(core) ?? []), 42]));
      changes.push(fc.string({ unit: 'binary', maxLength: 40 }).map((text) => ({ kind: 'replace', path, value: text })));
      // The right shape with the wrong content: a regex cannot say that February has no 30th.
      const pattern = stringPattern(core);
      if (pattern) changes.push(fc.stringMatching(pattern).map((text) => ({ kind: 'replace', path, value: text })));
      break;
    }
    case 'number': {
      const { min, max, integer } = numberRules(core);
      const limits = [min, max].filter(Number.isFinite);
      changes.push(
        replace([
          ...limits,
          ...limits.map((limit) => (limit === min ? limit - 1 : limit + 1)),
          ...(integer ? [(Number.isFinite(min) ? min : 0) + 0.5] : []),
          Number.MAX_SAFE_INTEGER + 2,
          String(Number.isFinite(min) ? min : 1),
        ]),
      );
      break;
    }
    case 'boolean':
      changes.push(replace(['true', 'false', 1, 0]));
      break;
    case 'enum':
    case 'literal': {
      const allowed = def.type === 'enum' ? Object.values(def.entries!) : def.values!;
      changes.push(
        replace(
          allowed.flatMap((option) => [
            String(option).toUpperCase(),
            ` ${String(option)}`,
            `${String(option)}\u0000`,
            ...(typeof option === 'number' ? [String(option), option + 1] : []),
          ]),
        ),
      );
      break;
    }
    case 'array': {
      const { min, max } = lengthBounds(core);
      const element = validTemplate(def.element!, { channel, key: String(path[path.length - 1] ?? '') });
      const counts = [max + 1, max, min - 1].filter((count) => count >= 0 && count <= 10_001);
      if (counts.length > 0) {
        changes.push(
          fc.tuple(fc.constantFrom(...counts), element).map(([count, item]) => ({ kind: 'replace', path, value: new Array<unknown>(count).fill(item) })),
        );
      }
      changes.push(replace([{ 0: 'x', length: 1 }, 'a,b']));
      break;
    }
    case 'object': {
      const keys = Object.keys(def.shape!);
      changes.push(
        fc.tuple(fc.constantFrom(...awkwardKeys), fc.constantFrom<unknown>(1, 'x', null, prototypeBait())).map(([key, extra]) => ({ kind: 'addKey', path, key, value: extra })),
      );
      const present = keys.filter((key) => value !== null && typeof value === 'object' && Object.hasOwn(value, key));
      if (present.length > 0) changes.push(fc.constantFrom(...present).map((key) => ({ kind: 'dropKey', path, key })));
      changes.push(fc.constant<Change>({ kind: 'replace', path, value: [value] }));
      break;
    }
    case 'record':
      changes.push(
        fc.tuple(fc.constantFrom('', 'x'.repeat(201), ...awkwardKeys), fc.constantFrom<unknown>(1, 0, 'x', prototypeBait())).map(([key, extra]) => ({ kind: 'addKey', path, key, value: extra })),
      );
      break;
    case 'union':
      break;
    default:
      unsupported(core, 'a near-valid change');
  }
  return changes;
}

export type Flavour = 'valid' | 'nearValid' | 'hostile';

export interface FuzzCall {
  channel: string;
  flavour: Flavour;
  template: unknown;
  change?: Change;
}

/** Valid, near-valid and hostile calls of one channel, in the proportions a session mixes them. */
export function callArbitrary(channel: string, schema: Schema, weights: Record<Flavour, number> = { valid: 5, nearValid: 3, hostile: 2 }): fc.Arbitrary<FuzzCall> {
  const valid = validTemplate(schema, { channel, key: '' });
  const sites = (template: unknown) => fc.constantFrom(...sitesOf(template, schema));
  const nearValid = valid.chain((template) =>
    sites(template)
      .chain((path) => fc.oneof(...nearChanges(channel, template, schema, path)))
      .map((change): FuzzCall => ({ channel, flavour: 'nearValid', template, change })),
  );
  const hostile = valid.chain((template) =>
    fc
      .tuple(fc.oneof(fc.constant<Path>([]), sites(template)), fc.constantFrom(...hostileValues))
      .map(([path, value]): FuzzCall => ({ channel, flavour: 'hostile', template, change: { kind: 'replace', path, value } })),
  );
  return fc.oneof(
    { weight: weights.valid, arbitrary: valid.map((template): FuzzCall => ({ channel, flavour: 'valid', template })) },
    { weight: weights.nearValid, arbitrary: nearValid },
    { weight: weights.hostile, arbitrary: hostile },
  );
}

/** Reads an own property, even one called `__proto__`. */
function ownValue(object: object, key: PathKey): unknown {
  return Object.getOwnPropertyDescriptor(object, key)?.value;
}

function setOwn(object: Record<string, unknown>, key: PathKey, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

function valueAt(template: unknown, path: Path): unknown {
  return path.reduce<unknown>((current, key) => (current !== null && typeof current === 'object' ? ownValue(current, key) : undefined), template);
}

/**
 * The concrete payload a template stands for: pool picks become the `index`th pool string their leaf accepts (or their
 * fallback), lazy values are built, and objects are rebuilt as the plain objects a transport delivers.
 */
export function resolveTemplate(template: unknown, pool: PoolSnapshot | undefined): unknown {
  if (template instanceof PoolPick) return pool?.pick(template.schema, template.reference, template.index) ?? template.fallback;
  if (template instanceof Lazy) return template.make();
  if (Array.isArray(template)) return template.map((element: unknown) => resolveTemplate(element, pool));
  if (template !== null && typeof template === 'object' && Object.getPrototypeOf(template) === Object.prototype) {
    const object: Record<string, unknown> = {};
    for (const key of Object.keys(template)) setOwn(object, key, resolveTemplate(ownValue(template, key), pool));
    return object;
  }
  return template;
}

/** `payload` with `change` made, leaving `payload` itself alone. */
export function applyChange(payload: unknown, change: Change, pool: PoolSnapshot | undefined): unknown {
  const edit = (current: unknown, depth: number): unknown => {
    if (depth < change.path.length) {
      const key = change.path[depth]!;
      if (current === null || typeof current !== 'object') return current;
      const copy = Array.isArray(current) ? [...current] : { ...current };
      setOwn(copy as Record<string, unknown>, key, edit(ownValue(current, key), depth + 1));
      return copy;
    }
    if (change.kind === 'replace') return resolveTemplate(change.value, pool);
    // A key added where an optional object was left out makes that object, holding just the key.
    const object = current === undefined && change.kind === 'addKey' ? {} : current;
    if (object === null || typeof object !== 'object' || Array.isArray(object)) return object;
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(object)) if (change.kind === 'addKey' || key !== change.key) setOwn(copy, key, ownValue(object, key));
    if (change.kind === 'addKey') setOwn(copy, change.key, resolveTemplate(change.value, pool));
    return copy;
  };
  return edit(payload, 0);
}

/**
 * Where the contract must refuse a changed payload, if it must: the site whose schema refuses the new value, an extra
 * key on a strict object, a required key removed. Undefined when the change may well be valid (a string at its limit).
 */
export function refusedAt(schema: Schema, change: Change, payload: unknown): string | undefined {
  const site = schemaAt(schema, change.path);
  const where = change.path.join('.');
  if (change.kind === 'replace') return accepts(site, valueAt(payload, change.path)) ? undefined : where;
  const def = defOf(coreOf(site));
  if (def.type === 'object') {
    const field = def.shape![change.key];
    if (change.kind === 'dropKey') return field && !accepts(field, undefined) ? [...change.path, change.key].join('.') : undefined;
    return !field && defOf(def.catchall ?? site).type === 'never' ? where : undefined;
  }
  if (def.type === 'record' && change.kind === 'addKey') return accepts(def.keyType!, change.key) && accepts(def.valueType!, valueAt(payload, [...change.path, change.key])) ? undefined : where;
  return undefined;
}
