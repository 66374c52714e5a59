using System.Diagnostics;

namespace Portal.Cli.Serve;

/// <summary>
/// Decap CMS's local backend (npm <c>decap-server</c>, pinned in tools/cms/package.json) for
/// <c>portal serve --cms</c>: run with Node in its file-system mode on 127.0.0.1, so saving a form writes
/// the file under input/ at once and serve's watcher rebuilds the page. Stopped with serve.
/// </summary>
public sealed class DecapServer : IDisposable
{
    private readonly Process _process;

    private DecapServer(Process process) => _process = process;

    /// <summary>Where the script was looked for, in order: PORTAL_DECAP_SERVER, then node_modules above the working folder and input/, tools/cms and tests.</summary>
    public static string? Find(string input)
    {
        if (Environment.GetEnvironmentVariable("PORTAL_DECAP_SERVER") is { Length: > 0 } configured)
        {
            return Directory.Exists(configured) ? Path.Combine(configured, "dist", "index.js") : configured;
        }

        var starts = new[] { Directory.GetCurrentDirectory(), Path.GetFullPath(input) };
        foreach (var start in starts)
        {
            for (var dir = start; dir is not null; dir = Path.GetDirectoryName(dir))
            {
                foreach (var modules in new[] { "node_modules", Path.Combine("tools", "cms", "node_modules"), Path.Combine("tests", "node_modules") })
                {
                    var script = Path.Combine(dir, modules, "decap-server", "dist", "index.js");
                    if (File.Exists(script))
                    {
                        return script;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Starts <c>node script</c> serving <paramref name="root"/> (the repository holding input/) on 127.0.0.1:<paramref name="port"/>.</summary>
    public static DecapServer Start(string script, string root, int port)
    {
        var start = new ProcessStartInfo("node", [script])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["MODE"] = "fs";
        start.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["BIND_HOST"] = "127.0.0.1";
        start.Environment["GIT_REPO_DIRECTORY"] = root;
        start.Environment["LOG_LEVEL"] = "warn";
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");

        // Its log goes to ours (stderr), so a failing save is visible in the serve window.
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) { Console.Error.WriteLine("decap-server: " + line); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) { Console.Error.WriteLine("decap-server: " + line); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new DecapServer(process);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
    }
}
