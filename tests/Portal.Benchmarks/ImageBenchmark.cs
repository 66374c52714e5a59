using System.Diagnostics;
using System.Runtime.InteropServices;
using Portal.Engine;
using Portal.Load;
using static System.FormattableString;

namespace Portal.Benchmarks;

/// <summary>
/// <c>--photos N</c>: the image stage's budgets (issue 12). The same N notices are built twice, once each
/// with a generated 12 MP phone photo as cover and body image and once without; reported: the first build's
/// image time (every photo encoded), a rebuild with nothing changed against the same site without photos
/// (every photo from the cache), and the largest file a page offers.
/// </summary>
internal static class ImageBenchmark
{
    private const int NoChangeRuns = 3;

    public static int Run(BenchmarkOptions options)
    {
        var root = Path.Combine(options.WorkDir, "photos");
        var theme = Benchmark.SnapshotTheme(options.ThemeDir, Path.Combine(options.WorkDir, "theme"));
        var photos = options.Photos;
        Console.WriteLine(Invariant($"Portal.Benchmarks --photos {photos} — {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} CPUs, {RuntimeInformation.FrameworkDescription}"));

        var plain = Site(Path.Combine(root, "without"), photos, withPhotos: false);
        var withPhotos = Site(Path.Combine(root, "with"), photos, withPhotos: true);
        var sourceBytes = Directory.EnumerateFiles(withPhotos.Input, "*.jpg", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

        // Warm-up: JIT and libvips' first use are not part of either figure.
        Build(plain, theme, Path.Combine(root, "warmup-output"));
        var plainOutput = Path.Combine(plain.Folder, "output");
        Build(plain, theme, plainOutput);
        var plainNoChange = Median(() => Build(plain, theme, plainOutput).Build.Elapsed);

        var output = Path.Combine(withPhotos.Folder, "output");
        // CPU time beside wall time: on a shared machine the wall clock says more about the neighbours.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var (first, firstEngine) = Build(withPhotos, theme, output);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var imageStage = first.Report.Timings.Where(t => t.Stage == "images").Sum(t => t.Elapsed.TotalSeconds);
        var noChange = Median(() =>
        {
            var (build, engine) = Build(withPhotos, theme, output);
            return engine.ImagesEncoded == 0 ? build.Elapsed : throw new BenchmarkException("a rebuild with nothing changed encoded an image");
        });

        var variants = Directory.EnumerateFiles(output, "photo.*", SearchOption.AllDirectories).Select(f => new FileInfo(f)).ToList();
        var largest = variants.MaxBy(f => f.Length)!;
        Console.WriteLine();
        Console.WriteLine("| figure | measured | budget |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine(Invariant($"| {photos} photos of {PhonePhotos.Width}×{PhonePhotos.Height} ({sourceBytes / 1024.0 / 1024.0:0.0} MB), first build: image stage | {imageStage:0.00} s ({firstEngine.ImagesEncoded} encoded) | ≤ 10 s |"));
        Console.WriteLine(Invariant($"| first build, whole | {first.Elapsed.TotalSeconds:0.00} s wall, {cpu.TotalSeconds:0.00} s CPU (≈ {cpu.TotalSeconds / Environment.ProcessorCount:0.00} s on {Environment.ProcessorCount} idle cores) | |"));
        Console.WriteLine(Invariant($"| load average during the run | {File.ReadAllText("/proc/loadavg").Split(' ')[0]} | |"));
        Console.WriteLine(Invariant($"| rebuild, nothing changed: with photos − without (median of {NoChangeRuns}) | {(noChange - plainNoChange).TotalSeconds:+0.000;-0.000} s ({noChange.TotalSeconds:0.000} − {plainNoChange.TotalSeconds:0.000}) | ≤ 0.5 s |"));
        Console.WriteLine(Invariant($"| largest file a page offers | {largest.Length / 1024.0:0} KB ({Path.GetFileName(largest.Name)}) | ≤ 400 KB |"));
        Console.WriteLine(Invariant($"| files written for the photos | {variants.Count} ({variants.Sum(f => f.Length) / 1024.0 / 1024.0:0.0} MB) | |"));
        return 0;
    }

    private static ((TimeSpan Elapsed, BuildReport Report) Build, SiteEngine Engine) Build(PhotoSite site, string theme, string output)
    {
        var engine = SiteEngine.ForOneBuild(new BuildOptions(BuildPaths.From(site.Input, theme, output)) { Now = CorpusGenerator.Now });
        var clock = Stopwatch.StartNew();
        var report = engine.Build();
        clock.Stop();
        if (!report.Succeeded)
        {
            throw new BenchmarkException("the photo site did not build:\n" + string.Join("\n", report.Diagnostics));
        }

        return ((clock.Elapsed, report), engine);
    }

    private static TimeSpan Median(Func<TimeSpan> run)
    {
        var times = Enumerable.Range(0, NoChangeRuns).Select(_ => run()).Order().ToList();
        return times[times.Count / 2];
    }

    /// <summary>Writes the site afresh (its output and image cache removed), photos only when asked.</summary>
    private static PhotoSite Site(string folder, int count, bool withPhotos)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var input = Path.Combine(folder, "input");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "site.yml"), SiteYaml.Text());
        for (var i = 1; i <= count; i++)
        {
            var bundle = Path.Combine(input, "notices", Invariant($"tianjian-zhaopian-{i:00}"));
            Directory.CreateDirectory(bundle);
            var cover = withPhotos ? "image: photo.jpg\n" : "";
            var figure = withPhotos ? Invariant($"![第 {i} 块示范田的秧苗长势](photo.jpg)\n\n") : "";
            File.WriteAllText(Path.Combine(bundle, "index.md"), Invariant($"---\ntitle: 示范田现场照片第 {i} 期\ndate: 2026-11-{1 + (i % 20):00}\n{cover}---\n\n示范田秧苗长势良好，请各乡镇组织种植户前来观摩。\n\n{figure}观摩时间另行通知。\n"));
            if (withPhotos)
            {
                File.WriteAllBytes(Path.Combine(bundle, "photo.jpg"), PhonePhotos.Make(i));
            }
        }

        return new PhotoSite(folder, input);
    }

    private sealed record PhotoSite(string Folder, string Input);
}
