using System.Text;

namespace Portal.Kiosk.Install;

/// <summary>
/// Quoting for Windows command lines. A program there receives one string and splits it itself, with the
/// Microsoft C runtime's rules (CommandLineToArgvW, which .NET follows too): words in double quotes,
/// backslashes literal except before a quote, where 2n backslashes and a quote mean n backslashes and the
/// end of the word. .NET has the same code (PasteArguments) but only inside ProcessStartInfo, not public.
/// </summary>
public static class WindowsQuote
{
    /// <summary>One word for a program's command line (a Task Scheduler <c>Arguments</c> element).</summary>
    public static string Word(string value)
    {
        if (value.Contains('"') || value.Any(char.IsControl))
        {
            throw new ArgumentException("a Windows path or argument cannot hold a double quote or control character: " + value, nameof(value));
        }

        return value.Length > 0 && !value.Any(c => c is ' ' or '\t') ? value : Quoted(value);
    }

    public static string Line(IEnumerable<string> words) => string.Join(' ', words.Select(Word));

    /// <summary>
    /// One word for a line of a .cmd file: always quoted (cmd then leaves <c>&amp; | &lt; &gt; ^ ( )</c>
    /// inside alone), and <c>%</c> doubled, because cmd expands <c>%NAME%</c> even inside quotes.
    /// </summary>
    public static string CmdWord(string value)
    {
        Word(value); // the same checks
        return Quoted(value).Replace("%", "%%", StringComparison.Ordinal);
    }

    public static string CmdLine(IEnumerable<string> words) => string.Join(' ', words.Select(CmdWord));

    /// <summary>Inside quotes only the backslashes right before the closing quote need doubling ("E:\\" is E:\).</summary>
    private static string Quoted(string value)
    {
        var trailing = value.Length - value.TrimEnd('\\').Length;
        return "\"" + value + new string('\\', trailing) + "\"";
    }
}
