namespace Portal.Benchmarks;

/// <summary>Where everything goes under --work; parent and children must agree, so it is computed in one place.</summary>
internal sealed record WorkLayout(string Root)
{
    /// <summary>Small corpus built once per child before the measured build, so JIT and first-use costs are not in the figure.</summary>
    public const int WarmupDocuments = 100;

    /// <summary>The copy of the theme every build in one benchmark run uses.</summary>
    public string ThemeSnapshot => Path.Combine(Root, "theme");

    /// <summary>Folders moved aside instead of deleted between measured builds (see <see cref="Trash"/>).</summary>
    public Trash Trash => new(Path.Combine(Root, "trash"));

    public string WarmupInput => Path.Combine(Root, "warmup", "input");

    public string WarmupOutput => Path.Combine(Root, "warmup", "output");

    public string CorpusInput(int docs) => Path.Combine(Root, $"corpus-{docs}", "input");

    public string CorpusOutput(int docs) => Path.Combine(Root, $"corpus-{docs}", "output");

    public string EditTarget(int docs) => Path.Combine(Root, $"corpus-{docs}", OneDocEdit.TargetFile);

    public string Hugo(int docs) => Path.Combine(Root, $"hugo-{docs}");

    /// <summary>Pagefind's bundle for corpus N, beside (not inside) the engine's output.</summary>
    public string Pagefind(int docs) => Path.Combine(Root, $"corpus-{docs}", "pagefind");

    /// <summary>The sample site (repo input/) built for the recall comparison, and its Pagefind bundle.</summary>
    public string SampleOutput => Path.Combine(Root, "sample", "output");

    public string SamplePagefind => Path.Combine(Root, "sample", "pagefind");
}
