using System.Text;

namespace Portal.Kiosk.Install;

/// <summary>
/// Writes one word of a systemd command line (<c>ExecStart=</c> and friends) so systemd reads it back
/// unchanged: <c>%</c> doubled (it starts a specifier such as <c>%t</c>), <c>$</c> doubled (it starts an
/// environment variable) and, when the word has a space, a quote, a backslash or <c>;</c> (a command
/// separator on its own), in double quotes with <c>\</c> and <c>"</c> backslash-escaped. systemd ships no
/// library for this, and the rules are short (systemd.service(5), "Command lines"; systemd.unit(5), "Specifiers").
/// </summary>
public static class SystemdQuote
{
    public static string Word(string value)
    {
        if (value.Any(char.IsControl))
        {
            throw new ArgumentException("a systemd command-line word cannot hold a control character: " + value, nameof(value));
        }

        var plain = value.Length > 0 && !value.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'' or '\\' or ';');
        var quoted = new StringBuilder(plain ? "" : "\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '%' => "%%",
                '$' => "$$",
                _ => c.ToString(),
            });
        }

        return (plain ? quoted : quoted.Append('"')).ToString();
    }

    /// <summary>A whole command line of literal words.</summary>
    public static string Line(IEnumerable<string> words) => string.Join(' ', words.Select(Word));

    /// <summary>A value that is not a command line (<c>Description=</c>): only specifiers are special there.</summary>
    public static string Text(string value) => value.ReplaceLineEndings(" ").Replace("%", "%%", StringComparison.Ordinal);
}
