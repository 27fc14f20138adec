using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace Tthc.Functions.Tests;

/// <summary>The function classes of src/Tthc.Functions, compiled into this assembly (see the csproj).</summary>
internal static class FunctionClasses
{
    public static IReadOnlyList<Type> All { get; } =
        [.. typeof(IngestReport).Assembly.GetTypes()
            .Where(t => t.Namespace == "Tthc.Functions" && t.GetMethods().Any(m => m.GetCustomAttribute<FunctionAttribute>() is not null))
            .OrderBy(t => t.Name, StringComparer.Ordinal)];

    public static IEnumerable<ParameterInfo> TriggerParameters
        => All.SelectMany(t => t.GetMethods()).Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null).SelectMany(m => m.GetParameters());
}
