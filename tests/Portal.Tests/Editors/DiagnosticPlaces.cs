using Portal.Diagnostics;
using Portal.Tests.Support;

namespace Portal.Tests.Editors;

public static class DiagnosticPlaces
{
    /// <summary>A diagnostic's location with the temporary folder shown as <c>input</c>, as an editor would see it.</summary>
    public static string Where(this MiniSite site, Diagnostic diagnostic) =>
        diagnostic.Location.ToString().Replace(site.Input.Replace('\\', '/'), "input", StringComparison.Ordinal);
}
