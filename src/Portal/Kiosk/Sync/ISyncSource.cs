using Portal.Output;

namespace Portal.Kiosk.Sync;

/// <summary>Where a new kiosk version comes from: a folder (USB stick), a zip, or an HTTP(S) URL.</summary>
public interface ISyncSource : IDisposable
{
    /// <summary>How the source is named in messages.</summary>
    string Display { get; }

    Task<KioskManifest> ReadManifestAsync(CancellationToken cancel);

    /// <summary>
    /// Writes the file's bytes to <paramref name="part"/>, reporting each chunk to
    /// <paramref name="transferred"/>. A source that can resume (HTTP) continues a partial file already
    /// there; others overwrite it. Never writes much more than the manifest's size. The caller
    /// verifies size and hash afterwards; sources throw <see cref="KioskException"/> for missing files
    /// (<see cref="KioskFailure.Rejected"/>) and failed reads (<see cref="KioskFailure.TransferFailed"/>).
    /// Writes go through <see cref="PartFile.OpenWrite"/>, whose errors are already
    /// <see cref="KioskFailure.WriteFailed"/>: a source's IOException handlers see only its own reads.
    /// </summary>
    Task FetchAsync(ManifestEntry file, PartFile part, Action<long> transferred, CancellationToken cancel);
}
