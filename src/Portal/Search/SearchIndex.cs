namespace Portal.Search;

/// <summary>One token's postings: the documents holding it (ascending ids) and each one's impact (1–31).</summary>
public sealed record IndexedToken(TokenKey Key, double Idf, int[] Docs, byte[] Impacts);

/// <summary>
/// The built index: documents in id order (<see cref="DocumentOrder"/>: by section, first tag, newest first, so the results of one query share metadata files) and
/// every token with its postings. <see cref="SearchIndexWriter"/> turns it into shard files.
/// </summary>
public sealed record SearchIndex(IReadOnlyList<SearchDocument> Docs, IReadOnlyList<IndexedToken> Tokens);
