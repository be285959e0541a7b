// A Stryker reporter that writes each mutant's result as it comes (reports/mutation/NAME.partial.jsonl, one JSON
// object a line), so a run that is stopped — it does not fit the time left, the machine is needed — keeps what it
// measured. Stryker's own JSON and HTML reports are written only at the end of a run. Read it with
// `node test/mutation/survivors.mjs reports/mutation/NAME.partial.jsonl`.
import fs from 'node:fs';
import path from 'node:path';
import { PluginKind, declareClassPlugin } from '@stryker-mutator/api/plugin';

export class PartialReporter {
  static inject = [];

  constructor(file = `reports/mutation/${process.env.HUIBAO_MUTATE_NAME || 'mutation'}.partial.jsonl`) {
    this.file = file;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '');
  }

  onMutantTested(r) {
    const { fileName, id, mutatorName, replacement, location, status, statusReason, killedBy, coveredBy } = r;
    fs.appendFileSync(this.file, `${JSON.stringify({ fileName, id, mutatorName, replacement, location, status, statusReason, killedBy, coveredBy })}\n`);
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'huibao-partial', PartialReporter)];
