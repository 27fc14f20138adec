using System.ComponentModel.DataAnnotations;
using Tthc.Core.Review;

namespace Tthc.Pipeline;

/// <summary>When read values wait for a person (<see cref="ReviewPolicy"/>).</summary>
public sealed class ReviewOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Review";

    /// <summary>Confidence (0–1) at or above which a read value counts without review.</summary>
    [Range(0.0, 1.0)]
    public double ConfidenceThreshold { get; set; } = ReviewPolicy.DefaultThreshold;
}
