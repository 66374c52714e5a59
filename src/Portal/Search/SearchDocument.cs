using Portal.Content;

namespace Portal.Search;

/// <summary>
/// What the index knows about one published page: the fields it searches and what a result shows.
/// <see cref="Starts"/> is set for items that are built but must stay hidden until a date (kiosk builds);
/// <see cref="Expires"/> lets the browser mark and demote expired notices by its own clock.
/// </summary>
public sealed record SearchDocument(
    string Url,
    string Title,
    Section Section,
    DateOnly Date,
    string Summary,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Meta,
    string Body,
    DateOnly? Expires,
    DateOnly? Starts);
