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
        var words = new Words();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '%')
            {
                var next = line[++i];
                words.Append(next switch { '%' => "%", 't' => runtimeDir, _ => throw new FormatException("unknown specifier %" + next) });
            }
            else if (c == '$')
            {
                Assert.Equal('$', line[++i]); // a single $ would be an environment variable
                words.Append("$");
            }
            else if (c == '\\')
            {
                var next = line[++i];
                words.Append(next switch { '\\' => "\\", '"' => "\"", '\'' => "'", 'n' => "\n", _ => throw new FormatException("unknown escape \\" + next) });
            }
            else if (c == '"')
            {
                quoted = !quoted;
                words.Append("");
            }
            else if (c == ' ' && !quoted)
            {
                words.Break();
            }
            else
            {
                words.Append(c.ToString());
            }
        }

        Assert.False(quoted, "unbalanced quotes: " + line);
        return words.End();
    }

    /// <summary>CommandLineToArgvW's rules (the argument part; the program name is split the same way here).</summary>
    public static IReadOnlyList<string> Windows(string line)
    {
        var words = new Words();
        var quoted = false;
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
                    words.Append(new string('\\', run / 2));
                    if (run % 2 == 1)
                    {
                        words.Append("\"");
                    }
                    else
                    {
                        quoted = !quoted;
                    }
                }
                else
                {
                    words.Append(new string('\\', run));
                    i--;
                }
            }
            else if (c == '"')
            {
                quoted = !quoted;
                words.Append("");
            }
            else if (c is ' ' or '\t' && !quoted)
            {
                words.Break();
            }
            else
            {
                words.Append(c.ToString());
            }
        }

        return words.End();
    }

    /// <summary>A .cmd line as the program it starts receives it: cmd turns <c>%%</c> into <c>%</c> and passes the rest on.</summary>
    public static IReadOnlyList<string> Cmd(string line) => Windows(line.Replace("%%", "%", StringComparison.Ordinal));

    /// <summary>Words being split: text appended to the current word (even "" starts one: <c>""</c> is an empty word), a break ends it.</summary>
    private sealed class Words
    {
        private readonly List<string> _done = [];
        private readonly StringBuilder _word = new();
        private bool _open;

        public void Append(string text)
        {
            _word.Append(text);
            _open = true;
        }

        public void Break()
        {
            if (_open)
            {
                _done.Add(_word.ToString());
            }

            _word.Clear();
            _open = false;
        }

        public IReadOnlyList<string> End()
        {
            Break();
            return _done;
        }
    }
}
