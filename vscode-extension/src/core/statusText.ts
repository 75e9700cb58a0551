// The status-bar item: how many FactLint findings the workspace has, by severity.

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function statusText(counts: Counts, running: boolean): { text: string; tooltip: string } {
  if (!running) {
    return { text: '$(circle-slash) FactLint', tooltip: 'The FactLint server is not running. Click to see its output.' };
  }

  const total = counts.errors + counts.warnings + counts.infos;
  if (total === 0) {
    return { text: '$(check) FactLint', tooltip: 'FactLint: no findings in the workspace. Click to open the Problems view.' };
  }

  const parts = [];
  if (counts.errors > 0) {
    parts.push(`$(error) ${counts.errors}`);
  }
  if (counts.warnings > 0) {
    parts.push(`$(warning) ${counts.warnings}`);
  }
  if (counts.infos > 0) {
    parts.push(`$(info) ${counts.infos}`);
  }

  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return {
    text: `FactLint ${parts.join(' ')}`,
    tooltip: `FactLint: ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.infos, 'note')} in the workspace. Click to open the Problems view.`,
  };
}
