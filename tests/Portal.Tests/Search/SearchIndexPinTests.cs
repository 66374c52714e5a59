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
/// Moved once on purpose: snippet texts four documents to a file (t/N.js, "textChunk" in index.js); every
/// other file's bytes were checked equal to the old ones before the digests moved.
/// </summary>
public class SearchIndexPinTests
{
    [Fact]
    public void The_sample_site_index_is_byte_for_byte_what_it_was()
    {
        var sample = SearchSite.Load(Repo.Path("input"));
        var files = SiteBuilder.BuildSearchIndex(sample.Site, sample.Processed, sample.Labels);
        Assert.Equal(("d7af7527489d56c8361987b028bb3ee76d2195c062d65c2f7453692dbb0d5771", 23), (Digest(files), files.Count));
    }

    [Fact]
    public void A_generated_index_of_many_documents_is_byte_for_byte_what_it_was()
    {
        var files = Index(GeneratedDocuments.Make(1500, seed: 11));
        Assert.Equal(("018fddece8d53b4bf6fd8ac881c942aee5b010c8f95ec3e835d27d8d7d722147", 679), (Digest(files), files.Count));
    }

    [Fact]
    public void An_index_of_no_documents_is_what_it_was()
    {
        var files = Index([]);
        Assert.Equal(("939e8e8adebc2769bd357c2a59ebf5e30a9afab4e812ecf68990dc66e8840221", 2), (Digest(files), files.Count));
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
