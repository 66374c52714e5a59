using Portal.Diagnostics;

namespace Portal.Cli.Reporting;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=…::message</c>): GitHub shows each
/// diagnostic on the pull request's diff at its line. Escaping follows the runner's rules: in the message
/// <c>%</c>, CR and LF; in properties also <c>:</c> and <c>,</c>.
/// </summary>
public static class GitHubAnnotations
{
    public static void Write(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var d in diagnostics)
        {
            writer.WriteLine(Format(d));
        }
    }

    public static string Format(Diagnostic d)
    {
        var command = d.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
        var properties = new List<string> { "file=" + EscapeProperty(d.Location.File) };
        if (d.Location.Line > 0)
        {
            properties.Add("line=" + d.Location.Line);
            if (d.Location.Column > 0)
            {
                properties.Add("col=" + d.Location.Column);
            }
        }

        properties.Add("title=" + EscapeProperty(d.Code));
        return $"::{command} {string.Join(',', properties)}::{EscapeData(d.Message)}";
    }

    public static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    public static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
