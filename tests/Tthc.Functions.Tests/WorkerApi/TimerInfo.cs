namespace Microsoft.Azure.Functions.Worker;

/// <summary>Stand-in with the Worker API's shape.</summary>
public sealed class TimerInfo
{
    public bool IsPastDue { get; init; }
}
