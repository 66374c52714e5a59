namespace Portal.Cms;

/// <summary>admin/config.yml, typed (decapcms.org/docs/configuration-options).</summary>
public sealed record CmsConfig
{
    public required CmsBackend Backend { get; init; }

    /// <summary>Only in the config <c>portal serve --cms</c> serves: the decap-server API on this machine.</summary>
    public CmsLocalBackend? LocalBackend { get; init; }

    /// <summary><c>editorial_workflow</c>: every entry becomes a branch and a pull request. Null = simple (the local backend writes files directly).</summary>
    public string? PublishMode { get; init; }

    public string Locale { get; init; } = "zh_Hans";

    /// <summary>Decap requires a site-wide media folder; every collection overrides it with its bundle folder.</summary>
    public required string MediaFolder { get; init; }

    public required string PublicFolder { get; init; }

    public string? SiteUrl { get; init; }

    public required IReadOnlyList<CmsCollection> Collections { get; init; }
}

/// <summary>The git host (decapcms.org/docs/backends-overview); PKCE keys only for Gitea/GitLab.</summary>
public sealed record CmsBackend
{
    public required string Name { get; init; }

    public required string Repo { get; init; }

    public required string Branch { get; init; }

    public string? BaseUrl { get; init; }

    public string? AuthEndpoint { get; init; }

    public string? AppId { get; init; }

    public string? ApiRoot { get; init; }

    public string? AuthType { get; init; }

    public bool? OpenAuthoring { get; init; }
}

/// <summary><c>local_backend: {url: …}</c>: where decap-server listens.</summary>
public sealed record CmsLocalBackend(string Url);
