// Shapes of the import path: the uploaded files (web UI and POST /api/v1/import), the format choice
// and what the web UI applies of a preview.
import { z } from 'zod';
import { IMPORT_FORMATS, type ImportFormat } from '../parsers/common';
import { applicationNameSchema, criticalitySchema, dataClassSchema, mfaMandateSchema } from './inventory';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export const importFormatSchema = z.enum(['auto', ...IMPORT_FORMATS] as ['auto', ...ImportFormat[]], {
  error: `format must be one of auto, ${IMPORT_FORMATS.join(', ')}`,
});

/** The files of one import (or one log analysis) in the web UI. */
export const importFilesSchema = z.object({
  files: z
    .array(z.object({ file: z.string().trim().min(1).max(200), text: z.string().max(MAX_IMPORT_BYTES) }))
    .min(1, { error: 'Add at least one file or paste one' })
    .max(20, { error: 'At most 20 files at once' }),
  format: importFormatSchema.default('auto'),
});

/** Rename and level fields set per row in the preview (keyed by the name the file gives). */
export const importOverridesSchema = z
  .record(
    z.string().max(200),
    z.object({
      name: applicationNameSchema.optional(),
      mfaMandate: mfaMandateSchema.optional(),
      criticality: criticalitySchema.optional(),
      dataClasses: z.array(dataClassSchema).max(10).optional(),
    }),
  )
  .default({});

/** What the web UI applies of a preview. */
export const importSelectSchema = z.object({
  applications: z.array(z.string().max(200)).max(5000),
  groups: z.array(z.string().max(200)).max(5000),
  policy: z.boolean(),
  overrides: importOverridesSchema,
});
