namespace Microsoft.Azure.Functions.Worker;

/// <summary>Stand-in with the Worker API's shape, so the Functions sources compile here (see the csproj).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FunctionAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
