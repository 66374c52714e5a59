using Portal.Content;

namespace Portal.Search;

/// <summary>The whole index of some documents as data, scored as of <c>today</c> (see <see cref="SearchScore"/>): a fresh <see cref="SearchStage"/>'s snapshot.</summary>
public static class SearchIndexBuilder
{
    public static SearchIndex Build(IEnumerable<SearchDocument> documents, DateOnly today)
    {
        var stage = new SearchStage();
        stage.Update([.. documents], today, s => s.ToString(), "");
        return stage.Snapshot();
    }
}
