using Portal.Engine;
using Portal.Incremental;
using Portal.Load;
using Portal.Tests.Support;

namespace Portal.Tests.Engine;

/// <summary>
/// <c>serve</c> keeps one session for hours: an exception in one rebuild (a bug, a library throwing on
/// half-typed input) must name the file, leave the output as it was, and not poison the next build.
/// </summary>
public sealed class SiteEngineExceptionTests : SampleEngineTest
{
    [Fact]
    public void An_exception_while_reading_a_body_edit_names_the_file_and_the_next_save_recovers()
    {
        var before = Snapshot(Served);
        Session.BeforeReading = FailOn(Rice);
        Append(Rice, "\n新增一段。\n");

        var error = Assert.Throws<BuildException>(() => Session.Build([Path.Combine(Input, Rice)]));

        Assert.EndsWith(Rice, error.File, StringComparison.Ordinal);
        Assert.Contains(Rice, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(Served));

        Session.BeforeReading = null;
        Append(Rice, "\n再一段。\n");
        Assert.True(Session.Build([Path.Combine(Input, Rice)]).Succeeded);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void An_exception_in_a_full_rebuild_names_the_file_and_the_next_build_recovers()
    {
        Session.BeforeReading = FailOn(Rice);
        Replace(Rice, "title: 早稻集中育秧技术要点", "title: 早稻集中育秧的关键技术");

        var error = Assert.Throws<BuildException>(() => Session.Build());

        Assert.EndsWith(Rice, error.File, StringComparison.Ordinal);
        Session.BeforeReading = null;
        Assert.True(Session.Build().Succeeded);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void An_exception_after_pages_were_written_ahead_is_caught_up_by_the_next_build()
    {
        Append(Rice, "\n先写出的段落。\n");

        Assert.Throws<BuildException>(() => Session.Build([Path.Combine(Input, Rice)], _ => throw new InvalidOperationException("测试：写出页面后出错")));

        // The page was written ahead, the manifest was not: the next build must still end like a full one.
        Replace(Rice, "\n先写出的段落。\n", "\n改过的段落。\n");
        Assert.True(Session.Build([Path.Combine(Input, Rice)]).Succeeded);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void Half_typed_YAML_never_leaves_theSession_broken()
    {
        var before = Snapshot(Served);
        Replace(Rice, "title: 早稻集中育秧技术要点", "title: [x");

        // Today YamlDotNet throws; once the loader reports it, it is an error at the file. Either way the
        // file is named, nothing is written, and the fix recovers.
        try
        {
            var report = Session.Build([Path.Combine(Input, Rice)]);
            Assert.Contains(report.Diagnostics, d => d.Severity == Portal.Diagnostics.Severity.Error && d.Location.File.EndsWith(Rice, StringComparison.Ordinal));
        }
        catch (BuildException e)
        {
            Assert.EndsWith(Rice, e.File, StringComparison.Ordinal);
        }

        Assert.Equal(before, Snapshot(Served));
        Replace(Rice, "title: [x", "title: 早稻集中育秧的关键技术");
        Assert.True(Session.Build([Path.Combine(Input, Rice)]).Succeeded);
        AssertSameAsFullBuild();
    }

    private static Action<string> FailOn(string relative) => path =>
    {
        if (path == relative)
        {
            throw new InvalidOperationException("测试注入的故障");
        }
    };
}
