namespace Portal.Posters;

/// <summary>
/// What <c>layouts/poster-alias.html</c> shows: a page at one size's address (<c>a3.html</c>) that only
/// sends the reader to the document's one poster page at that size (<c>a4.html#a3</c>), so links and
/// bookmarks to either size keep working.
/// </summary>
/// <param name="Target">The poster page with the size's fragment, relative to the alias.</param>
public sealed record PosterAlias(string Target);
