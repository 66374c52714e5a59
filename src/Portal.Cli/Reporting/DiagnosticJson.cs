using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Diagnostics;

namespace Portal.Cli.Reporting;

/// <summary><c>portal check --format json</c>: the report as one JSON document on stdout, for editors' tools and scripts.</summary>
public static class DiagnosticJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,

        // Keep Chinese readable; the output is a file or a pipe, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Render(BuildReport report) => JsonSerializer.Serialize(new Document(
        report.Succeeded,
        report.Errors,
        report.Warnings,
        report.Diagnostics.Count(d => d.Severity == Severity.Info),
        report.Diagnostics.Select(d => new Entry(
            d.Severity.ToString().ToLowerInvariant(),
            d.Code,
            d.Location.File,
            d.Location.Line > 0 ? d.Location.Line : null,
            d.Location.Column > 0 ? d.Location.Column : null,
            d.Message)).ToList()), Options) + "\n";

    private sealed record Document(bool Succeeded, int Errors, int Warnings, int Infos, IReadOnlyList<Entry> Diagnostics);

    /// <summary>One diagnostic; line and column are null when unknown.</summary>
    private sealed record Entry(
        string Severity,
        string Code,
        string File,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Line,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Column,
        string Message);
}
