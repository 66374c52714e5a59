using Portal.Load;

namespace Portal;

/// <summary>What to build: the folders, the moment that counts as "now", and overrides from the command line.</summary>
public sealed record BuildOptions(BuildPaths Paths)
{
    /// <summary>The build's "now" (scheduling, expiry, 本月农事); null = the machine clock.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>Replaces site.yml's base_url (for a preview or a deploy to another host).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>False for <c>portal check</c>: run every stage, write nothing.</summary>
    public bool WriteOutput { get; init; } = true;

    /// <summary>How the weekly bulletin picks and numbers its items (<c>portal bulletin</c>).</summary>
    public Posters.BulletinSettings Bulletin { get; init; } = new();

    /// <summary>Chinese typography warnings (half-width punctuation, 文号 brackets); <c>check --no-typography</c> turns them off.</summary>
    public bool Typography { get; init; } = true;

    /// <summary>Id of a kiosk profile in site.yml: build that kiosk's variant of the site instead of the web site.</summary>
    public string? Kiosk { get; init; }

    /// <summary>decap-server's API for <c>serve --cms</c>: written as <c>local_backend</c> into the served admin/config.yml only.</summary>
    public Cms.CmsLocalBackend? LocalCms { get; init; }

    /// <summary>Told when each stage starts and ends and as documents are done (the CLI's progress display).</summary>
    public IBuildProgress Progress { get; init; } = BuildProgress.None;
}
