namespace Portal.Kiosk;

/// <summary>Why a pack, sync or rollback stopped; the CLI maps each kind to an exit code.</summary>
public enum KioskFailure
{
    /// <summary>The source or target named does not exist or cannot be used (bad arguments).</summary>
    NotFound,

    /// <summary>What arrived is wrong: an invalid manifest, an unsafe path, a hash or size mismatch.</summary>
    Rejected,

    /// <summary>The transfer failed after every retry (network down, USB stick pulled out).</summary>
    TransferFailed,

    /// <summary>Another sync holds the lock on this target.</summary>
    Busy,

    /// <summary>The kiosk's own disk is too full for the update, or refused a write.</summary>
    WriteFailed,
}

/// <summary>A failure explained in Chinese. The current kiosk version is never touched when one is thrown.</summary>
public sealed class KioskException(KioskFailure failure, string message, Exception? inner = null) : Exception(message, inner)
{
    public KioskFailure Failure { get; } = failure;
}
