import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  exchangeValidatorCode,
  generatedValidatorPath,
} from '../../../src-main/dev/generate-exchange-validator';

describe('the generated validator', () => {
  it('is what the generator makes of the JSON Schema now (run the generator when this fails)', async () => {
    expect(readFileSync(generatedValidatorPath, 'utf8')).toBe(await exchangeValidatorCode());
  }, 60_000);
});
