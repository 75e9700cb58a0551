namespace FactLint.Reporting.Views;

public sealed record FindingView(string RuleId, string Severity, string Message, FileLine Where, string HelpUri);

public sealed record RuleCount(string RuleId, string Name, string Severity, int Count, string HelpUri);
