namespace Netra.Infra.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
