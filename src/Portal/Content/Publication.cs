namespace Portal.Content;

/// <summary>What a reader sees of a document at a given moment ("now" is the build time, or --now).</summary>
public enum PublicationState
{
    /// <summary>Published and current: in lists, feeds, home.</summary>
    Current,

    /// <summary>A notice past its 有效期: page kept and marked 已过期; out of home, lists, feeds, sitemap.</summary>
    Expired,

    /// <summary>A notice withdrawn: page kept with the reason shown first; out of lists.</summary>
    Withdrawn,

    /// <summary>Date in the future: not published until then.</summary>
    Scheduled,

    /// <summary>draft: true — never published.</summary>
    Draft,
}

public static class Publication
{
    public static PublicationState StateOf(ContentItem item, DateTimeOffset now) => item switch
    {
        { Draft: true } => PublicationState.Draft,
        _ when item.Date > now => PublicationState.Scheduled,
        Notice { Status: NoticeStatus.Withdrawn } => PublicationState.Withdrawn,
        Notice { Expires: { } expires } when now >= EndOf(expires) => PublicationState.Expired,
        _ => PublicationState.Current,
    };

    /// <summary>Whether the document gets a page at all.</summary>
    public static bool HasPage(PublicationState state) => state is not (PublicationState.Scheduled or PublicationState.Draft);

    /// <summary>"有效期至 2013-12-31" means through that whole day; a time given explicitly is taken as it is.</summary>
    public static DateTimeOffset EndOf(DateTimeOffset expires) => expires.TimeOfDay == TimeSpan.Zero ? expires.AddDays(1) : expires;
}
