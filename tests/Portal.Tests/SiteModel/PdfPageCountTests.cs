using System.Text;
using Portal.SiteModel;
using Portal.Tests.Support;

namespace Portal.Tests.SiteModel;

/// <summary>A PDF attachment shows its page count where the page tree is plain to read; otherwise none, never a wrong one.</summary>
public sealed class PdfPageCountTests
{
    private static byte[] Pdf(string body) => Encoding.Latin1.GetBytes("%PDF-1.4\n" + body + "\n%%EOF\n");

    [Fact]
    public void The_root_of_the_page_tree_counts_every_page()
    {
        // A tree of two levels: the root counts 5, its children 2 and 3.
        var pdf = Pdf("""
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R] /Count 5 >> endobj
            3 0 obj << /Type /Pages /Parent 2 0 R /Kids [5 0 R 6 0 R] /Count 2 >> endobj
            4 0 obj <</Type/Pages/Parent 2 0 R/Kids[7 0 R 8 0 R 9 0 R]/Count 3>> endobj
            5 0 obj << /Type /Page /Parent 3 0 R >> endobj
            """);
        Assert.Equal(5, PdfPageCount.Read(pdf));
    }

    [Fact]
    public void A_page_dictionary_is_not_mistaken_for_the_tree()
    {
        Assert.Null(PdfPageCount.Read(Pdf("5 0 obj << /Type /Page /Count 9 >> endobj")));
    }

    [Theory]
    [InlineData("not a pdf at all /Type /Pages /Count 3 endobj")]
    [InlineData("%PDF-1.7\n1 0 obj << /Type /ObjStm /N 12 /Length 300 /Filter /FlateDecode >> stream\nx\u009c...\nendstream endobj")]
    public void Unreadable_or_compressed_trees_give_no_count(string text)
    {
        Assert.Null(PdfPageCount.Read(Encoding.Latin1.GetBytes(text)));
    }

    [Fact]
    public void The_sample_notice_shows_its_attachments_size_and_page_count()
    {
        using var site = new SiteBuild(Repo.Path("input"));
        var size = site.Html("notices/tepaiyuan-fuwu-xiangmu-shenbao-2026/index.html").QuerySelector(".attachments__size")!.TextContent;
        Assert.Matches("^\\d+ KB，1 页$", size);
    }
}
