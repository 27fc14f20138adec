namespace Microsoft.Azure.Functions.Worker;

/// <summary>Stand-in with the Worker API's shape.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class QueueTriggerAttribute(string queueName) : Attribute
{
    public string QueueName { get; } = queueName;

    public string? Connection { get; set; }
}
