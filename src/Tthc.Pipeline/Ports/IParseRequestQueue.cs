namespace Tthc.Pipeline.Ports;

/// <summary>The <c>parse-requests</c> queue (sending side; the hosts own the receiving side).</summary>
public interface IParseRequestQueue
{
    /// <summary>Enqueues a parse request.</summary>
    Task EnqueueAsync(ParseRequest request, CancellationToken cancellationToken = default);
}
