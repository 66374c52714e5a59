namespace Portal.Output;

/// <summary>
/// The output folder and the folders a build keeps beside it, under names only this tool uses
/// (<c>.NAME.portal-lock</c>, <c>.NAME.portal-staging-PID</c>, <c>.NAME.portal-previous</c>,
/// <c>.NAME.portal-cache</c>), so a build
/// never deletes anything it did not create. Names are derived from the parent folder and the output's own
/// name, never from a trimmed string: a root folder has no parent and gets no <see cref="OutputFolder"/>.
/// </summary>
public sealed record OutputFolder(string Path, string Parent, string Name)
{
    private const string StagingInfix = ".portal-staging-";

    public string LockFile => System.IO.Path.Combine(Parent, "." + Name + ".portal-lock");

    /// <summary>Where this process assembles the next output (the process id tells whose a leftover was).</summary>
    public string Staging => System.IO.Path.Combine(Parent, "." + Name + StagingInfix + Environment.ProcessId);

    /// <summary>What builds keep between runs for this output (encoded images, the last build's record).</summary>
    public string Cache => System.IO.Path.Combine(Parent, "." + Name + ".portal-cache");

    /// <summary>Where the last output waits during the swap, so a failure can put it back.</summary>
    public string Previous => System.IO.Path.Combine(Parent, "." + Name + ".portal-previous");

    /// <summary>The folder for <paramref name="output"/>, or null when it is a root (<c>/</c>, <c>C:\</c>) and has no parent to keep things in.</summary>
    public static OutputFolder? For(string output)
    {
        var full = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(output));
        var parent = System.IO.Path.GetDirectoryName(full);
        var name = System.IO.Path.GetFileName(full);
        return string.IsNullOrEmpty(parent) || string.IsNullOrEmpty(name) ? null : new OutputFolder(full, parent, name);
    }

    /// <summary>Staging folders of any run, this one or a crashed one (only called while holding the lock, so none is in use).</summary>
    public IEnumerable<string> StagingLeftovers() =>
        Directory.Exists(Parent)
            ? Directory.EnumerateDirectories(Parent).Where(d => System.IO.Path.GetFileName(d).StartsWith("." + Name + StagingInfix, StringComparison.Ordinal))
            : [];
}
