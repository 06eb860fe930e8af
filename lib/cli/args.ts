// Shared argument reading of the CLIs in lib/cli: node:util parseArgs (as scripts/* use it), in its
// token mode so that each CLI keeps its own messages ("unknown option --x", "option --format needs a
// value", "--dry-run takes no value") and exit code 2. `--` ends the options; a lone `-` is a file.
import { parseArgs } from 'node:util';

export interface ReadArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Options are `--name` booleans or `--name VALUE` / `--name=VALUE` strings; `-h`/`--help` always exists. */
export function readArgs(
  argv: readonly string[],
  options: Record<string, 'string' | 'boolean'>,
): { ok: true; help: true } | { ok: false; message: string } | { ok: true; read: ReadArgs } {
  const config = Object.fromEntries(Object.entries(options).map(([name, type]) => [name, { type }]));
  const { tokens } = parseArgs({
    args: [...argv],
    options: { ...config, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const values: ReadArgs['values'] = {};
  const positionals: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'positional') positionals.push(t.value);
    if (t.kind !== 'option') continue;
    if (t.name === 'help') return { ok: true, help: true };
    const type = options[t.name];
    if (!type) return { ok: false, message: `unknown option ${t.rawName}` };
    if (type === 'boolean') {
      if (t.inlineValue) return { ok: false, message: `${t.rawName} takes no value` };
      values[t.name] = true;
    } else {
      if (t.value === undefined || t.value === '') return { ok: false, message: `option ${t.rawName} needs a value` };
      values[t.name] = t.value;
    }
  }
  return { ok: true, read: { values, positionals } };
}
