import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_REPORTED_ISSUES,
  exchangeFileV1Schema,
  parseExchangeFile,
  type ParseResult,
} from '../../../src-shared/exchange';
import { fixtureJson, fixtureText } from './helpers';
import { propertySettings } from '../property-settings';

/**
 * parseExchangeFile on anything a partner might send: it never throws, and it answers either
 * with a valid file or with a non-empty list of Dutch issues about that file.
 */

const NAME = 'partner.json';
const PROPERTY = propertySettings(300);
const RUNS = PROPERTY.numRuns;
const TIMEOUT = 60_000;

const VALID = [
  'stichting-de-linde-2019-records.json',
  'stichting-de-linde-2019-records-newer.json',
  'stichting-de-linde-2019-counts.json',
  'zorggroep-oost-2019-counts.json',
] as const;

/** English defaults of zod: with the app's own messages these never reach a coach. */
const ENGLISH = /Invalid input|Invalid option|Too (big|small)|Unrecognized key|Required\b/;

function prototypeState(): [string, unknown][] {
  const proto = Object.prototype as unknown as Record<string, unknown>;
  return Object.getOwnPropertyNames(Object.prototype)
    .filter((name) => name !== '__proto__')
    .map((name) => [name, proto[name]]);
}
const prototypeBefore = prototypeState();

function parse(text: string): ParseResult {
  let result: ParseResult | undefined;
  expect(() => {
    result = parseExchangeFile(NAME, text, Buffer.byteLength(text, 'utf8'));
  }).not.toThrow();
  if (result === undefined) throw new Error('no result');
  return result;
}

/** The answer is well formed: a valid file, or Dutch issues that name the file. */
function checkAnswer(result: ParseResult): void {
  if (result.ok) {
    // What passes is a file of the format, rules included.
    expect(exchangeFileV1Schema.safeParse(result.file).success).toBe(true);
    for (const warning of result.warnings) {
      expect(warning.file).toBe(NAME);
      expect(warning.message).toMatch(/^In bestand "partner\.json"/);
    }
    // Reading what was read gives the same file.
    const again = parse(JSON.stringify(result.file));
    expect(again.ok && again.file).toEqual(result.file);
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors.length).toBeLessThanOrEqual(MAX_REPORTED_ISSUES + 1);
    for (const issue of result.errors) {
      expect(issue.file).toBe(NAME);
      expect(issue.message).toMatch(
        /^(Bestand "partner\.json" |In bestand "partner\.json"|En nog )/,
      );
      expect(issue.message).toMatch(/\.$/);
      expect(issue.message).not.toMatch(ENGLISH);
    }
  }
  expect(prototypeState()).toEqual(prototypeBefore);
}

const check = (text: string) => checkAnswer(parse(text));

describe('parseExchangeFile never throws', () => {
  it(
    'on arbitrary strings',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string(),
            fc.string({ unit: 'binary', maxLength: 200 }),
            fc.json(),
            // Text that starts like an exchange file and then goes anywhere.
            fc.string().map((tail) => `{"format":"wep-regional-export","version":1,${tail}`),
          ),
          check,
        ),
        PROPERTY,
      );
    },
    TIMEOUT,
  );

  it(
    'on arbitrary JSON values',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.jsonValue(),
            fc.anything({ withNullPrototype: true, withObjectString: true }),
            // Objects with the header right, so the checks behind it run too.
            fc
              .dictionary(fc.string(), fc.jsonValue())
              .map((rest) => ({ ...rest, format: 'wep-regional-export', version: 1 })),
          ),
          (value) => {
            const text = JSON.stringify(value);
            fc.pre(typeof text === 'string');
            check(text);
          },
        ),
        PROPERTY,
      );
    },
    TIMEOUT,
  );

  const nasty = fc.constantFrom<unknown>(
    null,
    undefined,
    -1,
    1.5,
    0,
    2,
    '',
    ' ',
    '2019-02-30',
    '19-01-01',
    '2019-12-31',
    'onbekend',
    '__proto__',
    [],
    {},
    true,
    1e308,
    'x'.repeat(200),
  );
  const mutation = fc.record({
    path: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
    key: fc.option(fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'ref'), {
      freq: 4,
    }),
    value: fc.oneof(nasty, fc.jsonValue({ maxDepth: 2 })),
  });

  /** Walks `path` (each step picks a child by index), then sets, adds or deletes there. */
  function mutate(root: unknown, path: readonly number[], key: string | null, value: unknown) {
    let node = root;
    for (const step of path.slice(0, -1)) {
      if (node === null || typeof node !== 'object') break;
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const next = (node as Record<string, unknown>)[keys[step % keys.length] as string];
      if (next === null || typeof next !== 'object') break;
      node = next;
    }
    if (node === null || typeof node !== 'object') return;
    const target = node as Record<string, unknown>;
    const keys = Object.keys(target);
    const last = path[path.length - 1] ?? 0;
    const name = key ?? keys[last % Math.max(keys.length, 1)] ?? 'extra';
    if (value === undefined) {
      delete target[name];
    } else {
      // Own and enumerable, also for `__proto__`, so JSON.stringify writes it.
      Object.defineProperty(target, name, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }

  it(
    'on valid files with random parts changed',
    () => {
      let refused = 0;
      fc.assert(
        fc.property(
          fc.constantFrom(...VALID),
          fc.array(mutation, { minLength: 1, maxLength: 4 }),
          (fixture, mutations) => {
            const file: unknown = fixtureJson(fixture);
            // A fresh copy per insertion: the constants above are shared between runs, and a later
            // mutation must not write into (or make a cycle through) an object inserted earlier.
            for (const m of mutations) mutate(file, m.path, m.key, structuredClone(m.value));
            const result = parse(JSON.stringify(file));
            if (!result.ok) refused++;
            checkAnswer(result);
          },
        ),
        PROPERTY,
      );
      // The mutations do reach the rules: about 45 % of the changed files are refused (the bound
      // is four standard deviations below that at 300 cases).
      expect(refused).toBeGreaterThan(RUNS / 3);
    },
    TIMEOUT,
  );

  it('and the unchanged fixtures are valid (the base of the mutations)', () => {
    for (const name of VALID) {
      const result = parse(fixtureText(name));
      expect(result.ok, name).toBe(true);
      checkAnswer(result);
    }
  });
});
