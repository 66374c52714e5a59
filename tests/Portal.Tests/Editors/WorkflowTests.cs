using Portal.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Portal.Tests.Editors;

/// <summary>
/// The GitHub workflows and issue forms parse as YAML and have the triggers, jobs and steps the editors'
/// pipeline depends on. (GitHub itself is not reachable here; this catches typos and lost steps.)
/// </summary>
public class WorkflowTests
{
    private static YamlMappingNode Load(params string[] path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Repo.Path([".github", .. path]))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlNode At(YamlNode node, params string[] keys) =>
        keys.Aggregate(node, (n, key) => ((YamlMappingNode)n).Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : throw new Xunit.Sdk.XunitException($"missing key {key}"));

    private static string Scalar(YamlNode node, params string[] keys) => ((YamlScalarNode)At(node, keys)).Value!;

    private static List<YamlMappingNode> Steps(YamlNode workflow, string job) =>
        ((YamlSequenceNode)At(workflow, "jobs", job, "steps")).Children.Cast<YamlMappingNode>().ToList();

    private static IEnumerable<string> Uses(IEnumerable<YamlMappingNode> steps) =>
        steps.Where(s => s.Children.ContainsKey(new YamlScalarNode("uses"))).Select(s => Scalar(s, "uses"));

    private static IEnumerable<string> Runs(IEnumerable<YamlMappingNode> steps) =>
        steps.Where(s => s.Children.ContainsKey(new YamlScalarNode("run"))).Select(s => Scalar(s, "run"));

    [Fact]
    public void EveryWorkflowAndIssueFormParses()
    {
        var files = Directory.EnumerateFiles(Repo.Path(".github"), "*.yml", SearchOption.AllDirectories).ToList();
        Assert.True(files.Count >= 8, string.Join(", ", files));
        Assert.All(files, file =>
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(file)));
            Assert.IsType<YamlMappingNode>(stream.Documents[0].RootNode);
        });
    }

    [Fact]
    public void PullRequestsAreCheckedBuiltPreviewedCommentedAndTested()
    {
        var pr = Load("workflows", "pr.yml");
        At(pr, "on", "pull_request");
        Assert.Equal("write", Scalar(pr, "permissions", "pull-requests"));
        var steps = Steps(pr, "preview");
        var runs = Runs(steps).ToList();
        Assert.Contains(runs, r => r.Contains("$PORTAL check", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Contains("$PORTAL build", StringComparison.Ordinal) && r.Contains("--output site", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Contains("diff-manifest ../base-site site", StringComparison.Ordinal) && r.Contains("GITHUB_STEP_SUMMARY", StringComparison.Ordinal));
        Assert.Contains("tests/run.sh", runs);

        var upload = steps.Single(s => s.Children.ContainsKey(new YamlScalarNode("uses")) && Scalar(s, "uses") == "actions/upload-artifact@v4" && Scalar(s, "with", "path") == "site/");
        Assert.Equal("site-pr-${{ github.event.pull_request.number }}", Scalar(upload, "with", "name"));
        var comment = steps.Single(s => s.Children.ContainsKey(new YamlScalarNode("uses")) && Scalar(s, "uses").StartsWith("actions/github-script@", StringComparison.Ordinal));
        Assert.Contains("portal-manifest-diff", Scalar(comment, "with", "script"));

        // The check runs before the build, the build before the comment, and the slow tests last.
        int IndexOf(Func<YamlMappingNode, bool> match) => steps.FindIndex(s => match(s));
        bool RunsText(YamlMappingNode s, string text) => s.Children.ContainsKey(new YamlScalarNode("run")) && Scalar(s, "run").Contains(text, StringComparison.Ordinal);
        Assert.True(IndexOf(s => RunsText(s, "$PORTAL check")) < IndexOf(s => RunsText(s, "--output site")));
        Assert.True(IndexOf(s => RunsText(s, "--output site")) < steps.IndexOf(comment));
        Assert.True(steps.IndexOf(comment) < IndexOf(s => RunsText(s, "tests/run.sh")));
    }

    [Fact]
    public void MainIsDeployedToPagesWithThePagesBaseUrl()
    {
        var pages = Load("workflows", "pages.yml");
        Assert.Equal("main", ((YamlSequenceNode)At(pages, "on", "push", "branches")).Children.Cast<YamlScalarNode>().Single().Value);
        At(pages, "on", "workflow_call");
        At(pages, "on", "workflow_dispatch");
        Assert.Equal("write", Scalar(pages, "permissions", "pages"));
        Assert.Equal("write", Scalar(pages, "permissions", "id-token"));
        var build = Steps(pages, "build");
        Assert.Contains("actions/configure-pages@v5", Uses(build));
        Assert.Contains(Runs(build), r => r.Contains("build --base-url \"${{ steps.pages.outputs.base_url }}/\"", StringComparison.Ordinal));
        Assert.Contains("actions/upload-pages-artifact@v3", Uses(build));
        Assert.Equal("build", Scalar(pages, "jobs", "deploy", "needs"));
        Assert.Equal("github-pages", Scalar(pages, "jobs", "deploy", "environment", "name"));
        Assert.Contains("actions/deploy-pages@v4", Uses(Steps(pages, "deploy")));
    }

    [Fact]
    public void TheNightlyRebuildRunsAtTenPastMidnightBeijingTime()
    {
        var nightly = Load("workflows", "nightly.yml");
        var schedule = ((YamlSequenceNode)At(nightly, "on", "schedule")).Children.Single();
        Assert.Equal("10 16 * * *", Scalar(schedule, "cron")); // 16:10 UTC = 00:10 Asia/Shanghai
        At(nightly, "on", "workflow_dispatch");
        Assert.Equal("./.github/workflows/pages.yml", Scalar(nightly, "jobs", "rebuild", "uses"));
        Assert.Equal("write", Scalar(nightly, "permissions", "pages"));
        Assert.Equal("write", Scalar(nightly, "permissions", "id-token"));
    }

    [Fact]
    public void TheExistingCiWorkflowStillChecksAndTests()
    {
        var runs = Runs(Steps(Load("workflows", "ci.yml"), "test")).ToList();
        Assert.Contains(runs, r => r.Contains("-- check", StringComparison.Ordinal));
        Assert.Contains("tests/run.sh", runs);
    }

    [Fact]
    public void TemplatesAreChinese()
    {
        var template = File.ReadAllText(Repo.Path(".github", "PULL_REQUEST_TEMPLATE.md"));
        Assert.Contains("- [ ] 文件用 UTF-8 编码保存", template);
        var forms = Directory.EnumerateFiles(Repo.Path(".github", "ISSUE_TEMPLATE"), "*.yml").Where(f => !f.EndsWith("config.yml", StringComparison.Ordinal)).ToList();
        Assert.True(forms.Count >= 3);
        Assert.All(forms, f =>
        {
            var form = Load("ISSUE_TEMPLATE", Path.GetFileName(f));
            Assert.Matches("[\u4e00-\u9fff]", Scalar(form, "name"));
            Assert.NotEmpty(((YamlSequenceNode)At(form, "body")).Children);
        });
    }
}
