namespace Roundup.Stories;

/// <summary>
/// How alike two articles or stories are, and one vector pair (an article's, or a story's centroid) held in dense
/// arrays to be scored against many others.
/// </summary>
internal sealed class Similarity(double entityWeight)
{
    private readonly DenseScratch _terms = new();
    private readonly DenseScratch _entities = new();

    /// <summary>The similarity of two articles or stories: their vocabulary's cosine, and their entities' at a weight.</summary>
    public static double Blend(double termCosine, double entityCosine, double entityWeight) =>
        (termCosine + entityWeight * entityCosine) / (1 + entityWeight);

    /// <summary>Holds a term and an entity vector (replacing the pair held before).</summary>
    public void Hold(SparseVector terms, SparseVector entities)
    {
        _terms.Hold(terms);
        _entities.Hold(entities);
    }

    /// <summary>Similarity of the held pair to another pair.</summary>
    public double To(SparseVector terms, SparseVector entities) =>
        Blend(_terms.Cosine(terms), _entities.Cosine(entities), entityWeight);

    /// <summary>Similarity of the held pair to a story's centroid.</summary>
    public double To(StoryState story)
    {
        double t = _terms.Cosine(story.TermVector());
        double e = _entities.Cosine(story.EntityVector());
        return Blend(t, e, entityWeight);
    }

    /// <summary>Clears the held pair.</summary>
    public void Release()
    {
        _terms.Release();
        _entities.Release();
    }
}
