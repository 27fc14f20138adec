using System.Collections.Concurrent;
using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline.Tests.InMemory;

/// <summary>The <see cref="IParseRequestQueue"/> port in memory: what was sent, in order.</summary>
internal sealed class InMemoryParseRequestQueue : IParseRequestQueue
{
    public ConcurrentQueue<ParseRequest> Sent { get; } = new();

    public Task EnqueueAsync(ParseRequest request, CancellationToken cancellationToken = default)
    {
        Sent.Enqueue(request);
        return Task.CompletedTask;
    }
}
