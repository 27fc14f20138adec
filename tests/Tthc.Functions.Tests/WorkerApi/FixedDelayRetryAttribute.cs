namespace Microsoft.Azure.Functions.Worker;

/// <summary>Stand-in with the Worker API's shape.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FixedDelayRetryAttribute(int maxRetryCount, string delayInterval) : Attribute
{
    public int MaxRetryCount { get; } = maxRetryCount;

    public string DelayInterval { get; } = delayInterval;
}
