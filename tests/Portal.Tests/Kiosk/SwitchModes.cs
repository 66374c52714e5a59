using Portal.Kiosk.Sync;

namespace Portal.Tests.Kiosk;

/// <summary>Theory data: a sync test that holds for both ways of switching versions runs once with each.</summary>
public static class SwitchModes
{
    public static TheoryData<SiteSwitchMode> Both => new(SiteSwitchMode.Symlink, SiteSwitchMode.Rename);
}
