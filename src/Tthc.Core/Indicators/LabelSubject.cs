namespace Tthc.Core.Indicators;

/// <summary>What a label is about: hồ sơ, PAKN, TTHC, dịch vụ công — found by its nouns (the first in the label wins).</summary>
/// <param name="Name">Name the families refer to, e.g. <c>dossiers</c>.</param>
/// <param name="Nouns">Folded nouns that name it (<c>ho so</c>, <c>hs</c>).</param>
/// <param name="Actions">The actions read for it, by name, in <see cref="ReadingVocabulary.Actions"/> order.</param>
/// <param name="BreakdownWhen">Phrases that make a count of it a breakdown (dossiers by service kind: "toàn trình", "một phần").</param>
/// <param name="NotWhen">Phrases that make a label about it no indicator at all (internal, simplified procedures…).</param>
/// <param name="LevelsAreOwn">True when level words qualify the subject itself (TTHC cấp tỉnh) rather than mark a sub-unit's figure.</param>
public sealed record LabelSubject(
    string Name,
    IReadOnlyList<string> Nouns,
    IReadOnlyList<string> Actions,
    IReadOnlyList<string> BreakdownWhen,
    IReadOnlyList<string> NotWhen,
    bool LevelsAreOwn);
