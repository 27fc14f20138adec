using Tthc.Core.Units;

namespace Tthc.Core.Indicators;

/// <summary>The language the label families are written in, shared by every indicator of a catalog.</summary>
/// <param name="RateWords">Words that make a label a rate's ("ty le").</param>
/// <param name="Vocabulary">Words besides the subjects' nouns that make words worth reading as a label.</param>
/// <param name="SubUnits">Per level of the reporting unit, the phrases that mark a figure of a sub-unit or another level (a breakdown); a level without an entry has none; an unknown level reads as a province.</param>
/// <param name="Actions">The actions, in the order they are recognised (the first present wins).</param>
/// <param name="Subjects">The subjects.</param>
/// <param name="SetAside">The context cues that make a number no value of the unit (hedges, targets, other periods, stray numbers).</param>
public sealed record ReadingVocabulary(
    IReadOnlyList<string> RateWords,
    IReadOnlyList<string> Vocabulary,
    IReadOnlyDictionary<UnitLevel, IReadOnlyList<string>> SubUnits,
    IReadOnlyList<LabelAction> Actions,
    IReadOnlyList<LabelSubject> Subjects,
    SetAsideCues SetAside);
