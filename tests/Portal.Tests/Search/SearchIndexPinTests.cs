using System.Security.Cryptography;
using System.Text;
using Portal.Output;
using Portal.Search;
using Portal.Tests.Support;

namespace Portal.Tests.Search;

/// <summary>
/// The index files, byte for byte, as they were before the search stage was rewritten for speed: the
/// digests were taken from the original builder and writer. A change here changes what every browser
/// downloads; if it is meant, theme/assets/search.js must read the new files and the digests move with it.
/// </summary>
public class SearchIndexPinTests
{
    [Fact]
    public void The_sample_site_index_is_byte_for_byte_what_it_was()
    {
        var sample = SearchSite.Load(Repo.Path("input"));
        var files = SiteBuilder.BuildSearchIndex(sample.Site, sample.Processed, sample.Labels);
        Assert.Equal(("5fb95e75dafd101a0b0cb849016b142b2a4f9dc21f4d79ae0b7bc70e0e2ec5bd", 35), (Digest(files), files.Count));
    }

    [Fact]
    public void A_generated_index_of_many_documents_is_byte_for_byte_what_it_was()
    {
        var files = Index(GeneratedDocuments.Make(1500, seed: 11));
        Assert.Equal(("ca00b5cdb0388132ac6f1d381028e32c549f7df2d75a103edfe771a022a6bf73", 1804), (Digest(files), files.Count));
    }

    [Fact]
    public void An_index_of_no_documents_is_what_it_was()
    {
        var files = Index([]);
        Assert.Equal(("9530eddd0310a19293e77daf5c853fc3583aee0907fa004d9d43a24bec7c712c", 2), (Digest(files), files.Count));
    }

    internal static IReadOnlyList<OutputFile> Index(IReadOnlyList<SearchDocument> docs) =>
        SearchIndexWriter.Write(SearchIndexBuilder.Build(docs, GeneratedDocuments.Today), s => "栏目" + s, GeneratedDocuments.Today, "标签");

    /// <summary>SHA-256 over every file's path and bytes, in path order.</summary>
    internal static string Digest(IEnumerable<OutputFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.Path + "\n"));
            hash.AppendData(file.Content!);
            hash.AppendData("\n"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
