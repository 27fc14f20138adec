using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tthc.Core.Extraction;
using Tthc.Core.Review;

namespace Tthc.Pipeline.Tests.Review;

/// <summary>The one review rule is built from <c>Review:ConfidenceThreshold</c>, for the hosts and for <c>tthc parse</c> alike.</summary>
public sealed class ReviewPolicyRegistrationTests
{
    private static ServiceProvider Create(string? threshold)
        => new ServiceCollection()
            .AddTthcReviewPolicy(new ConfigurationBuilder().AddInMemoryCollection(threshold is null ? [] : new Dictionary<string, string?> { ["Review:ConfidenceThreshold"] = threshold }).Build())
            .BuildServiceProvider();

    [Fact]
    public void AddTthcReviewPolicy_ConfiguredThreshold_IsThePolicysThreshold()
    {
        using var services = Create("0.95");
        var policy = services.GetRequiredService<ReviewPolicy>();

        Assert.Equal(0.95, policy.Threshold);
        Assert.True(policy.NeedsReview(new ExtractedValue("dossiers.received", 120, false, 0.94, new Evidence(3, "120 hồ sơ")), []));
        Assert.False(policy.NeedsReview(new ExtractedValue("dossiers.received", 120, false, 0.949, new Evidence(3, "120 hồ sơ")), []));
    }

    [Fact]
    public void AddTthcReviewPolicy_NoSetting_UsesTheDefault()
    {
        using var services = Create(null);

        Assert.Equal(ReviewPolicy.DefaultThreshold, services.GetRequiredService<ReviewPolicy>().Threshold);
    }

    [Fact]
    public void AddTthcReviewPolicy_ThresholdOutsideZeroToOne_IsRefused()
    {
        using var services = Create("1.5");

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<ReviewPolicy>());
    }
}
