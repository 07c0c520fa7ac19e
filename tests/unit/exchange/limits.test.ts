import { describe, expect, it } from 'vitest';
import { errorsOf, expectIssue, messages, parseJson } from './helpers';
import { exchangeJsonSchema, schemaAccepts } from './json-schema-validator';
import { filesAtTheLimits, limitCases } from './limit-cases';

/**
 * The limits of DOMAIN.md that no exporter reaches (pseudonyms, name lengths, dates 1900–2100,
 * achieved ≤ total): the validator refuses each with one Dutch message naming file, record and
 * field that never repeats the value, and the JSON Schema partners get refuses the same files.
 */

const NAME = 'partner.json';
/** A 20 MB name takes a few seconds on a busy machine. */
const TIMEOUT = 30_000;

describe('the limits of the exchange format', () => {
  it.each(limitCases.map((c) => [c.name, c] as const))(
    'the validator refuses %s, naming the place, never the value',
    (_name, limitCase) => {
      const { file, record, field, text, hidden } = limitCase.build();
      const errors = errorsOf(parseJson(NAME, file));
      expect(errors, messages(errors).join('\n')).toHaveLength(1);
      const issue = expectIssue(errors, NAME, record, field);
      expect(issue.message).toContain(text);
      if (hidden !== null) expect(issue.message).not.toContain(hidden);
    },
    TIMEOUT,
  );

  it.each(limitCases.filter((c) => c.inSchema).map((c) => [c.name, c] as const))(
    'the JSON Schema refuses %s too',
    (_name, limitCase) => {
      expect(schemaAccepts(limitCase.build().file)).toBe(false);
    },
    TIMEOUT,
  );

  it('leaves only achieved ≤ total to the importer, and says so in the schema', () => {
    // JSON Schema cannot compare two fields; the schema names the rule for the importer.
    const achieved = limitCases.filter((c) => !c.inSchema);
    expect(achieved.map((c) => c.name)).toEqual(['meer leerdoelen behaald dan er zijn']);
    expect((exchangeJsonSchema as { description: string }).description).toContain(
      'learningGoals.achieved niet groter dan learningGoals.total',
    );
  });

  it('accepts every value just inside the limits, in the validator and in the schema', () => {
    for (const file of filesAtTheLimits()) {
      const result = parseJson(NAME, file);
      expect(result.ok, result.ok ? '' : messages(result.errors).join('\n')).toBe(true);
      expect(schemaAccepts(file)).toBe(true);
    }
  });
});
