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
/// other file's bytes were checked equal to the old ones before the digests moved. Moved a second time on
/// purpose: 16 documents to a metadata file (d/N.js, "chunk" in index.js); shards and texts checked equal.
/// Moved a third time on purpose: documents numbered by section, first tag, newest first
/// (<see cref="DocumentOrder"/>) instead of newest first; every token's postings, mapped from ids to URLs,
/// and every document were checked equal to the old ones before the digests moved.
/// </summary>
public class SearchIndexPinTests
{
    [Fact]
    public void The_sample_site_index_is_byte_for_byte_what_it_was()
    {
        var sample = SearchSite.Load(Repo.Path("input"));
        var files = SiteBuilder.BuildSearchIndex(sample.Site, sample.Processed, sample.Labels);
        Assert.Equal(("ec4ff8bb951b029035f4a57f7314cdba59f568bae88134764e86469ebceac6c0", 24), (Digest(files), files.Count));
    }

    [Fact]
    public void A_generated_index_of_many_documents_is_byte_for_byte_what_it_was()
    {
        var files = Index(GeneratedDocuments.Make(1500, seed: 11));
        Assert.Equal(("40456d8b52a4276ed332ba6ebe75ab8f2cd6629d5cca14108b5a744b5f464cad", 726), (Digest(files), files.Count));
    }

    [Fact]
    public void An_index_of_no_documents_is_what_it_was()
    {
        var files = Index([]);
        Assert.Equal(("aa71f0236ab93a80909e3a0bd3d618cb44102b34d6c5a930a2188efe54be298d", 2), (Digest(files), files.Count));
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
