using System.Text;

namespace Portal.Scaffold;

/// <summary>Writes a YAML scalar as plainly as the editor guide does, quoting only when YAML would misread it.</summary>
public static class Yaml
{
    private const string Indicators = "-?:,[]{}#&*!|>'\"%@`";

    public static string Scalar(string value)
    {
        var plain = value.Length > 0
            && value.Trim() == value
            && !Indicators.Contains(value[0])
            && !value.Contains(": ", StringComparison.Ordinal)
            && !value.Contains(" #", StringComparison.Ordinal)
            && !value.EndsWith(':')
            && !value.Any(char.IsControl)
            && value is not ("true" or "false" or "null" or "yes" or "no" or "~")
            && !double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _);
        return plain ? value : Quote(value);
    }

    private static string Quote(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}
