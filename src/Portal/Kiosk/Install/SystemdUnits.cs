using System.Text;

namespace Portal.Kiosk.Install;

/// <summary>
/// The systemd user units of a Linux kiosk. User units (in <c>~/.config/systemd/user</c>) because the
/// browser must run in the graphical session of the user the kiosk logs in automatically, which a system
/// service cannot reach without extra set-up; the sync runs as that user too, so it owns the site folder.
/// <list type="bullet">
/// <item><c>kjzc-kiosk.service</c>: recovers an interrupted switch, then runs the browser full screen (restarted if it exits).</item>
/// <item><c>kjzc-kiosk-sync.timer</c> → <c>kjzc-kiosk-sync.service</c>: <c>portal sync</c> every N minutes.</item>
/// <item><c>kjzc-kiosk-reload.service</c>: after a successful sync, restarts the browser if the live version changed.</item>
/// </list>
/// </summary>
public static class SystemdUnits
{
    public const string Launcher = "kjzc-kiosk.service";
    public const string SyncService = "kjzc-kiosk-sync.service";
    public const string SyncTimer = "kjzc-kiosk-sync.timer";
    public const string Reload = "kjzc-kiosk-reload.service";

    /// <summary>systemctl as a command-line word; the same path on Debian, Ubuntu and Raspberry Pi OS (merged /usr).</summary>
    public const string Systemctl = "/usr/bin/systemctl";

    public static IReadOnlyList<InstallFile> For(KioskInstallOptions o) =>
    [
        Unit(Launcher, "浏览器启动器（先恢复中断的切换，再全屏打开网站）", $"""
            [Unit]
            Description={SystemdQuote.Text("科技之窗信息亭：全屏显示 " + o.Site)}
            PartOf=graphical-session.target
            After=graphical-session.target

            [Service]
            # A sync cut off half-way by a power cut is finished (or undone) before the browser opens the site.
            ExecStartPre={SystemdQuote.Line(KioskCommands.Recover(o))}
            ExecStart={SystemdQuote.Line(KioskCommands.Browser(o))}
            Restart=always
            RestartSec=3

            [Install]
            WantedBy=graphical-session.target
            """),
        Unit(SyncService, "同步服务（portal sync）", $"""
            [Unit]
            Description={SystemdQuote.Text("科技之窗信息亭：从 " + o.Source + " 更新 " + o.Site)}
            # Only a sync that succeeded can have switched in a new version.
            OnSuccess={Reload}

            [Service]
            Type=oneshot
            ExecStart={SystemdQuote.Line(KioskCommands.Sync(o))}
            # Updates run in the background: the browser keeps priority for the screen.
            Nice=10
            IOSchedulingClass=idle
            """),
        Unit(SyncTimer, $"定时器（每 {o.EveryMinutes} 分钟同步一次）", $"""
            [Unit]
            Description={SystemdQuote.Text($"科技之窗信息亭：每 {o.EveryMinutes} 分钟检查更新")}

            [Timer]
            OnStartupSec=1min
            OnUnitActiveSec={o.EveryMinutes}min
            # Kiosks switched on at the same hour do not all ask the server in the same second.
            RandomizedDelaySec=30s

            [Install]
            WantedBy=timers.target
            """),
        Unit(Reload, "重新加载服务（版本有变化时重启浏览器）", $"""
            [Unit]
            Description=科技之窗信息亭：有新版本时重启浏览器

            [Service]
            Type=oneshot
            # Exits 1 (the unit is skipped) while the browser shows the live version.
            ExecCondition={SystemdQuote.Line(KioskCommands.Changed(o))}
            ExecStart={SystemdQuote.Line([Systemctl, "--user", "try-restart", Launcher])}
            """),
    ];

    private static InstallFile Unit(string name, string purpose, string body) =>
        new(name, purpose, Encoding.UTF8.GetBytes($"# {InstallFile.Marker} 生成；重新运行该命令会覆盖本文件。\n" + body.ReplaceLineEndings("\n") + "\n"));
}
