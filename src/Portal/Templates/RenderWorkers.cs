using System.Collections.Concurrent;

namespace Portal.Templates;

/// <summary>
/// The render workers of one stage, kept across the batches it renders: each worker keeps its context,
/// and with it Scriban's member caches, for the whole stage instead of building them again per batch.
/// </summary>
internal sealed class RenderWorkers(Func<RenderWorker> create)
{
    private readonly ConcurrentBag<RenderWorker> _idle = [];

    public RenderWorker Take() => _idle.TryTake(out var worker) ? worker : create();

    public void Return(RenderWorker worker) => _idle.Add(worker);
}
