namespace Tthc.Core.Indicators;

/// <summary>How a <see cref="LabelFamily"/> is matched.</summary>
public enum LabelShape
{
    /// <summary>The label says "tỷ lệ"; the family's subject is the noun that follows.</summary>
    Rate,

    /// <summary>The label's subject and action (stated, or the sentence head's) select the family.</summary>
    Subject,

    /// <summary>The family's phrases alone name the indicator.</summary>
    Named,
}
