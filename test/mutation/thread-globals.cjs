// Preloaded (NODE_OPTIONS --require, set by stryker.config.mjs) into every process and thread of a Stryker run.
// src/render/zip.ts's deflate workers run makeDeflater from its source text (new Worker(source, { eval: true })).
// Instrumented by Stryker, that text calls the helpers Stryker declares at the top of each mutated file
// (stryMutAct_9fa48, stryCov_9fa48); a worker thread never loaded that file, so they were undefined there: the
// worker died of a ReferenceError before saying ready, the pool — as designed — left all work to the main thread,
// and zip.test.ts's "the worker threads did part of the work" failed in Stryker's initial run.
// Here a thread that has no such helpers of its own runs the original code (no mutant active, nothing counted).
// In a mutated module its own declarations shadow these globals, so the thread running the tests is unaffected.
globalThis.stryMutAct_9fa48 ??= () => false;
globalThis.stryCov_9fa48 ??= () => undefined;
