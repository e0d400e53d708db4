using Roundup.Model;

namespace Roundup.Briefing;

/// <summary>One sentence of one article, with the word forms every later stage compares.</summary>
/// <param name="Article">Index of the article in the corpus.</param>
/// <param name="Index">Position of the sentence in its article (0 = first).</param>
/// <param name="RelativePosition">Index divided by the article's sentence count: 0 is the lead.</param>
/// <param name="Text">The sentence exactly as the article has it (whitespace normalised).</param>
/// <param name="Words">Whitespace-separated word count, as budgets count.</param>
/// <param name="Tokens">Lower-case word tokens.</param>
/// <param name="Stems">Porter stems of <paramref name="Tokens"/>.</param>
public sealed record Sentence(int Article, int Index, double RelativePosition, string Text, int Words, string[] Tokens, string[] Stems);
