namespace Portal.Cms;

/// <summary>
/// The <c>cms:</c> section of site.yml: which git host Decap CMS at <c>admin/</c> talks to (docs/cms.md).
/// Without the section the web build writes no <c>admin/</c>.
/// </summary>
public sealed record CmsSettings
{
    /// <summary>Decap backend name: <c>github</c>, <c>gitea</c> or <c>gitlab</c>.</summary>
    public required string Backend { get; init; }

    /// <summary><c>owner/name</c> of the repository holding input/.</summary>
    public required string Repo { get; init; }

    public string Branch { get; init; } = "main";

    /// <summary>The OAuth server (GitHub: an OAuth proxy; Gitea/GitLab: the forge itself).</summary>
    public string? BaseUrl { get; init; }

    public string? AuthEndpoint { get; init; }

    /// <summary>The OAuth application's client id (Gitea/GitLab PKCE).</summary>
    public string? AppId { get; init; }

    /// <summary>The forge's API root for self-hosted Gitea/GitLab, e.g. <c>https://git.example.org/api/v1</c>.</summary>
    public string? ApiRoot { get; init; }

    /// <summary><c>pkce</c> for Gitea/GitLab without a server of one's own; null for GitHub's OAuth proxy.</summary>
    public string? AuthType { get; init; }

    public static IReadOnlyList<string> Backends { get; } = ["github", "gitea", "gitlab"];
}
