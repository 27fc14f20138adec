using System.ComponentModel.DataAnnotations;

namespace Tthc.Pipeline.Registry;

/// <summary>Registry loads (section <c>Registry</c>).</summary>
public sealed class RegistryOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Registry";

    /// <summary>The largest share of a province's units a load may drop without <c>?confirm=true</c> (0.2 = 20%).</summary>
    [Range(0.0, 1.0)]
    public double MaxDropShare { get; set; } = 0.2;
}
