using Polly;
using Polly.Retry;
using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline;

/// <summary>
/// The Polly pipelines for what the Azure SDK does not retry itself (storage calls are retried by the SDK's
/// own <c>ClientOptions.Retry</c>; nothing here wraps a single storage call again).
/// </summary>
public sealed class PipelineResilience
{
    /// <summary>Creates the pipelines.</summary>
    public PipelineResilience(TimeProvider time)
    {
        ConflictRetry = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<WriteConflictException>(),
                MaxRetryAttempts = 8,
                Delay = TimeSpan.FromMilliseconds(50),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            })
            .Build();
    }

    /// <summary>
    /// A read-compute-write step guarded by an ETag (a rollup, a unit's rows), retried from the read when
    /// another writer got there first.
    /// </summary>
    public ResiliencePipeline ConflictRetry { get; }
}
