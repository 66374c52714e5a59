using System.Text;

namespace Portal.Tests.Kiosk.Install;

/// <summary>
/// Reads generated command lines back the way their consumers do, to prove the quoting: systemd's
/// splitting of <c>ExecStart=</c> (quotes, C escapes, <c>%%</c>, <c>$$</c>) and the Microsoft C runtime's
/// splitting of a Windows command line (CommandLineToArgvW), which Task Scheduler and cmd pass on verbatim.
/// </summary>
public static class CommandLines
{
    /// <summary>The value of the first <c>Key=</c> line of a unit file.</summary>
    public static string Directive(string unit, string key) =>
        unit.Split('\n').First(l => l.StartsWith(key + "=", StringComparison.Ordinal))[(key.Length + 1)..];

    public static IReadOnlyList<string> Systemd(string line, string runtimeDir = "/run/user/1000")
    {
        var words = new List<string>();
        var word = new StringBuilder();
        bool inWord = false, quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '%')
            {
                var next = line[++i];
                word.Append(next switch { '%' => "%", 't' => runtimeDir, _ => throw new FormatException("unknown specifier %" + next) });
                inWord = true;
            }
            else if (c == '$')
            {
                Assert.Equal('$', line[++i]); // a single $ would be an environment variable
                word.Append('$');
                inWord = true;
            }
            else if (c == '\\')
            {
                var next = line[++i];
                word.Append(next switch { '\\' => '\\', '"' => '"', '\'' => '\'', 'n' => '\n', _ => throw new FormatException("unknown escape \\" + next) });
                inWord = true;
            }
            else if (c == '"')
            {
                quoted = !quoted;
                inWord = true;
            }
            else if (c == ' ' && !quoted)
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                }

                word.Clear();
                inWord = false;
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        Assert.False(quoted, "unbalanced quotes: " + line);
        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>CommandLineToArgvW's rules (the argument part; the program name is split the same way here).</summary>
    public static IReadOnlyList<string> Windows(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        bool inWord = false, quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\')
            {
                var run = 0;
                while (i < line.Length && line[i] == '\\')
                {
                    run++;
                    i++;
                }

                if (i < line.Length && line[i] == '"')
                {
                    word.Append('\\', run / 2);
                    if (run % 2 == 1)
                    {
                        word.Append('"');
                    }
                    else
                    {
                        quoted = !quoted;
                    }
                }
                else
                {
                    word.Append('\\', run);
                    i--;
                }

                inWord = true;
            }
            else if (c == '"')
            {
                quoted = !quoted;
                inWord = true;
            }
            else if (c is ' ' or '\t' && !quoted)
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                }

                word.Clear();
                inWord = false;
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>A .cmd line as the program it starts receives it: cmd turns <c>%%</c> into <c>%</c> and passes the rest on.</summary>
    public static IReadOnlyList<string> Cmd(string line) => Windows(line.Replace("%%", "%", StringComparison.Ordinal));
}
