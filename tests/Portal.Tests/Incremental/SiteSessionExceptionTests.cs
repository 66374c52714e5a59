using Portal.Incremental;
using Portal.Load;
using Portal.Tests.Support;

namespace Portal.Tests.Incremental;

/// <summary>
/// <c>serve</c> keeps one session for hours: an exception in one rebuild (a bug, a library throwing on
/// half-typed input) must name the file, leave the output as it was, and not poison the next build.
/// </summary>
public sealed class SiteSessionExceptionTests : IDisposable
{
    private const string Rice = "techniques/shuidao-yuyang-jishu/index.md";
    private readonly TempDir _temp = new();
    private readonly SiteSession _session;
    private readonly string _input;
    private readonly string _theme;
    private readonly string _output;

    public SiteSessionExceptionTests()
    {
        _input = _temp.Combine("input");
        _theme = _temp.Combine("theme");
        _output = _temp.Combine("served");
        Folders.Copy(Repo.Path("input"), _input);
        Folders.Copy(Repo.Path("theme"), _theme);
        _session = new SiteSession(Options(_output));
        var first = _session.Build();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
    }

    [Fact]
    public void An_exception_while_reading_a_body_edit_names_the_file_and_the_next_save_recovers()
    {
        var before = Snapshot(_output);
        _session.BeforeReading = FailOn(Rice);
        File.AppendAllText(Path.Combine(_input, Rice), "\n新增一段。\n");

        var error = Assert.Throws<BuildException>(() => _session.Build([Path.Combine(_input, Rice)]));

        Assert.EndsWith(Rice, error.File, StringComparison.Ordinal);
        Assert.Contains(Rice, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(_output));

        _session.BeforeReading = null;
        File.AppendAllText(Path.Combine(_input, Rice), "\n再一段。\n");
        Assert.True(_session.Build([Path.Combine(_input, Rice)]).Succeeded);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void An_exception_in_a_full_rebuild_names_the_file_and_the_next_build_recovers()
    {
        _session.BeforeReading = FailOn(Rice);
        Replace(Rice, "title: 早稻集中育秧技术要点", "title: 早稻集中育秧的关键技术");

        var error = Assert.Throws<BuildException>(() => _session.Build());

        Assert.EndsWith(Rice, error.File, StringComparison.Ordinal);
        _session.BeforeReading = null;
        Assert.True(_session.Build().Succeeded);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void An_exception_after_pages_were_written_ahead_is_caught_up_by_the_next_build()
    {
        File.AppendAllText(Path.Combine(_input, Rice), "\n先写出的段落。\n");

        Assert.Throws<BuildException>(() => _session.Build([Path.Combine(_input, Rice)], _ => throw new InvalidOperationException("测试：写出页面后出错")));

        // The page was written ahead, the manifest was not: the next build must still end like a full one.
        Replace(Rice, "\n先写出的段落。\n", "\n改过的段落。\n");
        Assert.True(_session.Build([Path.Combine(_input, Rice)]).Succeeded);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void Half_typed_YAML_never_leaves_the_session_broken()
    {
        var before = Snapshot(_output);
        Replace(Rice, "title: 早稻集中育秧技术要点", "title: [x");

        // Today YamlDotNet throws; once the loader reports it, it is an error at the file. Either way the
        // file is named, nothing is written, and the fix recovers.
        try
        {
            var report = _session.Build([Path.Combine(_input, Rice)]);
            Assert.Contains(report.Diagnostics, d => d.Severity == Portal.Diagnostics.Severity.Error && d.Location.File.EndsWith(Rice, StringComparison.Ordinal));
        }
        catch (BuildException e)
        {
            Assert.EndsWith(Rice, e.File, StringComparison.Ordinal);
        }

        Assert.Equal(before, Snapshot(_output));
        Replace(Rice, "title: [x", "title: 早稻集中育秧的关键技术");
        Assert.True(_session.Build([Path.Combine(_input, Rice)]).Succeeded);
        AssertSameAsFullBuild();
    }

    public void Dispose() => _temp.Dispose();

    private static Action<string> FailOn(string relative) => path =>
    {
        if (path == relative)
        {
            throw new InvalidOperationException("测试注入的故障");
        }
    };

    private BuildOptions Options(string output) => new(BuildPaths.From(_input, _theme, output)) { Now = SiteBuild.FixedNow };

    private void AssertSameAsFullBuild() => FullBuildComparison.AssertSameAsFullBuild(_temp, Options, _output);

    private static Dictionary<string, string> Snapshot(string folder) => FullBuildComparison.Snapshot(folder);

    private void Replace(string relative, string from, string to)
    {
        var path = Path.Combine(_input, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
