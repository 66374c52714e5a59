namespace Portal.Diagnostics;

/// <summary>How serious a diagnostic is. Only errors fail a build.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}
