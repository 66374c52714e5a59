using Portal.Content;
using Portal.Load;
using Portal.Markdown;

namespace Portal.Html;

/// <summary>Everything a link in a body may point at: documents (with their heading ids) and published files.</summary>
public sealed class LinkTargets
{
    private readonly Dictionary<string, (ContentItem Item, IReadOnlySet<string> Ids, PublicationState State)> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _assets = new(StringComparer.Ordinal);
    private readonly Images.ImageSet _images;

    public LinkTargets(IEnumerable<RenderedMarkdown> rendered, IEnumerable<AssetSource> assets, DateTimeOffset now, Images.ImageSet? images = null)
    {
        _images = images ?? Images.ImageSet.Empty;
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
            // A photo's own file is never published: a link to it opens its largest encoded file instead.
            _assets[asset.RelativePath] = _images.Get(asset.RelativePath)?.Largest.OutputPath ?? asset.OutputPath;
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

    /// <summary>The encoded files of a raster image (their names carry its key, so <see cref="Signature"/> sees a change).</summary>
    public Images.ProcessedImage? Image(string inputPath) => _images.Get(inputPath);

    /// <summary>
    /// What the given input paths resolve to now (URL, state and heading ids of a document, or a file's
    /// output path): equal signatures mean a body linking to those paths renders the same.
    /// </summary>
    public string Signature(IEnumerable<string> inputPaths)
    {
        var text = new System.Text.StringBuilder();
        foreach (var path in inputPaths.Order(StringComparer.Ordinal))
        {
            text.Append(path).Append('>');
            if (TryDocument(path, out var item, out var ids, out var state))
            {
                text.Append(item.Url).Append('|').Append(state).Append('|').AppendJoin(',', ids.Order(StringComparer.Ordinal));
            }
            else
            {
                text.Append(AssetOutputPath(path) ?? "-");
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
