namespace Tthc.Core.Extraction;

/// <summary>The codes of <see cref="NotValueReason"/> in the parse-result JSON.</summary>
public static class NotValueReasons
{
    /// <summary>The JSON code: <c>hedged</c>, <c>target</c>, <c>other-period</c>, <c>sub-unit</c>, <c>breakdown</c>, <c>not-catalog</c>, <c>repeated</c>.</summary>
    public static string ToCode(this NotValueReason reason) => reason switch
    {
        NotValueReason.Hedged => "hedged",
        NotValueReason.Target => "target",
        NotValueReason.OtherPeriod => "other-period",
        NotValueReason.SubUnit => "sub-unit",
        NotValueReason.Breakdown => "breakdown",
        NotValueReason.NotCatalog => "not-catalog",
        _ => "repeated",
    };
}
