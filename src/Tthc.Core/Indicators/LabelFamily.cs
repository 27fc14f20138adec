namespace Tthc.Core.Indicators;

/// <summary>
/// One way a report's label names an indicator, as data the lexicon matches (phrases are folded words: no
/// diacritics, lower case, e.g. <c>qua han</c>). Three shapes: a <em>rate</em> family (the label says "tỷ lệ";
/// <see cref="Subject"/> is the noun after it), a <em>subject</em> family (the label's subject noun and action,
/// stated or taken from the sentence's head, are <see cref="Subject"/> and <see cref="Action"/>) and a
/// <em>named</em> family (no subject: the phrases alone name it). Within a shape, families are tried by
/// <see cref="Rank"/>, then in catalog order; the first that fits decides.
/// </summary>
/// <param name="Code">The indicator the family names.</param>
/// <param name="Rate">True for a rate family.</param>
/// <param name="Subject">The subject (<see cref="LabelSubject.Name"/>) the label must have; null for a named family.</param>
/// <param name="SubjectOptional">Rate families: a label that states no subject after "tỷ lệ" also fits.</param>
/// <param name="Action">Subject families: the action (<see cref="LabelAction.Name"/>) the label must have; null: none.</param>
/// <param name="AllOf">Qualifier groups that must all be present, each by any one of its phrases.</param>
/// <param name="Without">Phrases that make the family not fit (the next family is tried).</param>
/// <param name="NotWhen">Phrases that, in a label the family fits, make it no indicator at all (nothing else is tried).</param>
/// <param name="NotSubject">Named families: the label's first subject noun must not be this one.</param>
/// <param name="AfterNoun">The first qualifier group must come after the subject's noun, unless the label is short ("TTHC … cấp tỉnh", "cấp tỉnh 1.501 TTHC").</param>
/// <param name="Rank">Lower ranks are tried first: broader families (a total, the label with no qualifier) get a higher rank.</param>
/// <param name="MayRepeatHead">
/// A label that takes its subject from a head of this very indicator and names it again is normally no value
/// (a breakdown of unknown kind); true when it is read all the same ("… toàn trình: 950" under its own head).
/// </param>
/// <param name="Weak">The family reads what the label implies rather than states (no action: "N hồ sơ quá hạn"): its values are less certain.</param>
/// <param name="Explicit">Rate families: only a label that says "tỷ lệ" itself fits, not a rate written before its label ("99% hồ sơ …").</param>
public sealed record LabelFamily(
    string Code,
    bool Rate = false,
    string? Subject = null,
    bool SubjectOptional = false,
    string? Action = null,
    IReadOnlyList<IReadOnlyList<string>>? AllOf = null,
    IReadOnlyList<string>? Without = null,
    IReadOnlyList<string>? NotWhen = null,
    string? NotSubject = null,
    bool AfterNoun = false,
    int Rank = 0,
    bool MayRepeatHead = false,
    bool Explicit = false,
    bool Weak = false)
{
    /// <summary>Rate, subject or named.</summary>
    public LabelShape Shape => Rate ? LabelShape.Rate : Subject is null ? LabelShape.Named : LabelShape.Subject;
}
