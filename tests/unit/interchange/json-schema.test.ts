// schemas/inventory.schema.json is generated from the Zod schema (scripts/gen-json-schema.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inventoryJsonSchema, renderInventoryJsonSchema } from '../../../lib/interchange/json-schema';

const ROOT = path.resolve(__dirname, '../../..');

describe('inventory JSON Schema', () => {
  it('the committed file equals the generated output (run npx tsx scripts/gen-json-schema.ts)', () => {
    expect(readFileSync(path.join(ROOT, 'schemas/inventory.schema.json'), 'utf8')).toBe(renderInventoryJsonSchema());
  });

  it('describes the interchange format', () => {
    const schema = inventoryJsonSchema() as {
      $schema: string;
      $ref: string;
      $defs: Record<string, { required?: string[]; properties: Record<string, { enum?: string[]; pattern?: string }> }>;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$ref).toBe('#/$defs/Inventory');
    expect(schema.$defs.Inventory!.required).toEqual(['version']);
    expect(schema.$defs.Application!.required).toEqual(['name', 'integration', 'mfaMandate', 'criticality', 'configuredFailmode']);
    expect(schema.$defs.Application!.properties.integration!.enum).toContain('auth-proxy-radius');
    expect(schema.$defs.Group!.properties.name!.pattern).toBe('^[^;]*$');
  });
});
