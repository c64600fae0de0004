/**
 * Rule options are checked against the rule's `meta.optionsSchema`. Those schemas live in the
 * rules' code, so they cannot be precompiled with the config schema: they are compiled here,
 * on first use, only when a config gives options. Runs without options never load ajv's
 * compiler (about 30 ms of start-up).
 */
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';

interface Compiler {
  compile(schema: object): ValidateFunction;
}

let compiler: Compiler | undefined;
const compiled = new WeakMap<object, ValidateFunction>();

function loadCompiler(): Compiler {
  if (compiler) return compiler;
  // A literal require() is what esbuild bundles lazily (dist/ has no node_modules); under
  // plain Node ESM (tests, tsx) there is no require, so make one.
  const loaded = (
    typeof require === 'function' ? require('ajv/dist/2020.js') : createRequire(import.meta.url)('ajv/dist/2020.js')
  ) as { default?: unknown };
  const Ajv = (loaded.default ?? loaded) as new (options: object) => Compiler;
  compiler = new Ajv({ allErrors: true, strict: false, validateFormats: false, verbose: true });
  return compiler;
}

/** Errors of `options` against `schema` (empty when valid). Throws when the schema itself does not compile. */
export function checkOptions(schema: Record<string, unknown>, options: unknown): ErrorObject[] {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = loadCompiler().compile(schema);
    compiled.set(schema, validate);
  }
  return validate(options) ? [] : [...(validate.errors ?? [])];
}

/** Whether ajv's compiler has been loaded (for the start-up test). */
export function optionsCompilerLoaded(): boolean {
  return compiler !== undefined;
}
