using Portal.Content;
using Portal.Load;
using Portal.Markdown;

namespace Portal.Html;

/// <summary>Everything a link in a body may point at: documents (with their heading ids) and published files.</summary>
public sealed class LinkTargets
{
    private readonly Dictionary<string, (ContentItem Item, IReadOnlySet<string> Ids, PublicationState State)> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _assets = new(StringComparer.Ordinal);

    public LinkTargets(IEnumerable<RenderedMarkdown> rendered, IEnumerable<AssetSource> assets, DateTimeOffset now)
    {
        foreach (var r in rendered)
        {
            var entry = (r.Item, r.Ids, Publication.StateOf(r.Item, now));
            _documents[r.Item.SourcePath] = entry;
            if (r.Item.IsBundle)
            {
                _documents[r.Item.SourceFolder] = entry; // [x](../foo/) names the bundle's folder
            }
        }

        foreach (var asset in assets)
        {
            _assets[asset.RelativePath] = asset.OutputPath;
        }
    }

    public bool TryDocument(string inputPath, out ContentItem item, out IReadOnlySet<string> ids, out PublicationState state)
    {
        if (_documents.TryGetValue(inputPath.TrimEnd('/'), out var entry))
        {
            (item, ids, state) = entry;
            return true;
        }

        (item, ids, state) = (null!, null!, default);
        return false;
    }

    public string? AssetOutputPath(string inputPath) => _assets.GetValueOrDefault(inputPath);
}
