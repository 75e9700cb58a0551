// The extension's settings as the server's initializationOptions (see docs/language-server.md).

export interface FactLintSettings {
  severity?: Record<string, string>;
  namesThreshold?: number | null;
  codeLens?: boolean;
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);

export function toServerOptions(settings: FactLintSettings, trusted: boolean): { factlint: Record<string, unknown> } {
  if (!trusted) {
    // Restricted Mode: no workspace-chosen behaviour at all; the server reads factlint.yaml only.
    return { factlint: {} };
  }

  const severity: Record<string, string> = {};
  for (const [id, value] of Object.entries(settings.severity ?? {})) {
    if (/^FL\d{4}$/.test(id) && SEVERITIES.has(value)) {
      severity[id] = value;
    }
  }

  // claimGroupView: this client has the "Show Claim Group" view, so code lenses may open it.
  const options: Record<string, unknown> = { severity, codeLens: settings.codeLens === true, claimGroupView: true };
  if (typeof settings.namesThreshold === 'number' && settings.namesThreshold > 0 && settings.namesThreshold <= 1) {
    options.names = { threshold: settings.namesThreshold };
  }

  return { factlint: options };
}
