namespace Portal.Benchmarks;

/// <summary>The three builds measured for every corpus size, in this order (each needs the output the previous one left).</summary>
internal enum Scenario
{
    /// <summary>Into an empty output folder: everything is written.</summary>
    Full,

    /// <summary>Again, nothing changed: the engine rebuilds everything but rewrites no file.</summary>
    NoChange,

    /// <summary>After one document's body changed: the engine still rebuilds everything (no incremental builds yet).</summary>
    Edit,
}

internal static class Scenarios
{
    public static readonly Scenario[] All = [Scenario.Full, Scenario.NoChange, Scenario.Edit];

    /// <summary>The name on the command line (<c>--scenario</c>) and in a child's JSON.</summary>
    public static string Name(this Scenario scenario) => scenario switch
    {
        Scenario.Full => "full",
        Scenario.NoChange => "no-change",
        _ => "edit",
    };

    public static string Label(this Scenario scenario) => scenario switch
    {
        Scenario.Full => "first full build",
        Scenario.NoChange => "no-change rebuild",
        _ => "one-doc-edit rebuild",
    };

    public static Scenario? Parse(string name) => All.Cast<Scenario?>().FirstOrDefault(s => s!.Value.Name() == name);
}
