using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Portal.Kiosk.Install;

/// <summary>
/// The Task Scheduler task (schema 1.2, Windows 7 and later) that runs <c>portal sync</c> every N
/// minutes, for <c>schtasks /create /xml</c>. It runs as SYSTEM: in the background (no console window
/// flashing over the kiosk screen every few minutes), with no password to store, whoever is logged in;
/// the site under C:\ProgramData stays readable for the browser's user. Written as UTF-16 with a byte
/// order mark, the encoding schtasks expects of an imported file.
/// </summary>
public static class WindowsTask
{
    public const string FileName = "kjzc-kiosk-sync.xml";
    public const string TaskName = "kjzc-kiosk-sync";

    public static readonly XNamespace Ns = "http://schemas.microsoft.com/windows/2004/02/mit/task";

    /// <summary>Fixed, so the same options give the same bytes; the task repeats from here on.</summary>
    private const string StartBoundary = "2025-01-01T00:00:00";

    public static InstallFile For(KioskInstallOptions o)
    {
        var sync = KioskCommands.Sync(o);
        var every = XmlConvert.ToString(TimeSpan.FromMinutes(o.EveryMinutes));
        var task = new XElement(
            Ns + "Task",
            new XAttribute("version", "1.2"),
            new XComment($" {InstallFile.Marker} 生成；重新运行该命令会覆盖本文件。 "),
            new XElement(
                Ns + "RegistrationInfo",
                new XElement(Ns + "Description", $"科技之窗信息亭：每 {o.EveryMinutes} 分钟从 {o.Source} 更新 {o.Site}"),
                new XElement(Ns + "URI", @"\" + TaskName)),
            new XElement(
                Ns + "Triggers",
                new XElement(
                    Ns + "BootTrigger",
                    new XElement(Ns + "Enabled", "true"),
                    new XElement(Ns + "Delay", "PT1M")),
                new XElement(
                    Ns + "TimeTrigger",
                    new XElement(
                        Ns + "Repetition",
                        new XElement(Ns + "Interval", every),
                        new XElement(Ns + "StopAtDurationEnd", "false")),
                    new XElement(Ns + "StartBoundary", StartBoundary),
                    new XElement(Ns + "Enabled", "true"),
                    new XElement(Ns + "RandomDelay", "PT30S"))),
            new XElement(
                Ns + "Principals",
                new XElement(
                    Ns + "Principal",
                    new XAttribute("id", "Author"),
                    new XElement(Ns + "UserId", "S-1-5-18"), // LocalSystem
                    new XElement(Ns + "RunLevel", "HighestAvailable"))),
            new XElement(
                Ns + "Settings",
                new XElement(Ns + "MultipleInstancesPolicy", "IgnoreNew"), // a slow sync is not doubled
                new XElement(Ns + "DisallowStartIfOnBatteries", "false"),
                new XElement(Ns + "StopIfGoingOnBatteries", "false"),
                new XElement(Ns + "AllowHardTerminate", "true"),
                new XElement(Ns + "StartWhenAvailable", "true"), // a run missed while switched off comes at start-up
                new XElement(Ns + "RunOnlyIfNetworkAvailable", "false"), // a USB source needs no network
                new XElement(Ns + "IdleSettings", new XElement(Ns + "StopOnIdleEnd", "false"), new XElement(Ns + "RestartOnIdle", "false")),
                new XElement(Ns + "AllowStartOnDemand", "true"),
                new XElement(Ns + "Enabled", "true"),
                new XElement(Ns + "Hidden", "false"),
                new XElement(Ns + "RunOnlyIfIdle", "false"),
                new XElement(Ns + "WakeToRun", "false"),
                new XElement(Ns + "ExecutionTimeLimit", "PT2H"),
                new XElement(Ns + "Priority", "7")),
            new XElement(
                Ns + "Actions",
                new XAttribute("Context", "Author"),
                new XElement(
                    Ns + "Exec",
                    new XElement(Ns + "Command", sync[0]),
                    new XElement(Ns + "Arguments", WindowsQuote.Line(sync.Skip(1))))));

        var settings = new XmlWriterSettings { Encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true), Indent = true, NewLineChars = "\r\n" };
        using var bytes = new MemoryStream();
        using (var writer = XmlWriter.Create(bytes, settings))
        {
            new XDocument(new XDeclaration("1.0", "UTF-16", null), task).Save(writer);
        }

        return new InstallFile(FileName, string.Create(CultureInfo.InvariantCulture, $"任务计划（每 {o.EveryMinutes} 分钟同步一次，以 SYSTEM 身份在后台运行）"), bytes.ToArray());
    }
}
