import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { isIsoDate } from '../../../src-shared/exchange';

/** The JSON Schema partners get, compiled as a partner would (ajv, draft 2020-12). */
export const exchangeJsonSchema: unknown = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '../../../src-shared/exchange/wep-regional-export-v1.schema.json'),
    'utf8',
  ),
);

// Strict, so the schema also compiles for partners who use ajv's strictest settings.
const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
ajv.addFormat('date', { type: 'string', validate: isIsoDate });
ajv.addFormat('date-time', {
  type: 'string',
  validate: (s: string) => !Number.isNaN(Date.parse(s)),
});
export const schemaValidate = ajv.compile(exchangeJsonSchema as object);

/** Whether the JSON Schema accepts `value` as it would arrive in a file. */
export function schemaAccepts(value: unknown): boolean {
  return schemaValidate(JSON.parse(JSON.stringify(value)));
}
