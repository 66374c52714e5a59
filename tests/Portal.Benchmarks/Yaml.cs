using System.Globalization;

namespace Portal.Benchmarks;

/// <summary>
/// Writes YAML scalars. Every generated string is double-quoted so a title with a colon or a leading
/// symbol can never turn into a different YAML type; both the engine and Hugo read quoted strings.
/// </summary>
internal static class Yaml
{
    public static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Quote)) + "]";

    /// <summary>The engine's date format (site time zone implied): 2026-03-01 or 2026-03-01 09:30.</summary>
    public static string Date(DateTimeOffset date, bool withTime) =>
        date.ToString(withTime ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Hugo gets full RFC 3339 so its own time zone setting cannot shift a date across midnight.</summary>
    public static string Rfc3339(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
