namespace Portal.Content;

/// <summary>One line of a page's 更新记录.</summary>
public sealed record ChangeEntry(DateTimeOffset Date, string Note);

/// <summary>A downloadable file beside the document. <see cref="Path"/> is relative to input/, with '/'.</summary>
public sealed record Attachment(string Path, string Title);

/// <summary>The 科技特派员 or expert to contact about a technique.</summary>
public sealed record Expert(string Name, string? Org, string? Phone);

/// <summary>
/// The original document a policy interpretation explains: either outside the site (title, number, URL)
/// or another page of this site (<see cref="Ref"/> is its slug).
/// </summary>
public sealed record Interprets(string? Title, string? DocNo, string? Url, string? Ref);

public enum NoticeStatus
{
    Active,
    Withdrawn,
}
