namespace Portal.Diagnostics;

/// <summary>One problem found by a stage, as data: where, how bad, which code, and a Chinese message.</summary>
public sealed record Diagnostic(Severity Severity, string Code, SourceSpan Location, string Message)
{
    public static string SeverityLabel(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    /// <summary>The compiler-style line editors and CI annotations read: <c>file:line:col: 错误 PORTAL007: …</c>.</summary>
    public override string ToString() => $"{Location}: {SeverityLabel(Severity)} {Code}: {Message}";
}
