using Portal.Diagnostics;
using Portal.Tests.Support;

namespace Portal.Tests.SiteModel;

/// <summary>A missing attachment is PORTAL013 at the attachments line; the build goes on to report everything else.</summary>
public class MissingAttachmentTests
{
    [Theory]
    [InlineData("申报指南.pdf")]
    [InlineData("shenbao-zhinan.pdf")]
    public void MissingAttachmentIsAContentErrorNotACrash(string file)
    {
        using var site = new MiniSite().With("notices/a/index.md", $"---\ntitle: 标题\ndate: 2026-01-01\nattachments:\n  - file: {file}\n    title: 指南\n---\n正文\n");
        var d = site.Build().Single(DiagnosticCodes.MissingFile);
        Assert.EndsWith("notices/a/index.md", d.Location.File);
        Assert.Equal(5, d.Location.Line); // the "- file:" entry
        Assert.Contains(file, d.Message);
    }
}
